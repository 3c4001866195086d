// The webhook endpoint Telegram posts updates to. Not telegraf's webhookCallback: that one answers 200
// even when the update could not be stored, and Telegram only redelivers after a non-2xx answer. Here
// an update is acknowledged only once it is safely in the inbox.
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Update } from 'telegraf/types';
import type { Logger } from '../../core/log.js';

export interface WebhookServerOptions {
  /** The path part of TELEGRAM_WEBHOOK_URL. */
  path: string;
  /** TELEGRAM_WEBHOOK_SECRET: Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
  secret: string;
  /** Resolves true once the update is stored (or deliberately ignored), false to have it redelivered. */
  handle: (update: Update) => Promise<boolean>;
  log: Logger;
}

const MAX_BODY_BYTES = 1 << 20;

export function createWebhookServer(options: WebhookServerOptions): http.Server {
  const expected = Buffer.from(options.secret);
  return http.createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      options.log.error({ err: error }, 'telegram webhook: request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (path !== options.path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    const given = Buffer.from(String(req.headers['x-telegram-bot-api-secret-token'] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      options.log.warn({ ip: req.socket.remoteAddress }, 'telegram webhook: wrong secret token');
      return void res.writeHead(403).end();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return void res.writeHead(413).end();
      chunks.push(chunk);
    }
    let update: Update;
    try {
      update = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update;
    } catch {
      return void res.writeHead(400).end();
    }
    const stored = await options.handle(update);
    res.writeHead(stored ? 200 : 500, { 'content-type': 'application/json' }).end(stored ? '{}' : '');
  }
}
