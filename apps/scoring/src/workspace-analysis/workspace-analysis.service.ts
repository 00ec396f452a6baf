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
import { LlmClient } from '../llm/llm-client';
import { LLM_DEFAULTS, llmConfigFrom, LlmSection } from '../llm/llm-config';

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
  llm?: LlmSection;
}

export const DEFAULT_PROCESSING: ProcessingConfig = { missed_call_max_seconds: 10, short_call_max_seconds: 30 };

@Injectable()
export class WorkspaceAnalysisService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly llm: LlmClient,
  ) {}

  /** Asked outside any transaction: the configuration lives in the ingestion service. */
  async forJob(context: WorkspaceContext): Promise<WorkspaceAnalysis> {
    const config = await this.rpc.request<ResolvedWorkspaceConfig & AnalysisSections>(
      Subjects.ingestion.getWorkspaceConfig,
      context,
      {},
    );
    const llm = llmConfigFrom(config.llm);
    return {
      settings: {
        trackers: config.algorithms?.trackers ?? [],
        scorecards: config.algorithms?.scorecards ?? [],
        processing: { ...DEFAULT_PROCESSING, ...config.processing },
      },
      enabled: config.algorithms?.enabled ?? null,
      variables: new Map(),
      llm: 'config' in llm ? this.llm.gatewayFor(context.workspaceId, llm.config) : null,
      llmUnavailable: 'unavailable' in llm ? llm.unavailable : '',
      llmTimeoutMs: 'config' in llm ? llm.config.timeout_ms : LLM_DEFAULTS.timeout_ms,
    };
  }
}
