import { diff } from '../../diff.js';
import { formatWordDiff } from '../../report/word-diff.js';
import type { Issue } from '../../types.js';
import { parse, UsageError } from '../args.js';
import { DEFAULT_CONFIG, loadConfig } from '../config.js';
import { inputErrorLine, readText, rethrow } from '../files.js';
import type { Io } from '../io.js';

export const DIFF_HELP = `Usage: calque diff OLD.txt NEW.txt --lang LANG [--source SOURCE.txt] [--format pretty|json]

Compares two revisions of a version (a post-editor's work): prints a word diff of what
changed ([-old-]{+new+}), then the issues the revision resolved, introduced and kept,
and the quality score before and after. Issues are matched by rule, flagged words and
source words, so an issue kept in a moved sentence counts as kept.

Options:
  --lang LANG      the version's language (en, fr, zh, ja, ar, …)
  --source FILE    the Indonesian source, for source-aware checks
  --format FORMAT  pretty (default) or json
  --config FILE    a calque.config.json (default: ./calque.config.json when it exists)
  -h, --help       this help

Exit codes: 0 the revision introduced no issue; 1 it introduced some; 2 bad input or usage.`;

export function runDiff(argv: string[], io: Io): number {
  const { values, positionals } = parse(argv, {
    lang: { type: 'string' },
    source: { type: 'string' },
    format: { type: 'string', default: 'pretty' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(DIFF_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('diff takes two files: the old and the new revision');
  if (values.lang === undefined) throw new UsageError('diff needs --lang, the language of the two revisions');
  if (values.format !== 'pretty' && values.format !== 'json') throw new UsageError(`--format must be pretty or json, got "${values.format}"`);
  const [oldFile, newFile] = positionals as [string, string];
  let current = oldFile;
  try {
    current = values.config ?? DEFAULT_CONFIG;
    const { options } = loadConfig(values.config);
    current = oldFile;
    const before = readText(oldFile);
    current = newFile;
    const after = readText(newFile);
    current = values.source ?? newFile;
    const source = values.source !== undefined ? { lang: 'id', text: readText(values.source) } : undefined;
    current = newFile;
    const result = diff({ lang: values.lang, before, after, ...(source ? { source } : {}) }, options);
    if (values.format === 'json') {
      io.out(JSON.stringify(result, null, 2) + '\n');
    } else {
      const line = (i: Issue, text: string) => `  ${i.severity.padEnd(8)} ${i.ruleId.padEnd(24)} "${text.slice(i.start, i.end)}"${i.suggestions[0] ? ` → ${i.suggestions[0]}` : ''}`;
      const out = [formatWordDiff(before, after, { color: io.color }), ''];
      out.push(`resolved (${result.resolved.length}):`, ...result.resolved.map((i) => line(i, before)));
      out.push(`introduced (${result.introduced.length}):`, ...result.introduced.map((i) => line(i, after)));
      out.push(`kept (${result.kept.length}):`, ...result.kept.map((i) => line(i, after)));
      out.push(`quality ${result.score.before.toFixed(1)} → ${result.score.after.toFixed(1)}`);
      io.out(out.join('\n') + '\n');
    }
    return result.introduced.length > 0 ? 1 : 0;
  } catch (e) {
    io.err(`calque: ${inputErrorLine(e, current) ?? rethrow(e)}\n`);
    return 2;
  }
}
