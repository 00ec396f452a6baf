import { applyDecorators, Controller, Get, Head, Logger, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiHeader,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Public } from '@callsight/auth';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { RECORDINGS_ROUTE } from '@callsight/common/recordings';
import type { StoredAudio } from '@callsight/common/storage';
import { ProblemView } from '../openapi/api-errors.decorator';
import { requestedRange } from './byte-range';
import { RecordingLink, RecordingsService } from './recordings.service';

const AUDIO_HEADERS = {
  'Accept-Ranges': { description: 'Always `bytes`: a single byte range may be asked for', schema: { type: 'string' } },
  'Content-Length': { description: 'The bytes in this answer', schema: { type: 'integer' } },
  ETag: { description: "The quoted SHA-256 of the recording's bytes", schema: { type: 'string' } },
} as const;
const AUDIO_BODY = { 'audio/*': { schema: { type: 'string', contentMediaType: 'audio/*' } } };

const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) } } },
  });

/** What both methods document: the signed query, ranges, and the answers. */
function RecordingRoute(operationId: string, summary: string): MethodDecorator {
  return applyDecorators(
    Public(),
    ApiOperation({
      operationId,
      summary,
      description:
        "Needs no API key: the URL's signature (made by Callsight when it delivered the job's results, in the job.completed, Kestrel call.completed or Kridtech webhook) grants reading this job's recording until `expires`. Serves one byte range (`Range: bytes=first-last`) as 206; several ranges are answered with the whole recording.",
      security: [],
    }),
    ApiParam({ name: 'job_id', example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' }),
    ApiQuery({
      name: 'workspace',
      description: 'The workspace the job belongs to',
      example: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r',
    }),
    ApiQuery({ name: 'expires', description: 'When the URL stops working, in Unix seconds', example: '1767225600' }),
    ApiQuery({ name: 'signature', description: "Callsight's signature of the job, workspace and expiry" }),
    ApiHeader({ name: 'Range', required: false, description: 'One byte range, e.g. `bytes=0-1023`' }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from an earlier answer' }),
    ApiExtraModels(ProblemView),
    ApiResponse({ status: 200, description: 'The whole recording', headers: AUDIO_HEADERS, content: AUDIO_BODY }),
    ApiResponse({
      status: 206,
      description: 'The byte range asked for',
      headers: {
        ...AUDIO_HEADERS,
        'Content-Range': { description: '`bytes first-last/size`', schema: { type: 'string' } },
      },
      content: AUDIO_BODY,
    }),
    ApiResponse({ status: 304, description: 'The recording has not changed since the ETag given' }),
    problem(403, 'The URL is not signed by this deployment, was altered, or has expired'),
    problem(404, 'The job has no recording (a transcript-only call)'),
    problem(416, 'The range starts past the end of the recording (Content-Range says its size)'),
    problem(503, 'A service needed for this request is not available'),
  );
}

/** `GET|HEAD /api/v1/recordings/{job_id}`: a call's audio for holders of a signed recording URL. */
@ApiTags('Recordings')
@Controller(RECORDINGS_ROUTE)
export class RecordingsController {
  private readonly logger = new Logger(RecordingsController.name);

  constructor(private readonly recordings: RecordingsService) {}

  // HEAD first: Express would otherwise hand a HEAD request to the GET route, which reads the audio.
  @Head(':job_id')
  @RecordingRoute('headRecording', "Get a call's recording's headers (its size, type and ETag) without its bytes")
  head(
    @Param('job_id') jobId: string,
    @Query() link: RecordingLink,
    @Req() request: Request & { id?: string },
    @Res() response: Response,
  ): Promise<void> {
    return this.serve(jobId, link, request, response, false);
  }

  @Get(':job_id')
  @RecordingRoute('getRecording', "Get a call's recording, or a byte range of it")
  get(
    @Param('job_id') jobId: string,
    @Query() link: RecordingLink,
    @Req() request: Request & { id?: string },
    @Res() response: Response,
  ): Promise<void> {
    return this.serve(jobId, link, request, response, true);
  }

  private async serve(
    jobId: string,
    link: RecordingLink,
    request: Request & { id?: string },
    response: Response,
    withBody: boolean,
  ): Promise<void> {
    const stored = await this.recordings.find(jobId, link, String(request.id ?? ''));
    const etag = `"${stored.sha256}"`;
    describeRecording(response, stored, etag);
    if (request.headers['if-none-match'] === etag) return void response.status(304).end();
    const ifRange = request.headers['if-range'];
    const range = ifRange === undefined || ifRange === etag ? requestedRange(request.headers.range, stored.size) : null;
    if (range?.kind === 'unsatisfiable') {
      response.setHeader('Content-Range', `bytes */${stored.size}`);
      throw new DomainError(
        ErrorCodes.rangeNotSatisfiable,
        `The range asked for lies outside the recording's ${stored.size} bytes`,
      );
    }
    const part = range?.kind === 'part' ? { start: range.start, end: range.end } : undefined;
    // Opened before the status and length are set, so a storage failure is still answered as a problem (503).
    const audio = withBody ? await this.recordings.open(stored, part) : null;
    response.status(part ? 206 : 200);
    response.setHeader('Content-Length', String(part ? part.end - part.start + 1 : stored.size));
    if (part) response.setHeader('Content-Range', `bytes ${part.start}-${part.end}/${stored.size}`);
    if (!audio) return void response.end();
    // Once the first bytes are out no problem can be sent: a failure mid-stream ends the connection, which a player retries with a range.
    await pipeline(audio, response).catch((error: unknown) => {
      if (!response.writableFinished)
        this.logger.warn({ err: error, jobId, requestId: request.id }, 'recording stream ended early');
    });
  }
}

/** Headers every answer about the recording carries, ranged or not. */
function describeRecording(response: Response, stored: StoredAudio, etag: string): void {
  response.setHeader('Accept-Ranges', 'bytes');
  response.setHeader('Content-Type', stored.contentType);
  response.setHeader('ETag', etag);
  // The URL is the credential: no shared cache keeps it (a browser asks again, with the ETag), and any page may play it (<audio src>), which helmet's same-origin default would stop.
  response.setHeader('Cache-Control', 'private, no-cache');
  response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}
