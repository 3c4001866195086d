// knowledge/routing.yaml: the agents' groups, their hours, and which escalations go where.
// First matching rule wins; no rule → the default group.
import { z } from 'zod';
import type { Understanding } from '../understand/types.js';

const hhmm = z.string().regex(/^\d\d:\d\d$/u, 'must look like 09:00');

export const hoursSchema = z
  .object({
    days: z.array(z.number().int().min(0).max(6)).default([0, 1, 2, 3, 4, 5, 6]),
    open: hhmm,
    close: hhmm,
  })
  .strict();

const priority = z.enum(['low', 'normal', 'high', 'urgent']);

export const routingSchema = z
  .object({
    default_group: z.string().min(1),
    groups: z
      .array(
        z
          .object({
            id: z.string().min(1),
            name: z.string().optional(),
            hours: hoursSchema.optional(),
            /** Feishu chat id of the group; FEISHU_GROUPS in the environment overrides it. */
            feishu_chat_id: z.string().optional(),
            /** A new Feishu group per ticket (on-duty agents added) instead of a thread under the card. */
            feishu_ticket_chat: z.boolean().optional(),
            /** Open ids of the agents added to a per-ticket group; default: the members of the group's chat. */
            feishu_on_duty: z.array(z.string()).optional(),
          })
          .strict(),
      )
      .min(1),
    rules: z
      .array(
        z
          .object({
            name: z.string().optional(),
            when: z
              .object({
                signals: z.array(z.string()).optional(),
                tags: z.array(z.string()).optional(),
                entries: z.array(z.string()).optional(),
                vip_level_at_least: z.number().int().optional(),
                channels: z.array(z.string()).optional(),
              })
              .strict(),
            group: z.string().min(1),
            priority: priority.optional(),
          })
          .strict(),
      )
      .default([]),
    timeouts: z
      .object({ claim_minutes: z.number().positive().default(5), reply_minutes: z.number().positive().default(10) })
      .strict()
      .default({ claim_minutes: 5, reply_minutes: 10 }),
  })
  .strict()
  .superRefine((routing, ctx) => {
    const ids = new Set(routing.groups.map((g) => g.id));
    if (!ids.has(routing.default_group)) ctx.addIssue({ code: 'custom', path: ['default_group'], message: `unknown group ${routing.default_group}` });
    routing.rules.forEach((rule, i) => {
      if (!ids.has(rule.group)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'group'], message: `unknown group ${rule.group}` });
    });
  });

export type Routing = z.infer<typeof routingSchema>;
export type Hours = z.infer<typeof hoursSchema>;

export const defaultRouting: Routing = {
  default_group: 'agents',
  groups: [{ id: 'agents', name: '客服组' }],
  rules: [],
  timeouts: { claim_minutes: 5, reply_minutes: 10 },
};

export interface RouteFacts {
  understanding?: Understanding;
  /** Tags of the entry the turn matched. */
  tags: string[];
  channel: string;
  vipLevel?: number;
}

export interface RouteResult {
  group: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  rule?: string;
}

export function routeEscalation(routing: Routing, facts: RouteFacts): RouteResult {
  const signals = new Set(facts.understanding?.signals.map((s) => s.kind) ?? []);
  const entry = facts.understanding?.answer?.id;
  for (const rule of routing.rules) {
    const w = rule.when;
    if (w.signals && !w.signals.some((s) => signals.has(s as never))) continue;
    if (w.tags && !w.tags.some((t) => facts.tags.includes(t))) continue;
    if (w.entries && (!entry || !w.entries.includes(entry))) continue;
    if (w.vip_level_at_least !== undefined && (facts.vipLevel ?? 0) < w.vip_level_at_least) continue;
    if (w.channels && !w.channels.includes(facts.channel)) continue;
    return { group: rule.group, priority: rule.priority ?? 'normal', rule: rule.name };
  }
  return { group: routing.default_group, priority: 'normal' };
}
