import { StageFailureCodes } from '@callsight/contracts';

export interface RecognisedWord {
  word: string;
  start: number;
  end: number;
  confidence: number | null;
}

export interface RecognisedSegment {
  start: number;
  end: number;
  text: string;
  words: RecognisedWord[];
  /** The speaker label of an engine that diarizes; absent otherwise. */
  speaker?: string;
}

export interface RecognitionOptions {
  language: string | null;
  prompt: string | null;
  model: string | null;
}

/** A speech-to-text engine: 16 kHz mono WAV in, timed segments out (times relative to the file). */
export interface SpeechEngine {
  readonly id: string;
  /** The model it would use for these options, recorded on the transcript. */
  modelFor(options: RecognitionOptions): string;
  transcribe(wavPath: string, options: RecognitionOptions): Promise<RecognisedSegment[]>;
}

/** Thrown when the deployment cannot run the job's speech engine: retrying cannot help until someone installs or configures it. */
export class SpeechEngineUnavailable extends Error {
  readonly code = StageFailureCodes.speechEngineUnavailable;
}
