import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { fix } from '../src/fix.js';
import type { Issue } from '../src/types.js';

const issue = (start: number, end: number, suggestion: string | undefined, severity: Issue['severity'] = 'major', confidence = 0.9): Issue => ({
  ruleId: 'test/rule', category: 'fluency', severity, start, end, message: '', suggestions: suggestion === undefined ? [] : [suggestion], confidence,
});

describe('fix()', () => {
  it('applies the best suggestion of each issue and leaves the rest of the text alone', () => {
    const text = 'led by Uncle Sam\'s country, said Sudani\'s PM.';
    const r = fix(text, [issue(7, 26, 'the United States'), issue(33, 44, 'PM Sudani')]);
    expect(r.text).toBe('led by the United States, said PM Sudani.');
    expect(r.edits.map((e) => [e.before, e.after])).toEqual([["Uncle Sam's country", 'the United States'], ["Sudani's PM", 'PM Sudani']]);
  });

  it('never applies two overlapping edits: the more severe, then the surer, wins', () => {
    const text = 'abcdefghij';
    const r = fix(text, [issue(0, 5, 'X', 'minor'), issue(3, 8, 'Y', 'critical'), issue(7, 9, 'Z', 'major', 0.5)]);
    expect(r.text).toBe('abcYij');
    expect(r.skipped.map((i) => i.suggestions[0])).toEqual(['Z', 'X']);
  });

  it('skips issues without suggestions or with bad offsets', () => {
    expect(fix('abc', [issue(0, 1, undefined), issue(2, 9, 'Q')]).text).toBe('abc');
  });

  it('is idempotent on a real article: fixing a fixed text changes nothing', () => {
    const article = {
      source: { lang: 'id', text: 'Koalisi pimpinan Negeri Paman Sam akan ditarik.\n\n"Kami siap," kata PM Sudani di Baghdad.' },
      versions: [{ lang: 'en', text: 'The coalition led by Uncle Sam\'s country will be withdrawn.\n\n"We are ready," Sudani\'s PM said in Baghdad.' }],
    };
    const once = fix(article.versions[0]!.text, check(article).versions[0]!.issues);
    expect(once.text).toBe('The coalition led by the United States will be withdrawn.\n\n"We are ready," PM Sudani said in Baghdad.');
    const again = fix(once.text, check({ ...article, versions: [{ lang: 'en', text: once.text }] }).versions[0]!.issues);
    expect(again.text).toBe(once.text);
    expect(again.edits).toEqual([]);
  });
});
