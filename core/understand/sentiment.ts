// A rough mood for the handoff card and routing: -1 (angry) .. 1 (happy). Negative evidence comes
// from the escalation cues (their summed weight); positive from words of thanks and praise.

const POSITIVE = [
  /谢谢|感谢|多谢|辛苦(了|啦)|好评|满意|不错|很好|挺好|太好了|好用|喜欢|赞|棒|给力|靠谱|贴心|耐心/gu,
  /\b(thanks|thank you|great|awesome|perfect|love|excellent|amazing|helpful|appreciate|wonderful|good job)\b/gu,
];

/** Sentiment from the negative cue weight (see signals.ts) and positive words in normalised text. */
export function sentimentOf(text: string, negativity: number): number {
  let positive = 0;
  for (const re of POSITIVE) positive += text.match(re)?.length ?? 0;
  const raw = 0.5 * positive - 0.8 * negativity;
  return Math.round(Math.tanh(raw) * 100) / 100;
}
