import { Injectable } from '@nestjs/common';
import {
  ProcessingConfig,
  ResolvedAnalysisSettings,
  ResolvedWorkspaceConfig,
  ScorecardConfig,
  Subjects,
  TrackerConfig,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import type { LlmGateway } from '../algorithms/algorithm';
import { CatalogService } from '../catalog/catalog.service';
import type { WorkspaceAlgorithms } from '../runs/run-plan';

/** What the analysis of one job needs from its workspace: settings, chosen algorithms, variables, a model. */
export interface WorkspaceAnalysis {
  settings: ResolvedAnalysisSettings;
  /** The workspace's chosen algorithm ids; null for the catalog's defaults. */
  enabled: string[] | null;
  /** The workspace's variables of built-ins, its copies and what it deprecated, by algorithm id. */
  algorithms: WorkspaceAlgorithms;
  llm: LlmGateway | null;
  llmUnavailable: string;
  llmTimeoutMs: number;
}

/** The sections the analysis reads; older deployments' configs lack them, and the defaults apply. */
interface AnalysisSections {
  algorithms?: { enabled?: string[] | null; trackers?: TrackerConfig[]; scorecards?: ScorecardConfig[] };
  processing?: Partial<ProcessingConfig>;
}

export const DEFAULT_PROCESSING: ProcessingConfig = { missed_call_max_seconds: 10, short_call_max_seconds: 30 };
const DEFAULT_LLM_TIMEOUT_MS = 30_000;

@Injectable()
export class WorkspaceAnalysisService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly catalog: CatalogService,
  ) {}

  /** Asked outside any transaction: the configuration lives in the ingestion service, the catalog here. */
  async forJob(context: WorkspaceContext): Promise<WorkspaceAnalysis> {
    const [config, algorithms] = await Promise.all([
      this.rpc.request<ResolvedWorkspaceConfig & AnalysisSections>(Subjects.ingestion.getWorkspaceConfig, context, {}),
      this.catalog.forRuns(context.workspaceId),
    ]);
    return {
      settings: {
        trackers: config.algorithms?.trackers ?? [],
        scorecards: config.algorithms?.scorecards ?? [],
        processing: { ...DEFAULT_PROCESSING, ...config.processing },
      },
      enabled: config.algorithms?.enabled ?? null,
      algorithms,
      llm: null,
      llmUnavailable: 'no LLM endpoint is configured for the workspace (config section llm)',
      llmTimeoutMs: DEFAULT_LLM_TIMEOUT_MS,
    };
  }
}
