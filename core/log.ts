// One pino logger for the process: JSON lines (pretty in an interactive terminal), with personal data
// masked in every message and field before it is written.
import pino, { type Logger } from 'pino';
import { redact, redactDeep } from './privacy/mask.js';

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** Pretty-print for people; default: when stderr is a terminal. */
  pretty?: boolean;
  /** Where JSON lines go; default stderr, so stdout stays for command output (match, ask --json). */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const pretty = options.pretty ?? (process.stderr.isTTY && !process.env.CI);
  const base: pino.LoggerOptions = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { pid: process.pid },
    formatters: { log: (obj) => redactDeep(obj) },
    hooks: {
      logMethod(args, method) {
        // Masks the message string and its printf-style arguments; objects go through formatters.log.
        const masked = args.map((a) => (typeof a === 'string' ? redact(a) : a)) as Parameters<typeof method>;
        method.apply(this, masked);
      },
    },
  };
  if (options.destination) return pino(base, options.destination);
  if (pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { destination: 2, translateTime: 'SYS:HH:MM:ss' } } });
  }
  return pino(base, pino.destination({ dest: 2, sync: false }));
}

/** A logger that writes nothing, for tests and for commands whose stdout is data. */
export const silentLogger: Logger = pino({ level: 'silent' });
