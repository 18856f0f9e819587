import { describe, expect, it } from 'vitest';
import { diff } from '../src/diff.js';

const source = { lang: 'id', text: 'Koalisi pimpinan Negeri Paman Sam akan ditarik. "Kami siap," kata PM Sudani di Baghdad.' };
const before = 'The coalition led by Uncle Sam\'s country will be withdrawn. "We are ready," Sudani\'s PM said in Baghdad.';

describe('diff()', () => {
  it('sorts issues into resolved, introduced and kept, and gives the word diff', () => {
    const after = 'Baghdad news. The coalition led by the United States will be withdrawn. "We are ready," Sudani\'s PM said in Baghdad on Friday (12/1).';
    const d = diff({ lang: 'en', before, after, source });
    expect(d.resolved.map((i) => before.slice(i.start, i.end))).toEqual(["Uncle Sam's country"]);
    expect(d.kept.map((i) => after.slice(i.start, i.end))).toEqual(["Sudani's PM"]);
    expect(d.introduced.map((i) => after.slice(i.start, i.end))).toEqual(['(12/1)']);
    expect(d.changes.filter((c) => c.removed).map((c) => c.value).join('')).toContain('Uncle');
    expect(d.changes.filter((c) => !c.added).map((c) => c.value).join('')).toBe(before);
    expect(d.changes.filter((c) => !c.removed).map((c) => c.value).join('')).toBe(after);
  });

  it('an unchanged text keeps every issue and resolves none', () => {
    const d = diff({ lang: 'en', before, after: before, source });
    expect([d.resolved.length, d.introduced.length, d.kept.length]).toEqual([0, 0, 2]);
    expect(d.score.before).toBe(d.score.after);
  });
});
