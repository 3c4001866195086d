// The admins' contract: what each knowledge file may contain. Validated at load so a typo in a YAML
// file becomes an error naming file, entry and field, never a silent wrong answer.
import { z } from 'zod';
import { routingSchema } from '../routing/routing-rules.js';
import type { Kind } from './load.js';

const id = z
  .string()
  .min(1, 'must not be empty')
  .regex(/^[\w.\-:]+$/u, 'may contain letters, digits, _ . - : only');

const text = z.string().trim().min(1, 'must not be empty');

/** A date or date-time, as YAML writes it (2026-11-11 or 2026-11-11T20:00:00+08:00). */
const instant = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `is not a date: ${String(value)}` });
    return z.NEVER;
  }
  return date;
});

/** Channels a piece of knowledge can be specialised for. */
export const channelNames = ['wechat', 'telegram', 'feishu', 'console'] as const;
/**
 * Variants of an answer: per channel, and `en` for customers who write English (a Chinese shop's English
 * answer; it comes first for them, whatever the channel).
 */
const perChannel = z
  .object({ wechat: text, telegram: text, feishu: text, console: text, en: text })
  .partial()
  .strict();

const validity = {
  valid_from: instant.optional(),
  valid_to: instant.optional(),
};

function checkValidity(entry: { valid_from?: Date; valid_to?: Date }, ctx: z.RefinementCtx) {
  if (entry.valid_from && entry.valid_to && entry.valid_from > entry.valid_to) {
    ctx.addIssue({ code: 'custom', path: ['valid_to'], message: 'is before valid_from' });
  }
}

/**
 * An FAQ entry. `{id, questions, answer}` is the minimal form (the evaluation suites use only that);
 * the rest is optional.
 */
export const faqEntry = z
  .object({
    id,
    questions: z.array(text).min(1, 'needs at least one question'),
    answer: text,
    /** Per-channel variants of the answer: WeChat likes it short, with emoji. */
    answers: perChannel.optional(),
    category: z.string().optional(),
    tags: z.array(z.string()).optional(),
    /** Hand the customer to a person after answering (e.g. "I want to cancel a paid order"). */
    escalate: z.boolean().optional(),
    /** Something to do instead of / besides answering: look up an order, hand off. */
    action: z.enum(['order_status', 'order_change', 'handoff', 'product_info']).optional(),
    /** Suggested follow-up questions, shown as quick-reply buttons where the channel has them. */
    suggest: z.array(text).optional(),
    ...validity,
  })
  .strict()
  .superRefine(checkValidity);

export const productVariant = z
  .object({
    sku: id,
    name: text,
    price: z.number().nonnegative().optional(),
    stock: z.number().int().nonnegative(),
  })
  .strict();

export const product = z
  .object({
    id,
    name: text,
    aliases: z.array(text).optional(),
    category: z.string().optional(),
    price: z.number().nonnegative(),
    unit: z.string().optional(),
    specs: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    variants: z.array(productVariant).optional(),
    stock: z.number().int().nonnegative().optional(),
    description: z.string().optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict();

export const promotion = z
  .object({
    id,
    title: text,
    /** Questions customers ask about it; matched like FAQ questions while the promotion is on. */
    questions: z.array(text).optional(),
    answer: text,
    answers: perChannel.optional(),
    valid_from: instant,
    valid_to: instant,
    channels: z.array(z.enum(channelNames)).optional(),
    products: z.array(id).optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict()
  .superRefine(checkValidity);

/** What to do when a customer complains about a kind of problem. */
export const playbook = z
  .object({
    id,
    title: text,
    /** Words or phrases that identify this kind of complaint. */
    triggers: z.array(text).min(1),
    /** What the bot says first (apology, what happens next). */
    reply: text,
    /** Internal steps for the agent, shown on the handoff card. */
    steps: z.array(text).optional(),
    /** Suggested replies for the agent. */
    suggested_replies: z.array(text).optional(),
    escalate: z.boolean().default(true),
    group: id.optional(),
    /** Raises the ticket's priority above what routing decided; never lowers it. */
    priority: z.enum(['low', 'normal', 'high', 'urgent']).optional(),
  })
  .strict();

/** Words that mean the same to a customer: the first is canonical. Admins extend the built-in ones. */
export const lexicon = z
  .object({
    synonyms: z.array(z.array(text).min(2, 'a synonym group needs at least two words')).default([]),
    /** Common misspellings: wrong → right (e.g. 退贷 → 退货). */
    typos: z.record(z.string(), text).default({}),
    /** Words that carry no meaning for matching (嗯, 亲, 请问). */
    stopwords: z.array(text).default([]),
  })
  .strict();

export const shop = z
  .object({
    name: text,
    greeting: text.optional(),
    /** Said when nothing in the knowledge fits. */
    fallback: text.optional(),
    /** Said when a person takes over. */
    handoff: text.optional(),
    /** Said when a turn fails. */
    apology: text.optional(),
    timezone: z.string().default('Asia/Shanghai'),
    business_hours: z
      .object({
        days: z.array(z.number().int().min(0).max(6)).default([0, 1, 2, 3, 4, 5, 6]),
        open: z.string().regex(/^\d\d:\d\d$/u, 'must look like 09:00'),
        close: z.string().regex(/^\d\d:\d\d$/u, 'must look like 22:00'),
      })
      .strict()
      .optional(),
  })
  .strict();

/** What each kind of knowledge file holds. */
export const fileSchemas: Record<Kind, z.ZodType> = {
  faq: z.array(faqEntry),
  products: z.array(product),
  promotions: z.array(promotion),
  playbooks: z.array(playbook),
  lexicon,
  shop,
  // Validated at load, not only when routing runs: a typo in a group id is an error with its line,
  // never a silent fall back to the default group.
  routing: routingSchema.optional(),
  forbidden: z.array(z.string().trim().min(1)),
};

export type FaqEntry = z.infer<typeof faqEntry>;
export type Product = z.infer<typeof product>;
export type ProductVariant = z.infer<typeof productVariant>;
export type Promotion = z.infer<typeof promotion>;
export type Playbook = z.infer<typeof playbook>;
export type Lexicon = z.infer<typeof lexicon>;
export type Shop = z.infer<typeof shop>;
