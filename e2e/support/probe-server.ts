// A server on loopback that a handler may try to reach: it counts every TCP connection and every
// request (WebSocket upgrades included) and answers each channel with what that channel expects,
// CORS-allowed, so that a request the browser lets through is seen, whatever its kind.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProbeServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** TCP connections accepted so far. */
  connections(): number;
  /** `METHOD /path` of every request so far, upgrades as `UPGRADE /path`, in order. */
  requests(): string[];
  close(): Promise<void>;
}

/** A 1×1 transparent PNG. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const BODIES: Record<string, [type: string, body: string | Buffer]> = {
  '/module.js': ['text/javascript', "export default 'the remote module ran';"],
  '/script.js': ['text/javascript', 'self.remoteScriptRan = true;'],
  '/worker.js': ['text/javascript', "postMessage('reached');"],
  '/font.woff': ['font/woff', Buffer.from('wOFF not really a font')],
  '/image.png': ['image/png', PIXEL],
};

function answer(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  const path = new URL(request.url ?? '/', 'http://probe').pathname;
  if (path === '/events') {
    response.writeHead(200, { 'Content-Type': 'text/event-stream' });
    response.end('data: reached\n\n');
    return;
  }
  const [type, body] = BODIES[path] ?? ['text/plain', 'reached'];
  response.writeHead(200, { 'Content-Type': type });
  response.end(body);
}

export async function startProbeServer(): Promise<ProbeServer> {
  let connections = 0;
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    answer(request, response);
  });
  server.on('connection', () => connections++);
  // The upgrade is seen and counted; the socket is then closed, so the handshake never completes.
  server.on('upgrade', (request: IncomingMessage, socket) => {
    requests.push(`UPGRADE ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    requests: () => [...requests],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
