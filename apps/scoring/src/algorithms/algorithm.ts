import type { TranscriptSegment } from '@callsight/contracts';

export interface AlgorithmInput {
  segments: TranscriptSegment[];
  durationSeconds: number | null;
}

/** A built-in analysis: a pure function of the transcript. */
export interface Algorithm {
  id: string;
  version: number;
  name: string;
  description: string;
  run(input: AlgorithmInput): Record<string, unknown>;
}
