import { mapLimited } from '@callsight/common/concurrency';
import { Inject, Injectable } from '@nestjs/common';
import { RecordingLinks } from '@callsight/common/recordings';
import {
  CallExtras,
  DomainError,
  ErrorCodes,
  GetTranscriptQuery,
  Subjects,
  TranscriptReply,
  VendorCallRow,
  VendorCallsQuery,
  VendorCallsReply,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import type { GatewaySettings } from '../../gateway.env';
import { GATEWAY_SETTINGS } from '../../workspaces/bootstrap-key.service';

/** Transcripts asked of the transcription service at once for one page (a page holds at most 100 calls). */
export const TRANSCRIPT_CONCURRENCY = 8;

/**
 * Reads calls for the vendor read APIs: the page (or one call) from ingestion, then for each call its
 * transcript text and a recording URL signed now, from the transcription service.
 */
@Injectable()
export class VendorCallsReader {
  private readonly links: RecordingLinks;

  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_SETTINGS) settings: GatewaySettings,
  ) {
    this.links = new RecordingLinks(settings.recordingUrls);
  }

  page(context: WorkspaceContext, query: VendorCallsQuery): Promise<VendorCallsReply> {
    return this.rpc.request(Subjects.ingestion.vendorCalls, context, query);
  }

  /** The call's latest job; not_found when the id is not a call of this workspace. */
  async one(context: WorkspaceContext, callId: string): Promise<VendorCallRow> {
    const { data } = await this.page(context, { callId, limit: 1, offset: 0 });
    if (data.length === 0) throw DomainError.notFound(`Call ${callId}`);
    return data[0];
  }

  /** Each row's transcript and recording URL, in order, asking at most TRANSCRIPT_CONCURRENCY at a time. */
  async extras(context: WorkspaceContext, rows: readonly VendorCallRow[]): Promise<CallExtras[]> {
    return mapLimited(rows, TRANSCRIPT_CONCURRENCY, (row) => this.extrasOf(context, row));
  }

  private async extrasOf(context: WorkspaceContext, row: VendorCallRow): Promise<CallExtras> {
    const transcript = await this.transcriptOf(context, row.job.job_id);
    if (!transcript) return { transcript: null, recordingUrl: null };
    return {
      transcript: transcript.text,
      recordingUrl: transcript.recordingKey ? this.links.urlFor(context.workspaceId, row.job.job_id) : null,
    };
  }

  /** Null while the job has no transcript yet (queued, transcribing) or never will (failed before it). */
  private async transcriptOf(context: WorkspaceContext, jobId: string): Promise<TranscriptReply | null> {
    const query: GetTranscriptQuery = { jobId };
    try {
      return await this.rpc.request<TranscriptReply>(Subjects.transcription.getTranscript, context, query);
    } catch (error) {
      if (error instanceof DomainError && (error.code === ErrorCodes.notFound || error.code === ErrorCodes.conflict))
        return null;
      throw error;
    }
  }
}
