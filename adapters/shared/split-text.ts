// Chat platforms cap a message's length (Telegram 4096 characters) or make long ones unreadable
// (WeChat bubbles past ~600 characters). A long reply is cut into parts at the last sentence end
// before the limit, else at a clause or a space, and only as a last resort mid-word. Lengths count
// code points, so an emoji is never cut in half.

const SENTENCE_END = /[。！？!?…\n]/u;
const CLAUSE_END = /[；;，,、：:）)」』】\s]/u;

export function splitText(text: string, max: number): string[] {
  if (max < 1) throw new RangeError('max must be at least 1');
  const parts: string[] = [];
  let rest = [...text.trim()];
  while (rest.length > max) {
    const cut = cutAt(rest, max);
    const part = rest.slice(0, cut).join('').trim();
    if (part) parts.push(part);
    rest = rest.slice(cut);
    while (rest.length && /\s/u.test(rest[0]!)) rest.shift();
  }
  const last = rest.join('').trim();
  if (last || parts.length === 0) parts.push(last);
  return parts;
}

/** Where to end the next part: just after the last sentence end, else clause end, within the limit. */
function cutAt(chars: string[], max: number): number {
  // Do not make tiny parts: a boundary in the first third is not worth it.
  const floor = Math.floor(max / 3);
  for (const boundary of [SENTENCE_END, CLAUSE_END]) {
    for (let i = max - 1; i >= floor; i--) {
      if (boundary.test(chars[i]!)) return closingRun(chars, i + 1, max);
    }
  }
  return max;
}

/** Keeps closing quotes and brackets that follow a sentence end with it ("好的。」" stays together). */
function closingRun(chars: string[], at: number, max: number): number {
  let end = at;
  while (end < max && /[”’"'」』）)】]/u.test(chars[end] ?? '')) end++;
  return end;
}
