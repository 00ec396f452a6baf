import { Matches } from 'class-validator';
import { idPattern } from '../ids';

/** `ingestion.q.job` */
export class GetJobQuery {
  @Matches(idPattern('job'))
  jobId: string;
}
