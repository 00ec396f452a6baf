import { Injectable } from '@nestjs/common';
import {
  ResolvedAnalysisSettings,
  Subjects,
  VersionedWorkspaceConfig,
  WorkspaceConfigQuery,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import type { LlmGateway } from '../algorithms/algorithm';
import { LlmClient } from '../llm/llm-client';
import { LLM_DEFAULTS, llmConfigFrom } from '../llm/llm-config';

/** What the analysis of one job needs from its workspace: settings, chosen algorithms, variables, a model. */
export interface WorkspaceAnalysis {
  settings: ResolvedAnalysisSettings;
  /** The workspace's chosen algorithm ids; null for the catalog's defaults. */
  enabled: string[] | null;
  variables: ReadonlyMap<string, Record<string, unknown>>;
  llm: LlmGateway | null;
  llmUnavailable: string;
  llmTimeoutMs: number;
  /** The configuration version the analysis ran with. */
  configVersion: number;
}

@Injectable()
export class WorkspaceAnalysisService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly llm: LlmClient,
  ) {}

  /**
   * Asked outside any transaction: the configuration lives in the ingestion service. A job is analysed
   * with the configuration version it was accepted under (reproducible jobs); on-demand runs use the latest.
   */
  async forJob(context: WorkspaceContext, configVersion: number | null = null): Promise<WorkspaceAnalysis> {
    const query: WorkspaceConfigQuery = { version: configVersion };
    const config = await this.rpc.request<VersionedWorkspaceConfig>(
      Subjects.ingestion.getWorkspaceConfig,
      context,
      query,
    );
    const llm = llmConfigFrom(config.llm);
    return {
      settings: {
        trackers: config.algorithms.trackers,
        scorecards: config.algorithms.scorecards,
        processing: config.processing,
      },
      enabled: config.algorithms.enabled,
      variables: new Map(),
      llm: 'config' in llm ? this.llm.gatewayFor(context.workspaceId, llm.config) : null,
      llmUnavailable: 'unavailable' in llm ? llm.unavailable : '',
      llmTimeoutMs: 'config' in llm ? llm.config.timeout_ms : LLM_DEFAULTS.timeout_ms,
      configVersion: config.version,
    };
  }
}
