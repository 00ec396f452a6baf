import { Injectable } from '@nestjs/common';
import {
  KESTREL_DEFAULT_LIMIT,
  KESTREL_STATUS_FILTERS,
  KestrelCall,
  KestrelCallList,
  KestrelListCallsQuery,
  parseIsoTimestamp,
  toKestrelCall,
  WorkspaceContext,
} from '@callsight/contracts';
import { VendorCallsReader } from '../vendor-calls/vendor-calls.reader';

/** KestrelVoice's `/v1/calls`: a page of the workspace's calls, or one, in KestrelVoice's fields (kestrel.mapping.ts). */
@Injectable()
export class KestrelCallsService {
  constructor(private readonly reader: VendorCallsReader) {}

  async list(context: WorkspaceContext, query: KestrelListCallsQuery): Promise<KestrelCallList> {
    const limit = query.limit ?? KESTREL_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const from = query.from_date ? parseIsoTimestamp(query.from_date) : null;
    const page = await this.reader.page(context, {
      filter: query.status ? KESTREL_STATUS_FILTERS[query.status] : undefined,
      createdFrom: from?.toISOString(),
      limit,
      offset,
    });
    const extras = await this.reader.extras(context, page.data);
    return {
      data: page.data.map((row, index) => toKestrelCall(row, extras[index])),
      pagination: { total: page.total, limit, offset },
    };
  }

  async get(context: WorkspaceContext, callId: string): Promise<KestrelCall> {
    const row = await this.reader.one(context, callId);
    const [extras] = await this.reader.extras(context, [row]);
    return toKestrelCall(row, extras);
  }
}
