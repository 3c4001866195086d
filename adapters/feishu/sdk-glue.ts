// Small bridges to @larksuiteoapi/node-sdk: its logger onto pino, and a token cache per client (the SDK's
// default cache is module-global and keyed by appId only).
import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../core/log.js';

// The SDK passes its arguments as one array: ["[ws]", "connect failed"].
const text = (parts: unknown[]): string =>
  parts.map((p) => (typeof p === 'string' ? p : Array.isArray(p) ? text(p) : p instanceof Error ? p.message : JSON.stringify(p))).join(' ');

/** The SDK's logger interface, writing to pino under `feishu-sdk`. */
export function sdkLogger(log: Logger): lark.Logger {
  const child = log.child({ component: 'feishu-sdk' });
  return {
    error: (...m: unknown[]) => child.error(text(m)),
    warn: (...m: unknown[]) => child.warn(text(m)),
    info: (...m: unknown[]) => child.debug(text(m)), // the SDK is chatty at info
    debug: (...m: unknown[]) => child.trace(text(m)),
    trace: (...m: unknown[]) => child.trace(text(m)),
  };
}

/** An in-memory cache of the SDK's shape, one per client. */
export function sdkCache(): lark.Cache {
  const values = new Map<string, { value: unknown; expires?: number }>();
  const keyOf = (key: string | symbol, namespace?: string) => `${namespace ?? ''}/${key.toString()}`;
  return {
    async set(key, value, expire, options) {
      values.set(keyOf(key as string | symbol, options?.namespace), { value, expires: expire });
      return true;
    },
    async get(key, options) {
      const hit = values.get(keyOf(key as string | symbol, options?.namespace));
      if (!hit || (hit.expires && hit.expires <= Date.now())) return undefined;
      return hit.value;
    },
  };
}
