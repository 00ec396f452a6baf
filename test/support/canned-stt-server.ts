import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A server speaking OpenAI's `/v1/audio/transcriptions` that hears the same words in any audio it is
 * sent: for tests about what happens around recognition (the recording kept, its URL), where real
 * recognition would only add time. It reads the whole upload before it answers, as a real one does.
 */
export class CannedSttServer {
  requests = 0;
  private constructor(private readonly server: Server) {}

  static async start(text = 'Hello, thanks for calling. I would like to book a checkup.'): Promise<CannedSttServer> {
    const server = createServer();
    const stt = new CannedSttServer(server);
    server.on('request', (request, response) => {
      if (request.method !== 'POST' || request.url !== '/v1/audio/transcriptions')
        return void response.writeHead(404).end();
      request.resume();
      request.on('end', () => {
        stt.requests += 1;
        const words = text.split(' ').map((word, index) => ({ word, start: index * 0.1, end: index * 0.1 + 0.09 }));
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ text, segments: [{ start: 0, end: words.length * 0.1, text, words }] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stt;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A mono 16-bit PCM WAV of a 440 Hz tone: audio ffmpeg decodes and the silence check hears. */
export function toneWav(seconds: number, sampleRate = 16_000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const data = Buffer.alloc(samples * 2);
  for (let index = 0; index < samples; index += 1)
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * index) / sampleRate) * 8000), index * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
