// A small fake Discord for end-to-end tests: REST over node:http and the gateway over ws, on 127.0.0.1 and
// a random port. It implements what discord.js needs (DISCORD-NOTES.md), records every request, and lets a
// test inject INTERACTION_CREATE and MESSAGE_CREATE dispatches. No network beyond the loopback.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SnowflakeUtil } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, with %40original decoded. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: any;
  /** The status the fake answered with. */
  status?: number;
  /** Files uploaded with a multipart/form-data body (attachments), in the order sent. */
  files: UploadedFile[];
}

export interface UploadedFile { field: string; filename: string; contentType: string | undefined; data: Buffer }

export interface FakeUser { id: string; username: string; global_name?: string | null; bot?: boolean }

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  /** Roles the guild has (besides @everyone), so discord.js can cache members' roles. */
  roleIds?: string[];
  /** More servers the bot is in, listed by GET /users/@me/guilds only (not sent over the gateway). */
  otherGuildIds?: string[];
  /** Like Discord, refuse an interaction's first callback (10062 Unknown interaction) this long after it was sent. */
  ackDeadlineMs?: number;
  heartbeatMs?: number;
}

export interface InteractionInput {
  type: 2 | 3 | 4;
  user: FakeUser;
  /** In a guild: the member's permissions (bit string) and roles. Omit for a DM. */
  member?: { permissions: string; roles?: string[] };
  data: Record<string, unknown>;
  message?: Record<string, unknown>;
  /** Send it on this shard's gateway connection only (by the shard id it identified with); default every connection. */
  shard?: number;
}

/** An attachment as Discord describes it in an interaction's resolved data; its url is served by the fake. */
export interface FakeAttachment { id: string; filename: string; size: number; url: string; proxy_url: string; content_type?: string }

export const PERMISSIONS = {
  /** View Channel + Send Messages + Use Application Commands: a plain member. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 31n)),
  /** The same plus Manage Server. */
  manager: String((1n << 5n) | (1n << 10n) | (1n << 11n) | (1n << 31n)),
};

