import type { AlgorithmsConfig, ProcessingConfig, ScorecardConfig, TrackerConfig } from '../config';

export type RedactionConfig = AlgorithmsConfig['redaction'];

/** What the analysis reads from a workspace's configuration. */
export interface ResolvedAnalysisSettings {
  trackers: TrackerConfig[];
  scorecards: ScorecardConfig[];
  processing: ProcessingConfig;
}
