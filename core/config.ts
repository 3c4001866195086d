// Settings come from the environment (and a .env file beside package.json). Every setting has a default
// that runs the embedded shop; a platform without credentials is simply off. A wrong value stops the
// process with a message naming the variable, before anything starts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const url = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url().optional());
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes', 'on'].includes(v)));

/** A job schedule in the forms jobs/schedule.ts understands; empty means the default. */
const schedule = (fallback: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || fallback)
    .pipe(z.string().regex(/^(?:(?:every day|daily)\s+)?(?:on\s+(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\s+)?at\s+(?:[01]?\d|2[0-3]):[0-5]\d$/iu, 'must look like "at 09:00" or "on monday at 08:00"'));

/** A whole number of days, 0 allowed; empty means the default (an empty line must not mean 0 = forever). */
const days = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || String(fallback))
    .pipe(z.coerce.number<string>().int('must be a whole number of days').min(0, 'must be 0 (keep everything) or a number of days'));

const schema = z.object({
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  DATA_DIR: z.string().default('data'),
  REDIS_URL: url,
  /** A customer waits at most this long for a reply; past it they get an apology. */
  TURN_TIMEOUT_MS: positiveInt.default(8000),
  /** Replies per minute per customer before the flood guard answers politely and drops the rest. */
  RATE_LIMIT_PER_MINUTE: positiveInt.default(20),
  /** Messages longer than this are cut before understanding (a customer never writes a novel). */
  MAX_MESSAGE_CHARS: positiveInt.default(2000),
  /** Force the console channel on (true) or off (false); default: on when no other channel is configured. */
  CONSOLE: flag,

  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
  WECHATY_NAME: z.string().default('xiaoer'),
  /** In WeChat groups: answer only when @-mentioned (mention), always (all), or never (off). */
  WECHAT_GROUP_MODE: z.enum(['mention', 'all', 'off']).default('mention'),
  WECHAT_SENDS_PER_MINUTE: positiveInt.default(30),

  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
  TELEGRAM_WEBHOOK_URL: url,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  TELEGRAM_WEBHOOK_PORT: positiveInt.default(8443),
  TELEGRAM_API_ROOT: url,

  FEISHU_APP_ID: optionalText,
  FEISHU_APP_SECRET: optionalText,
  FEISHU_DOMAIN: z.string().default('https://open.feishu.cn'),
  FEISHU_MODE: z.enum(['ws', 'webhook']).default('ws'),
  FEISHU_VERIFICATION_TOKEN: optionalText,
  FEISHU_ENCRYPT_KEY: optionalText,
  FEISHU_WEBHOOK_PORT: positiveInt.default(3000),
  /** Agents' groups: routing group id = Feishu chat id, comma separated (presale=oc_xxx,aftersale=oc_yyy). */
  FEISHU_GROUPS: optionalText,

  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: url,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optionalText,
  OPENAI_TIMEOUT_MS: positiveInt.default(6000),
  LLM_DAILY_TOKEN_BUDGET: positiveInt.default(2_000_000),

  /** Scheduled jobs, in shop time (UTC+8): "at 09:00" every day, "on monday at 08:00" weekly (jobs/schedule.ts). */
  REPORT_SCHEDULE: schedule('at 09:00'),
  QA_SCHEDULE: schedule('at 09:30'),
  GAPS_SCHEDULE: schedule('on monday at 08:00'),
  RETENTION_SCHEDULE: schedule('at 03:30'),
  /**
   * Days customers' data is kept (conversations, turn and access logs, closed tickets, profiles); the
   * retention job deletes what is older. 0 keeps everything.
   */
  RETENTION_DAYS: days(365),
  /** Where the managers' daily report goes: a Feishu chat id (oc_…) and/or a Telegram chat id. */
  REPORT_FEISHU_CHAT: optionalText,
  REPORT_TELEGRAM_CHAT: optionalText,
  /** Where QA posts flagged conversations. */
  QA_FEISHU_CHAT: optionalText,
  QA_TELEGRAM_CHAT: optionalText,
  /** Conversations QA samples per day, of each kind (bot, agent). */
  QA_SAMPLE_SIZE: positiveInt.default(10),
  /** Base URL of a conversation viewer for links in QA posts (<base>/conversations/<key>, <base>/tickets/<id>). */
  REPORT_LINK_BASE: url,
  /** Where knowledge-gaps writes suggested FAQ files; default DATA_DIR/suggested-faq. */
  GAPS_DIR: optionalText,
  /** Also commit the suggestions to a branch (xiaoer/suggested-faq-DATE) of the knowledge's git repository. */
  GAPS_GIT_BRANCH: flag,

  /** The shop's own systems (orders, parcels, stock, customers): the embedded demo shop, a system speaking the HTTP/JSON contract, Shopify, or none. */
  SHOP_CONNECTOR: z.enum(['demo', 'http', 'shopify', 'none']).default('demo'),
  SHOP_HTTP_URL: url,
  SHOP_HTTP_TOKEN: optionalText,
  /** The shop's handle (tea-house) or domain (tea-house.myshopify.com). */
  SHOPIFY_SHOP: optionalText,
  SHOPIFY_ACCESS_TOKEN: optionalText,
  SHOPIFY_API_VERSION: z.string().default('2025-01'),
  /** Per call to the shop's system; a read gets one retry, so keep two of these well under TURN_TIMEOUT_MS. */
  SHOP_TIMEOUT_MS: positiveInt.default(2500),
  /** A secret mixed into the hashes of customers' phone and order numbers (identity links), so a leaked store cannot be matched against guessed numbers. Set it once: changing it forgets existing links. */
  IDENTITY_SECRET: optionalText,
});