const newId = () => SnowflakeUtil.generate().toString();

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Registered commands by scope: "global" or "guild:<id>". */
  readonly commands = new Map<string, any[]>();
  readonly identifies: any[] = [];
  readonly resumes: any[] = [];
  private readonly faults: { match: (r: RecordedRequest) => boolean; status: number; body: unknown }[] = [];
  readonly botUser: FakeUser;
  readonly guildChannelId = newId();
  private readonly sockets = new Set<WebSocket>();
  /** The shard id each connection identified with. */
  private readonly shardOf = new Map<WebSocket, number>();
  private readonly acked = new Set<string>();
  private readonly known = new Set<string>();
  private readonly sentAt = new Map<string, number>();
  private readonly originals = new Map<string, any>();
  private readonly waiters = new Set<() => void>();
  private seq = 0;
  private refuseGateway = false;
  /** Files served at /attachments/<id>/<name>, as Discord's CDN serves what users attach. */
  private readonly files = new Map<string, { bytes: Buffer; type: string }>();

  private constructor(private readonly opts: FakeDiscordOptions, private readonly server: Server, private readonly wss: WebSocketServer) {
    this.botUser = { id: opts.applicationId, username: 'Byline', bot: true, global_name: null };
  }

  static async start(opts: FakeDiscordOptions): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const fake = new FakeDiscord(opts, server, wss);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    wss.on('connection', (ws) => fake.onSocket(ws));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get connections(): number {
    return this.sockets.size;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the first recorded request (from `from` on) that matches, or rejects after `ms`. */
  async waitFor(match: (r: RecordedRequest) => boolean, from = 0, ms = 10_000): Promise<RecordedRequest> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = this.requests.slice(from).find(match);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Discord: no matching request within ${ms} ms; saw ${this.requests.slice(from).map((r) => `${r.method} ${r.path}`).join(', ') || 'none'}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, Math.min(left, 250));
        function done() { clearTimeout(t); resolve(); }
        this.waiters.add(done);
      });
    }
  }

  /** Sends a dispatch to every connected gateway client. */
  dispatch(t: string, d: unknown, shard?: number): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) if (shard === undefined || this.shardOf.get(ws) === shard) ws.send(frame);
  }

  /** Injects an INTERACTION_CREATE; returns its id and token (the token addresses its callback and webhooks). */
  interaction(input: InteractionInput): { id: string; token: string } {
    const id = newId();
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
    this.known.add(id);
    this.sentAt.set(id, Date.now());
    const guildId = this.opts.guildId ?? newId();
    const inGuild = input.member !== undefined;
    const dmChannel = newId();
    const user = { discriminator: '0', avatar: null, global_name: null, ...input.user };
    this.dispatch('INTERACTION_CREATE', {
      id, token, application_id: this.opts.applicationId, type: input.type, version: 1, locale: 'en-US',
      app_permissions: PERMISSIONS.member, entitlements: [],
      authorizing_integration_owners: inGuild ? { 0: guildId } : { 1: user.id },
      context: inGuild ? 0 : 1,
      data: input.data,
      ...(input.message ? { message: input.message } : {}),
      ...(inGuild
        ? {
            guild_id: guildId, channel_id: this.guildChannelId,
            channel: { id: this.guildChannelId, type: 0, guild_id: guildId, name: 'general' },
            member: { user, roles: input.member!.roles ?? [], permissions: input.member!.permissions, joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
          }
        : { channel_id: dmChannel, channel: { id: dmChannel, type: 1 }, user }),
    }, input.shard);
    return { id, token };
  }

  /** Injects a MESSAGE_CREATE in a DM with the bot; returns the message. */
  directMessage(author: FakeUser, content: string, channelId = newId()): Record<string, unknown> {
    // Discord sends channel_type with DM messages; discord.js 14 needs it to build the partial DM channel.
    const message = this.message(channelId, { discriminator: '0', avatar: null, global_name: null, bot: false, ...author }, content, { channel_type: 1 });
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /** A message object as Discord sends it. */
  message(channelId: string, author: Record<string, unknown>, content: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      id: newId(), channel_id: channelId, author, content, timestamp: new Date().toISOString(), edited_timestamp: null,
      tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [],
      pinned: false, type: 0, flags: 0, ...extra,
    };
  }

  /** Stores a file to serve as an attachment; `size` may be given to lie about it, as a hostile client could. */
  attachment(filename: string, content: string | Buffer, opts: { size?: number; contentType?: string } = {}): FakeAttachment {
    const id = newId();
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const type = opts.contentType ?? 'text/plain; charset=utf-8';
    this.files.set(id, { bytes, type });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: opts.size ?? bytes.length, url, proxy_url: url, content_type: type };
  }

  /** Closes every gateway connection as a network drop would (the client should reconnect). */
  dropGateway(code = 4000): void {
    for (const ws of this.sockets) ws.close(code, 'dropped by test');
  }

  /** The next request that matches gets this status and body instead of its answer (once). */
  failNext(match: (r: RecordedRequest) => boolean, status: number, body: unknown): void {
    this.faults.push({ match, status, body });
  }

  /** Makes /gateway/bot answer 401 (a refused token). */
  refuseTokens(refuse = true): void {
    this.refuseGateway = refuse;
  }

  /** The attachments a message gets from a request's uploaded files, as Discord describes them. */
  private attachmentsOf(record: RecordedRequest): { attachments?: Record<string, unknown>[] } {
    if (record.files.length === 0) return {};
    const described = (record.body?.data?.attachments ?? record.body?.attachments ?? []) as { id?: string | number; description?: string }[];
    return {
      attachments: record.files.map((f, k) => {
        const id = newId();
        return {
          id, filename: f.filename, size: f.data.length, content_type: f.contentType,
          description: described.find((a) => String(a.id) === String(k))?.description,
          url: `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(f.filename)}`,
          proxy_url: `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(f.filename)}`,
        };
      }),
    };
  }

  private notify(): void {
    for (const w of [...this.waiters]) { this.waiters.delete(w); w(); }
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    const send = (payload: unknown) => ws.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: this.opts.heartbeatMs ?? 5000 } });
    ws.on('message', (raw) => {
      let msg: { op: number; d: any };
      try { msg = JSON.parse(String(raw)); } catch { return; }
      if (msg.op === 1) send({ op: 11 });
      else if (msg.op === 2) {
        this.identifies.push(msg.d);
        if (Array.isArray(msg.d?.shard)) this.shardOf.set(ws, msg.d.shard[0]);
        if (msg.d?.token !== this.opts.token && msg.d?.token !== `Bot ${this.opts.token}`) { ws.close(4004, 'Authentication failed.'); return; }
        const guilds = this.opts.guildId ? [{ id: this.opts.guildId, unavailable: true }] : [];
        send({ op: 0, t: 'READY', s: ++this.seq, d: {
          v: 10, user: { ...this.botUser, discriminator: '0', avatar: null, verified: true, mfa_enabled: false, flags: 0 },
          guilds, session_id: randomBytes(16).toString('hex'), resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: this.opts.applicationId, flags: 0 }, private_channels: [], relationships: [], presences: [],
        } });
        if (this.opts.guildId) send({ op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guild() });
      } else if (msg.op === 6) {
        this.resumes.push(msg.d);
        send({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
      }
    });
  }

  private guild(): Record<string, unknown> {
    const id = this.opts.guildId!;
    const role = (rid: string, name: string, position: number) => ({ id: rid, name, permissions: PERMISSIONS.member, position, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 });
    return {
      id, name: 'Test guild', icon: null, owner_id: newId(), afk_channel_id: null, afk_timeout: 300, verification_level: 0,
      default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, system_channel_id: null, system_channel_flags: 0,
      rules_channel_id: null, vanity_url_code: null, description: null, banner: null, premium_tier: 0, preferred_locale: 'en-US',
      public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false, features: [], emojis: [], stickers: [],
      roles: [role(id, '@everyone', 0), ...(this.opts.roleIds ?? []).map((r, k) => role(r, `role ${k + 1}`, k + 1))],
      channels: [{ id: this.guildChannelId, type: 0, guild_id: id, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
      threads: [], members: [], voice_states: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
      member_count: 2, joined_at: new Date().toISOString(), large: false, unavailable: false, lazy: true,
    };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const raw = Buffer.concat(chunks);
    const record: RecordedRequest = {
      method: req.method ?? 'GET', path, query: url.searchParams, authorization: req.headers.authorization,
      body: parseBody(raw, req.headers['content-type']), files: parseFiles(raw, req.headers['content-type']),
    };
    this.requests.push(record);
    const reply = (status: number, body?: unknown) => {
      record.status = status;
      if (body === undefined) { res.writeHead(status).end(); }
      else { res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)); }
      this.notify();
    };
    const fault = this.faults.findIndex((f) => f.match(record));
    if (fault >= 0) {
      const f = this.faults.splice(fault, 1)[0]!;
      if (f.status === 429) res.setHeader('retry-after', String((f.body as { retry_after?: number })?.retry_after ?? 1));
      return reply(f.status, f.body);
    }
    const authed = record.authorization === `Bot ${this.opts.token}`;
    let m: RegExpExecArray | null;
    if (record.method === 'GET' && path === '/gateway/bot') {
      if (!authed || this.refuseGateway) return reply(401, { message: '401: Unauthorized', code: 0 });
      return reply(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (!authed) return reply(401, { message: '401: Unauthorized', code: 0 });
      const scope = m[2] ? `guild:${m[2]}` : 'global';
      if (record.method === 'GET') return reply(200, this.commands.get(scope) ?? []);
      if (record.method === 'PUT') {
        const stored = (record.body as any[]).map((c) => ({
          id: newId(), application_id: m![1], version: newId(), default_member_permissions: null, type: 1, nsfw: false,
          description_localizations: null, name_localizations: null, ...(m![2] ? { guild_id: m![2] } : { contexts: null, integration_types: [0] }), ...c,
        }));
        this.commands.set(scope, stored);
        return reply(200, stored);
      }
    }
    if (record.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const id = m[1]!;
      if (!this.known.has(id)) return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (this.acked.has(id)) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const late = this.opts.ackDeadlineMs !== undefined && Date.now() - this.sentAt.get(id)! > this.opts.ackDeadlineMs;
      if (late) return reply(404, { message: 'Unknown interaction', code: 10062 });
      this.acked.add(id);
      const msg = this.message(this.guildChannelId, this.botUser, record.body?.data?.content ?? '', { embeds: record.body?.data?.embeds ?? [], components: record.body?.data?.components ?? [], ...this.attachmentsOf(record) });
      this.originals.set(m[2]!, msg);
      if (url.searchParams.get('with_response') === 'true') return reply(200, { interaction: { id, type: 2 }, resource: { type: record.body?.type, message: msg } });
      return reply(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const token = m[2]!;
      if (record.method === 'DELETE') return reply(204);
      const prev = this.originals.get(token) ?? this.message(this.guildChannelId, this.botUser, '');
      const msg = record.method === 'GET' ? prev : { ...(m[3] === '@original' ? prev : this.message(this.guildChannelId, this.botUser, '')), ...pick(record.body), ...this.attachmentsOf(record) };
      if (m[3] === '@original') this.originals.set(token, msg);
      return reply(200, msg);
    }
    if ((m = /^\/channels\/(\d+)\/(messages|typing)$/.exec(path)) && record.method === 'POST') {
      if (!authed) return reply(401, { message: '401: Unauthorized', code: 0 });
      if (m[2] === 'typing') return reply(204);
      return reply(200, this.message(m[1]!, this.botUser, record.body?.content ?? '', { ...pick(record.body), ...this.attachmentsOf(record) }));
    }
    if (record.method === 'GET' && (m = /^\/attachments\/(\d+)\//.exec(path))) {
      const file = this.files.get(m[1]!);
      if (!file) return reply(404, { message: 'fake Discord: no such attachment', code: 0 });
      record.status = 200;
      res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.bytes.length) }).end(file.bytes);
      this.notify();
      return;
    }
    if (record.method === 'GET' && path === '/users/@me') return reply(200, { ...this.botUser, discriminator: '0', avatar: null });
    if (record.method === 'GET' && path === '/users/@me/guilds') {
      if (!authed) return reply(401, { message: '401: Unauthorized', code: 0 });
      const ids = [...(this.opts.guildId ? [this.opts.guildId] : []), ...(this.opts.otherGuildIds ?? [])];
      const limit = Number(url.searchParams.get('limit') ?? 200);
      return reply(200, ids.slice(0, limit).map((id) => ({ id, name: `guild ${id}`, icon: null, owner: false, permissions: PERMISSIONS.member, features: [] })));
    }
    return reply(404, { message: `fake Discord: no route for ${record.method} ${path}`, code: 0 });
  }
}

