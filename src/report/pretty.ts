import type { ArticleInput, ArticleReport, Issue, Severity } from '../types.js';
import { segment } from '../prepare/segment.js';

export interface PrettyOptions {
  /** ANSI colours; the CLI turns them on for a terminal without NO_COLOR. */
  color?: boolean;
}

export interface PrettyItem {
  /** What the user called it: a file name, or the article id. */
  name: string;
  input: ArticleInput;
  report: ArticleReport;
}

const ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32, magenta: 35 } as const;
type Paint = (style: keyof typeof ANSI, s: string) => string;
const SEVERITY_STYLE: Record<Severity, keyof typeof ANSI> = { critical: 'red', major: 'yellow', minor: 'cyan' };
const SEVERITIES: Severity[] = ['critical', 'major', 'minor'];

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}

/** The sentence around an issue, cut to about 100 columns around the flagged words, with a caret line. */
function excerpt(text: string, issue: Issue, sentences: { start: number; end: number }[], paint: Paint): string[] {
  const s = sentences.find((x) => x.start <= issue.start && issue.start < x.end) ?? { start: issue.start, end: issue.end };
  let from = s.start;
  let to = Math.max(s.end, issue.end);
  const room = 100;
  if (to - from > room) {
    from = Math.max(from, issue.start - 40);
    to = Math.min(to, Math.max(issue.end + 40, from + room));
  }
  const oneLine = (t: string) => t.replace(/\s/g, ' ');
  const lead = (from > s.start ? '…' : '') + oneLine(text.slice(from, issue.start));
  const marked = oneLine(text.slice(issue.start, Math.min(issue.end, to)));
  const trail = oneLine(text.slice(Math.min(issue.end, to), to)) + (to < s.end ? '…' : '');
  return [
    `      ${lead}${paint('bold', marked)}${trail}`,
    `      ${' '.repeat(displayWidth(lead))}${paint(SEVERITY_STYLE[issue.severity], '^'.repeat(Math.max(1, displayWidth(marked))))}`,
  ];
}

/** The human report: per article and version, each issue with its sentence, source words and suggestion. */
export function formatPretty(items: readonly PrettyItem[], options: PrettyOptions = {}): string {
  const paint: Paint = options.color ? (style, s) => `\u001b[${ANSI[style]}m${s}\u001b[0m` : (_style, s) => s;
  const out: string[] = [];
  const counts: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  let versions = 0;
  for (const { name, input, report } of items) {
    const source = input.source?.text;
    for (const issue of report.source?.issues ?? []) {
      counts[issue.severity]++;
      out.push(`${paint('bold', name)} ${paint('dim', '·')} source`, `  ${paint(SEVERITY_STYLE[issue.severity], issue.severity)}  ${issue.ruleId}  ${issue.message}`, '');
    }
    report.versions.forEach((v, vi) => {
      versions++;
      const text = input.versions[vi]!.text;
      const sentences = segment(text).sentences;
      const detected = v.detectedLang !== v.lang ? `, reads as ${v.detectedLang}` : '';
      const issueWord = v.issues.length === 1 ? 'issue' : 'issues';
      out.push(`${paint('bold', name)} ${paint('dim', '·')} ${v.lang}${detected} ${paint('dim', '·')} ${v.issues.length} ${issueWord} ${paint('dim', '·')} quality ${v.score.quality}`);
      for (const note of v.notes) out.push(`  ${paint('dim', 'note: ' + note)}`);
      for (const issue of v.issues) {
        counts[issue.severity]++;
        out.push(`  ${paint('dim', lineCol(text, issue.start).padEnd(7))} ${paint(SEVERITY_STYLE[issue.severity], issue.severity.padEnd(8))} ${paint('magenta', issue.ruleId)}  ${issue.message}`);
        out.push(...excerpt(text, issue, sentences, paint));
        if (issue.source && source !== undefined) out.push(`      ${paint('dim', 'source:')} ${source.slice(issue.source.start, issue.source.end)}`);
        if (issue.suggestions.length) out.push(`      ${paint('dim', 'suggestion:')} ${paint('green', issue.suggestions.join(paint('dim', ' | ')))}`);
      }
      out.push('');
    });
  }
  const total = counts.critical + counts.major + counts.minor;
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => paint(SEVERITY_STYLE[s], `${counts[s]} ${s}`));
  const articles = `${items.length} ${items.length === 1 ? 'article' : 'articles'}, ${versions} ${versions === 1 ? 'version' : 'versions'}`;
  const qualities = items.flatMap((i) => i.report.versions.map((v) => v.score.quality));
  const lowest = qualities.length ? `; ${qualities.length === 1 ? 'quality' : 'lowest quality'} ${Math.min(...qualities)}` : '';
  out.push((total === 0 ? `${articles}: no issues` : `${articles}: ${total} ${total === 1 ? 'issue' : 'issues'} (${parts.join(', ')})`) + lowest);
  return out.join('\n') + '\n';
}
