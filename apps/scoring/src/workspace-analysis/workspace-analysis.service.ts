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

/** What the analysis of one job needs from its workspace: settings, chosen algorithms, variables, a model. */
export interface WorkspaceAnalysis {
  settings: ResolvedAnalysisSettings;
  /** The workspace's chosen algorithm ids; null for the catalog's defaults. */
  enabled: string[] | null;
  variables: ReadonlyMap<string, Record<string, unknown>>;
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
  constructor(private readonly rpc: RpcClient) {}

  /** Asked outside any transaction: the configuration lives in the ingestion service. */
  async forJob(context: WorkspaceContext): Promise<WorkspaceAnalysis> {
    const config = await this.rpc.request<ResolvedWorkspaceConfig & AnalysisSections>(
      Subjects.ingestion.getWorkspaceConfig,
      context,
      {},
    );
    return {
      settings: {
        trackers: config.algorithms?.trackers ?? [],
        scorecards: config.algorithms?.scorecards ?? [],
        processing: { ...DEFAULT_PROCESSING, ...config.processing },
      },
      enabled: config.algorithms?.enabled ?? null,
      variables: new Map(),
      llm: null,
      llmUnavailable: 'no LLM endpoint is configured for the workspace (config section llm)',
      llmTimeoutMs: DEFAULT_LLM_TIMEOUT_MS,
    };
  }
}