function pick(body: any): Record<string, unknown> {
  if (!body || typeof body !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const k of ['content', 'embeds', 'components', 'flags']) if (k in body) out[k] = body[k];
  return out;
}

function parseBody(buf: Buffer, type: string | undefined): unknown {
  if (!buf.length) return null;
  const text = buf.toString('utf8');
  if (type?.startsWith('multipart/form-data')) {
    const m = /name="payload_json"(?:\r\nContent-Type: [^\r\n]+)?\r\n\r\n([\s\S]*?)\r\n--/.exec(text);
    return m ? JSON.parse(m[1]!) : null;
  }
  try { return JSON.parse(text); } catch { return text; }
}

/** The file parts of a multipart/form-data body, bytes intact (the text parse above only reads payload_json). */
function parseFiles(buf: Buffer, type: string | undefined): UploadedFile[] {
  const boundary = type?.startsWith('multipart/form-data') ? /boundary=(?:"([^"]+)"|([^;]+))/.exec(type) : null;
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const files: UploadedFile[] = [];
  let at = buf.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    const next = buf.indexOf(delimiter, start);
    if (next < 0) break;
    const part = buf.subarray(start + 2, next - 2); // after the CRLF that ends the delimiter line, before the CRLF that precedes the next
    const split = part.indexOf('\r\n\r\n');
    if (split >= 0) {
      const headers = part.subarray(0, split).toString('utf8');
      const disposition = /^content-disposition:[^\r\n]*/im.exec(headers)?.[0] ?? '';
      const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
      if (filename !== undefined) {
        const field = /[;\s]name="([^"]*)"/.exec(disposition)?.[1] ?? '';
        files.push({ field, filename, contentType: /^content-type:\s*([^\r\n]+)/im.exec(headers)?.[1], data: Buffer.from(part.subarray(split + 4)) });
      }
    }
    at = next;
  }
  return files;
}
