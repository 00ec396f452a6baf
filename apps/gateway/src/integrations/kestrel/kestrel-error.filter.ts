import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { KestrelError } from '@callsight/contracts';
import { sendVendorError, vendorErrorOf } from '../vendor-calls/vendor-errors';

/**
 * KestrelVoice lists its error codes (400, 401, 403, 404, 429, 500) but shows no body:
 * `{ "error": { "status", "code", "message" } }`, the status repeated so a client reading only the body knows it.
 */
@Catch()
export class KestrelErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, code, message } = vendorErrorOf(exception, host);
    const body: KestrelError = { error: { status, code, message } };
    sendVendorError(host, status, body);
  }
}
