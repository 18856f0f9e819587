import type { Issue, Score, Severity } from './types.js';

/** MQM-style penalty weights per severity. */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { minor: 1, major: 5, critical: 25 };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words in a text: letter or digit runs outside CJK, plus one word per two Han or kana characters. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(/\p{L}+|\p{N}+/gu)?.length ?? 0;
  return rest + cjk / 2;
}

/**
 * MQM's overall quality score: penalty = Σ weight(severity) over the issues;
 * quality = max(0, 100 × (1 − penalty / words)); per1000 = penalty × 1000 / words.
 * Words are the source's when there is one, so the versions of one article are scored
 * on the same scale.
 */
export function scoreIssues(issues: readonly Issue[], words: number): Score {
  const penalty = issues.reduce((sum, i) => sum + SEVERITY_WEIGHTS[i.severity], 0);
  const per1000 = words > 0 ? (penalty * 1000) / words : penalty > 0 ? Infinity : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { words, penalty, per1000: Number.isFinite(per1000) ? round(per1000) : 1000, quality: words > 0 ? round(Math.max(0, 100 * (1 - penalty / words))) : penalty > 0 ? 0 : 100 };
}

/** The penalty of each sentence that has issues, by the sentence an issue starts in. */
export function sentencePenalties(issues: readonly Issue[], sentenceOf: (offset: number) => number): { sentence: number; penalty: number }[] {
  const by = new Map<number, number>();
  for (const i of issues) {
    const k = sentenceOf(i.start);
    by.set(k, (by.get(k) ?? 0) + SEVERITY_WEIGHTS[i.severity]);
  }
  return [...by].sort((a, b) => a[0] - b[0]).map(([sentence, penalty]) => ({ sentence, penalty }));
}
