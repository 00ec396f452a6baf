import { Injectable } from '@nestjs/common';
import {
  KRIDTECH_DEFAULT_LIMIT,
  KRIDTECH_STATUS_FILTERS,
  KridtechCallList,
  KridtechListCallsQuery,
  toKridtechCall,
  WorkspaceContext,
} from '@callsight/contracts';
import { VendorCallsReader } from '../vendor-calls/vendor-calls.reader';

/**
 * Kridtech's `GET /api/calls`: the workspace's newest calls in Kridtech's fields (kridtech.mapping.ts).
 * Its calls carry no transcript or recording, so the transcription service is not asked.
 */
@Injectable()
export class KridtechCallsService {
  constructor(private readonly reader: VendorCallsReader) {}

  async list(context: WorkspaceContext, query: KridtechListCallsQuery): Promise<KridtechCallList> {
    const page = await this.reader.page(context, {
      filter: query.status ? KRIDTECH_STATUS_FILTERS[query.status] : undefined,
      limit: query.limit ?? KRIDTECH_DEFAULT_LIMIT,
      offset: 0,
    });
    return { success: true, calls: page.data.map(toKridtechCall), total: page.total };
  }
}
