// The daily report's chart as SVG: conversations per hour as bars (the part the bot resolved darker),
// the bot's resolution rate as a line on a 0–100 % axis, and last week's volume as a dashed line for
// comparison. Labels are ASCII and digits only, so the PNG renders the same with the one font we ship
// (chart-png.ts) on any server, with or without CJK fonts.

export interface HourlyChartInput {
  day: string;
  /** Conversations started in each hour, 24 values. */
  conversations: number[];
  /** Of those, resolved by the bot. */
  botResolved: number[];
  /** Another day's conversations per hour, drawn as a dashed line. */
  compare?: { label: string; conversations: number[] };
  /** One line under the title (ASCII). */
  subtitle?: string;
}

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 520;

const COLORS = { bars: '#9DBCF5', resolvedBars: '#3D76DD', line: '#F08C2E', compare: '#8A8F99', grid: '#E6E8EC', text: '#2B2F36', muted: '#6B7280' };
const PLOT = { left: 70, right: 930, top: 110, bottom: 450 };

/** Keeps only printable ASCII: the embedded font has no CJK glyphs. */
const ascii = (s: string) => s.replace(/[^\x20-\x7E]/gu, '?');
const escapeXml = (s: string) => ascii(s).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1));

/** A round axis maximum and step giving about five grid lines (1, 2, 5 × 10^k). */
export function niceScale(max: number): { max: number; step: number } {
  if (max <= 0) return { max: 5, step: 1 };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const stepInt = Math.max(1, step);
  return { max: Math.ceil(max / stepInt) * stepInt, step: stepInt };
}

/** Hours with fewer conversations than this get no rate point: at least 3, or 1 % of the day. */
export function rateMinVolume(volume: number[]): number {
  return Math.max(3, Math.ceil(volume.reduce((a, b) => a + b, 0) * 0.01));
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escapeXml(content)}</text>`;
}

export function hourlyChartSvg(input: HourlyChartInput): string {
  const hours = 24;
  const volume = Array.from({ length: hours }, (_, h) => input.conversations[h] ?? 0);
  const resolved = Array.from({ length: hours }, (_, h) => Math.min(volume[h]!, input.botResolved[h] ?? 0));
  const compare = input.compare ? Array.from({ length: hours }, (_, h) => input.compare!.conversations[h] ?? 0) : undefined;
  const { max, step } = niceScale(Math.max(...volume, ...(compare ?? [0])));
  const plotW = PLOT.right - PLOT.left;
  const plotH = PLOT.bottom - PLOT.top;
  const slot = plotW / hours;
  const barW = slot * 0.68;
  const y = (v: number) => PLOT.bottom - (v / max) * plotH;
  const yRate = (r: number) => PLOT.bottom - r * plotH;
  const cx = (h: number) => PLOT.left + slot * h + slot / 2;
  const parts: string[] = [];

  parts.push(`<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#FFFFFF"/>`);
  parts.push(text(PLOT.left, 40, `Conversations per hour and bot resolution - ${input.day}`, `font-size="22" font-weight="bold" fill="${COLORS.text}"`));
  if (input.subtitle) parts.push(text(PLOT.left, 68, input.subtitle, `font-size="15" fill="${COLORS.muted}"`));

  // Grid and the left axis (conversations).
  for (let v = 0; v <= max; v += step) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    parts.push(text(PLOT.left - 10, y(v) + 5, fmt(v), `font-size="13" fill="${COLORS.muted}" text-anchor="end"`));
  }
  // The right axis (resolution rate).
  for (let r = 0; r <= 1.0001; r += 0.25) {
    parts.push(text(PLOT.right + 10, yRate(r) + 5, `${Math.round(r * 100)}%`, `font-size="13" fill="${COLORS.line}"`));
  }
  // Bars: all conversations, the bot-resolved part darker.
  for (let h = 0; h < hours; h++) {
    const x = cx(h) - barW / 2;
    if (volume[h]! > 0) {
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(volume[h]!).toFixed(1)}" width="${barW.toFixed(1)}" height="${(PLOT.bottom - y(volume[h]!)).toFixed(1)}" fill="${COLORS.bars}" rx="2"/>`);
    }
    if (resolved[h]! > 0) {
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(resolved[h]!).toFixed(1)}" width="${barW.toFixed(1)}" height="${(PLOT.bottom - y(resolved[h]!)).toFixed(1)}" fill="${COLORS.resolvedBars}" rx="2"/>`);
    }
    if (h % 2 === 0) parts.push(text(cx(h), PLOT.bottom + 22, String(h).padStart(2, '0'), `font-size="13" fill="${COLORS.muted}" text-anchor="middle"`));
  }
  parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${COLORS.muted}" stroke-width="1"/>`);
  parts.push(text((PLOT.left + PLOT.right) / 2, PLOT.bottom + 46, 'hour of day (UTC+8)', `font-size="13" fill="${COLORS.muted}" text-anchor="middle"`));

  // Comparison day's volume: a dashed line through the bar centres.
  if (compare && compare.some((v) => v > 0)) {
    const points = compare.map((v, h) => `${cx(h).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${COLORS.compare}" stroke-width="2" stroke-dasharray="6 5"/>`);
  }
  // Resolution rate: a line over the hours with enough conversations for a rate to mean something (one
  // conversation at 3 a.m. is 0 % or 100 %), a dot on each.
  const minVolume = rateMinVolume(volume);
  const segments: string[][] = [];
  let current: string[] = [];
  for (let h = 0; h < hours; h++) {
    if (volume[h]! >= minVolume) current.push(`${cx(h).toFixed(1)},${yRate(resolved[h]! / volume[h]!).toFixed(1)}`);
    else if (current.length) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length) segments.push(current);
  for (const seg of segments) {
    if (seg.length > 1) parts.push(`<polyline points="${seg.join(' ')}" fill="none" stroke="${COLORS.line}" stroke-width="3" stroke-linejoin="round"/>`);
    for (const p of seg) {
      const [px, py] = p.split(',');
      parts.push(`<circle cx="${px}" cy="${py}" r="4" fill="#FFFFFF" stroke="${COLORS.line}" stroke-width="2.5"/>`);
    }
  }

  // Legend.
  const legend: [string, string][] = [
    ['conversations', `<rect x="0" y="-11" width="14" height="14" fill="${COLORS.bars}" rx="2"/>`],
    ['resolved by bot', `<rect x="0" y="-11" width="14" height="14" fill="${COLORS.resolvedBars}" rx="2"/>`],
    ['bot resolution %', `<line x1="0" x2="16" y1="-4" y2="-4" stroke="${COLORS.line}" stroke-width="3"/>`],
  ];
  if (compare) legend.push([input.compare!.label, `<line x1="0" x2="16" y1="-4" y2="-4" stroke="${COLORS.compare}" stroke-width="2" stroke-dasharray="5 3"/>`]);
  let lx = PLOT.left;
  for (const [label, mark] of legend) {
    parts.push(`<g transform="translate(${lx},${PLOT.top - 16})">${mark}${text(22, 0, label, `font-size="14" fill="${COLORS.text}"`)}</g>`);
    lx += 40 + ascii(label).length * 8;
  }

  parts.push(text(PLOT.right, PLOT.bottom + 46, `rate shown for hours with ${minVolume}+ conversations`, `font-size="12" fill="${COLORS.muted}" text-anchor="end"`));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="DejaVu Sans">${parts.join('')}</svg>`;
}
