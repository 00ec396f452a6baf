import busboy from 'busboy';
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parsePocketSphinxOutput } from '../../apps/transcription/src/engines/pocketsphinx.engine';

const run = promisify(execFile);

/**
 * A small server that speaks OpenAI's `/v1/audio/transcriptions` (multipart in, verbose_json out),
 * recognising with PocketSphinx behind it, so the OpenAI-compatible engine is tested against the
 * real protocol and real recognition. It records the form fields it was sent. Asked for a model
 * whose name contains "diarize", it labels segments by turn (A, B, A, …), as a diarizing server
 * labels a strict two-party dialogue.
 */
export class OpenAiSttServer {
  readonly calls: Array<Record<string, string | string[]>> = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<OpenAiSttServer> {
    const server = createServer();
    const stt = new OpenAiSttServer(server);
    server.on('request', (request, response) => {
      if (request.method !== 'POST' || request.url !== '/v1/audio/transcriptions') {
        response.writeHead(404).end();
        return;
      }
      void stt.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stt;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async handle(
    request: import('node:http').IncomingMessage,
    response: import('node:http').ServerResponse,
  ): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'openai-stt-'));
    const fields: Record<string, string | string[]> = {};
    const file = join(dir, 'upload.wav');
    try {
      await new Promise<void>((resolve, reject) => {
        const parser = busboy({ headers: request.headers });
        const writes: Array<Promise<void>> = [];
        parser.on('field', (name, value) => {
          const existing = fields[name];
          fields[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
        });
        parser.on('file', (_name, stream) =>
          writes.push(
            new Promise((done, fail) => stream.pipe(createWriteStream(file)).on('finish', done).on('error', fail)),
          ),
        );
        parser.on('close', () => void Promise.all(writes).then(() => resolve(), reject));
        parser.on('error', reject);
        request.pipe(parser);
      });
      this.calls.push(fields);
      const { stdout } = await run('pocketsphinx_continuous', ['-infile', file, '-time', 'yes', '-logfn', '/dev/null']);
      const segments = parsePocketSphinxOutput(stdout);
      const body = {
        task: 'transcribe',
        language: 'english',
        text: segments.map((segment) => segment.text).join(' '),
        segments: segments.map((segment, id) => ({
          id,
          start: segment.start,
          end: segment.end,
          text: ` ${segment.text}`,
          ...(String(fields.model).includes('diarize') ? { speaker: id % 2 === 0 ? 'A' : 'B' } : {}),
        })),
        words: segments.flatMap((segment) =>
          segment.words.map((word) => ({
            word: ` ${word.word}`,
            start: word.start,
            end: word.end,
            probability: word.confidence,
          })),
        ),
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } catch (error) {
      response
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: String(error) } }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
