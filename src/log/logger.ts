// The one pino logger. Child loggers per part (`logger.child({ part: 'bot' })`). Secrets are redacted twice:
// by field path, and by scrubbing every written line for token shapes and the configured token itself, so a
// token inside a URL or an error message is caught too. Pretty only when writing to a terminal.
import pino, { type Logger, type DestinationStream } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

const REDACT_PATHS = [
  'token', '*.token', '*.*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'authorization', '*.authorization',
  'headers.authorization', '*.headers.authorization', 'interaction.token', 'webhook.token',
];

/** Bot tokens (three dot-separated base64url parts) and interaction/webhook tokens inside URLs. */
const TOKEN_SHAPES: RegExp[] = [
  // a third part of '*' too: discord.js debug prints the token with only its last part masked
  /\b[MNO][A-Za-z\d_-]{20,30}\.[A-Za-z\d_-]{5,7}\.(?:[A-Za-z\d_-]{25,45}\b|\*{10,})/g,
  /(\/(?:interactions|webhooks)\/\d{5,22}\/)[A-Za-z0-9_.-]{20,}/g,
  /(Bot |Bearer )[A-Za-z0-9_.-]{20,}/g,
  /("(?:interaction_token|token)"\s*:\s*")[^"]{8,}"/g,
];

export function scrubSecrets(line: string, secrets: readonly string[] = []): string {
  let out = line;
  for (const s of secrets) if (s && s.length >= 8) out = out.split(s).join('[Redacted]');
  for (const re of TOKEN_SHAPES) {
    out = out.replace(re, (_m, prefix?: string) =>
      (typeof prefix === 'string' ? prefix + '[Redacted]' + (prefix.startsWith('"') ? '"' : '') : '[Redacted]'));
  }
  return out;
}

export interface LoggerOptions {
  level?: string | undefined;
  /** Values never to print, whatever field they sit in (the bot token). */
  secrets?: readonly string[];
  /** Where lines go; default standard error (standard output is kept for answers). */
  destination?: DestinationStream | NodeJS.WritableStream;
  pretty?: boolean;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const secrets = [...(opts.secrets ?? [])];
  const usePretty = opts.pretty ?? (opts.destination === undefined && process.stderr.isTTY === true);
  const dest: DestinationStream | NodeJS.WritableStream = opts.destination
    ?? (usePretty
      ? pretty({ destination: 2, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' })
      : pino.destination({ dest: 2, sync: true }));
  return pino(
    {
      level: opts.level ?? 'info',
      base: { name: 'byline' },
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      hooks: { streamWrite: (line: string) => scrubSecrets(line, secrets) },
    },
    dest as DestinationStream,
  );
}