export type Env = z.infer<typeof schema>;

export interface Config extends Env {
  /** Absolute paths, resolved against the working directory. */
  knowledgeDir: string;
  dataDir: string;
  channels: { wechat: boolean; telegram: boolean; feishu: boolean; llm: boolean };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads .env (if present) into process.env without overriding what the environment already says. */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? null)})`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (Boolean(e.FEISHU_APP_ID) !== Boolean(e.FEISHU_APP_SECRET)) {
    problems.push('FEISHU_APP_ID and FEISHU_APP_SECRET go together: set both or neither');
  }
  if (e.TELEGRAM_MODE === 'webhook' && e.TELEGRAM_BOT_TOKEN && (!e.TELEGRAM_WEBHOOK_URL || !e.TELEGRAM_WEBHOOK_SECRET)) {
    problems.push('TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET');
  }
  if (e.FEISHU_MODE === 'webhook' && e.FEISHU_APP_ID && !e.FEISHU_VERIFICATION_TOKEN) {
    problems.push('FEISHU_MODE=webhook needs FEISHU_VERIFICATION_TOKEN (events are checked against it)');
  }
  for (const name of ['REPORT_FEISHU_CHAT', 'QA_FEISHU_CHAT'] as const) {
    if (e[name] && !e.FEISHU_APP_ID) problems.push(`${name} needs FEISHU_APP_ID and FEISHU_APP_SECRET (the app posts to the chat)`);
  }
  for (const name of ['REPORT_TELEGRAM_CHAT', 'QA_TELEGRAM_CHAT'] as const) {
    if (e[name] && !e.TELEGRAM_BOT_TOKEN) problems.push(`${name} needs TELEGRAM_BOT_TOKEN (the bot posts to the chat)`);
  }
  if (e.SHOP_CONNECTOR === 'http' && !e.SHOP_HTTP_URL) problems.push('SHOP_CONNECTOR=http needs SHOP_HTTP_URL (the base URL of the shop system\'s contract)');
  if (e.SHOP_CONNECTOR === 'shopify' && (!e.SHOPIFY_SHOP || !e.SHOPIFY_ACCESS_TOKEN)) problems.push('SHOP_CONNECTOR=shopify needs SHOPIFY_SHOP and SHOPIFY_ACCESS_TOKEN');
  if (problems.length) throw new ConfigError(problems);
  return {
    ...e,
    knowledgeDir: path.resolve(e.KNOWLEDGE_DIR),
    dataDir: path.resolve(e.DATA_DIR),
    channels: {
      wechat: Boolean(e.WECHATY_PUPPET),
      telegram: Boolean(e.TELEGRAM_BOT_TOKEN),
      feishu: Boolean(e.FEISHU_APP_ID),
      llm: Boolean(e.OPENAI_API_KEY),
    },
  };
}
