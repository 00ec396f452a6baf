import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { KridtechError } from '@callsight/contracts';
import { sendVendorError, vendorErrorOf } from '../vendor-calls/vendor-errors';

/** Kridtech's error body: `{ "success": false, "error": "<what went wrong>" }`, with its documented status codes. */
@Catch()
export class KridtechErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, message } = vendorErrorOf(exception, host);
    const body: KridtechError = { success: false, error: message };
    sendVendorError(host, status, body);
  }
}
