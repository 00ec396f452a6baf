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
import { CatalogService } from '../catalog/catalog.service';
import { LlmClient } from '../llm/llm-client';
import { LLM_DEFAULTS, llmConfigFrom } from '../llm/llm-config';
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

@Injectable()
export class WorkspaceAnalysisService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly catalog: CatalogService,
    private readonly llm: LlmClient,
  ) {}

  /**
   * Asked outside any transaction: the configuration lives in the ingestion service, the catalog here.
   * A job is analysed with the configuration version it was accepted under (reproducible jobs);
   * on-demand runs use the latest.
   */
  async forJob(context: WorkspaceContext, configVersion: number | null = null): Promise<WorkspaceAnalysis> {
    const query: WorkspaceConfigQuery = { version: configVersion };
    const [config, algorithms] = await Promise.all([
      this.rpc.request<VersionedWorkspaceConfig>(Subjects.ingestion.getWorkspaceConfig, context, query),
      this.catalog.forRuns(context.workspaceId),
    ]);
    const llm = llmConfigFrom(config.llm);
    return {
      settings: {
        trackers: config.algorithms.trackers,
        scorecards: config.algorithms.scorecards,
        processing: config.processing,
      },
      enabled: config.algorithms.enabled,
      algorithms,
      llm: 'config' in llm ? this.llm.gatewayFor(context.workspaceId, llm.config) : null,
      llmUnavailable: 'unavailable' in llm ? llm.unavailable : '',
      llmTimeoutMs: 'config' in llm ? llm.config.timeout_ms : LLM_DEFAULTS.timeout_ms,
    };
  }
}
