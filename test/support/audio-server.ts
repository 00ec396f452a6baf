import { createReadStream, statSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.flac': 'audio/flac',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.bin': 'application/octet-stream',
};

/** Serves recordings from a directory on loopback, plus a few misbehaving routes. */
export class AudioServer {
  readonly requests: string[] = [];
  private constructor(private readonly server: Server) {}

  static async start(dir: string): Promise<AudioServer> {
    const server = createServer();
    const audio = new AudioServer(server);
    server.on('request', (request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      audio.requests.push(path);
      if (path.startsWith('/redirect/')) {
        response.writeHead(302, { location: path.slice('/redirect'.length) }).end();
        return;
      }
      if (path === '/redirect-private') {
        response.writeHead(302, { location: 'http://10.255.255.1/private.wav' }).end();
        return;
      }
      if (path === '/page.html') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html>not audio</html>');
        return;
      }
      const file = join(dir, basename(path));
      try {
        const size = statSync(file).size;
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': size,
        });
        createReadStream(file).pipe(response);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return audio;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${path}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
