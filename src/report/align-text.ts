import type { ArticleAlignment } from '../align/index.js';

/** Reads an alignment for a terminal: one block per pair, the Indonesian above its rendering. */
export function formatAlignment(name: string, alignment: ArticleAlignment, options: { color?: boolean } = {}): string {
  const dim = (s: string) => (options.color ? `\u001b[2m${s}\u001b[0m` : s);
  const warn = (s: string) => (options.color ? `\u001b[33m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const v of alignment.versions) {
    const shapes = new Map<string, number>();
    for (const p of v.pairs) shapes.set(p.kind, (shapes.get(p.kind) ?? 0) + 1);
    const summary = [...shapes].map(([k, n]) => `${k} ×${n}`).join(', ');
    lines.push(`${name} · id → ${v.lang} · ${v.pairs.length} pairs (${summary}) · ${Math.round(v.oneToOneShare * 100)}% one to one`, '');
    v.pairs.forEach((p, k) => {
      const note = p.kind.startsWith('0-') ? '  only in the version' : p.kind.endsWith('-0') ? '  missing from the version' : '';
      const head = `[${k + 1}] ${p.kind}  ${p.confidence.toFixed(2)}${note}`;
      lines.push(note || p.confidence < 0.5 ? warn(head) : head);
      lines.push(`  id  ${flat(p.source.text) || dim('—')}`);
      lines.push(`  ${v.lang.padEnd(2)}  ${flat(p.version.text) || dim('—')}`, '');
    });
  }
  return lines.join('\n').trimEnd();
}

const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
