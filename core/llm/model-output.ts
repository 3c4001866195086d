// Reading the JSON object a prompt asked for out of what a model actually wrote: models wrap it in code
// fences, add a sentence before it, or ignore the format altogether. Not finding it is a `malformed`
// fault, never a crash.
import { LlmFault } from './llm-fault.js';

export function jsonObjectIn(text: string): Record<string, unknown> {
  const unfenced = text.replace(/```(?:json)?/giu, '').trim();
  const start = unfenced.indexOf('{');
  const end = unfenced.lastIndexOf('}');
  if (start >= 0 && end > start) {
    try {
      const value: unknown = JSON.parse(unfenced.slice(start, end + 1));
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // fall through: not JSON after all
    }
  }
  throw new LlmFault('malformed', 'the reply is not the JSON object asked for');
}

/** Strings only, trimmed, empty ones dropped. */
export function stringsIn(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
}
