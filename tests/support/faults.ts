// Fault injection for the end-to-end tests: an HTTP proxy in front of the fake Discord's REST API. The bot
// is pointed at the proxy (DISCORD_API_URL); a matching request can be answered with an error status (429
// with retry_after, 500, a Discord error code) or have its connection cut, once or every time, instead of
// reaching the fake. Gateway discovery still hands out the fake's own websocket, so the gateway is direct.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeDiscord } from './fakeDiscord.js';

export interface ProxiedRequest { method: string; path: string }

export type Fault =
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'reset' };

interface Rule { match: (r: ProxiedRequest) => boolean; fault: Fault; times: number }

export class FaultProxy {
  /** Every request the proxy saw, faulted or passed on, with the fault it got. */
  readonly seen: (ProxiedRequest & { fault: Fault['kind'] | null; status?: number })[] = [];
  private readonly rules: Rule[] = [];

  private constructor(private readonly fake: FakeDiscord, private readonly server: Server) {}

  static async start(fake: FakeDiscord): Promise<FaultProxy> {
    const server = createServer();
    const proxy = new FaultProxy(fake, server);
    server.on('request', (req, res) => proxy.onRequest(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** The next `times` requests that match get this fault instead of reaching the fake. */
  inject(match: (r: ProxiedRequest) => boolean, fault: Fault, times = 1): void {
    this.rules.push({ match, fault, times });
  }

  /** A 429 as Discord sends it: retry_after in the body (seconds) and the Retry-After header. */
  static rateLimited(retryAfter: number): Fault {
    return {
      kind: 'status', status: 429, body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
      headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
    };
  }

  static error(status: number, code = 0, message = 'fault injected by test'): Fault {
    return { kind: 'status', status, body: { message, code } };
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const r: ProxiedRequest = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '') };
    const rule = this.rules.find((x) => x.times > 0 && x.match(r));
    if (rule) {
      rule.times--;
      const f = rule.fault;
      this.seen.push({ ...r, fault: f.kind, ...(f.kind === 'status' ? { status: f.status } : {}) });
      req.resume();
      if (f.kind === 'reset') { req.socket.destroy(); return; }
      res.writeHead(f.status, { 'content-type': 'application/json', ...f.headers }).end(JSON.stringify(f.body));
      return;
    }
    this.seen.push({ ...r, fault: null });
    const target = new URL(this.fake.apiUrl);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }
}
