import { Matches } from 'class-validator';
import { idPattern } from '../ids';

/** `transcription.q.recording`: the audio kept for a job, in the asking workspace. */
export class GetRecordingQuery {
  @Matches(idPattern('job'))
  jobId: string;
}

/** Where the job's latest recording is in audio storage; the query is refused (not_found) when it has none. */
export interface RecordingReply {
  jobId: string;
  key: string;
  contentType: string;
}
