/** A keyword or phrase tracker, as Gong's: which words, said by whom, in which part of the call. */
export interface TrackerConfig {
  id: string;
  name: string;
  phrases: string[];
  speaker: 'any' | 'agent' | 'customer';
  /** Thirds of the call. */
  part: 'any' | 'start' | 'middle' | 'end';
  /** "I don't want to cancel" does not count as a mention of cancelling. */
  negation_aware: boolean;
  /** Inflections count: cancel, cancels, cancelled, cancelling. */
  word_forms: boolean;
}

export type ScorecardCriterion =
  | { id: string; name: string; weight: number; type: 'tracker'; tracker_id: string; expect: 'present' | 'absent' }
  | {
      id: string;
      name: string;
      weight: number;
      type: 'rule';
      algorithm_id: string;
      /** A dot path into that algorithm's output, such as `agent.talk_share`. */
      path: string;
      operator: '<' | '<=' | '>' | '>=' | '==' | '!=';
      value: number | string | boolean;
    }
  | { id: string; name: string; weight: number; type: 'llm'; question: string };

export interface ScorecardConfig {
  id: string;
  name: string;
  pass_score: number;
  criteria: ScorecardCriterion[];
}

export const REDACTION_ENTITIES = ['phone', 'email', 'card', 'ssn'] as const;
export type RedactionEntity = (typeof REDACTION_ENTITIES)[number];

export interface RedactionConfig {
  enabled: boolean;
  entities: RedactionEntity[];
}

export interface ProcessingConfig {
  /** Calls this short with (almost) no customer speech are missed. */
  missed_call_max_seconds: number;
  short_call_max_seconds: number;
}

/** What the analysis reads from a workspace's configuration. */
export interface ResolvedAnalysisSettings {
  trackers: TrackerConfig[];
  scorecards: ScorecardConfig[];
  processing: ProcessingConfig;
}
