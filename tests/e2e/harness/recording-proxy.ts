// A proxy that forwards nothing: the browser under test is sent through it, and it writes down
// the host and port of every request that reaches it (HTTPS tunnels and plain HTTP alike), then
// refuses it. Whatever it records left the browser's own network stack, from any context:
// pages, content scripts, the extension's worker, or the browser itself.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request that reached the proxy. */
export interface ProxyHit {
  /** host:port as the browser asked for it. */
  target: string;
  /** The full URL for plain HTTP; only host:port is known for an HTTPS tunnel. */
  url: string;
}

export interface RecordingProxy {
  readonly host: string;
  readonly port: number;
  /** Everything recorded so far, oldest first (at most `limit` entries). */
  hits(): ProxyHit[];
  /** Forgets what was recorded, e.g. after a positive control. */
  clear(): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/** Host and port of a plain HTTP request sent to a proxy (absolute URL in the request line). */
function targetOf(request: IncomingMessage): ProxyHit {
  const url = request.url ?? '';
  try {
    const parsed = new URL(url);
    return { target: `${parsed.hostname}:${parsed.port || (parsed.protocol === 'https:' ? '443' : '80')}`, url };
  } catch {
    return { target: request.headers.host ?? url, url };
  }
}

export async function startRecordingProxy(limit = 500): Promise<RecordingProxy> {
  const recorded: ProxyHit[] = [];
  const sockets = new Set<Socket>();
  const record = (hit: ProxyHit): void => {
    if (recorded.length < limit) recorded.push(hit);
  };

  const server = createServer((request, response) => {
    record(targetOf(request));
    response.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('refused by the test proxy');
  });
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    const target = request.url ?? '';
    record({ target, url: `https://${target}` });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    host: HOST,
    port,
    hits: () => [...recorded],
    clear: () => void (recorded.length = 0),
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
