import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, parseBaseline } from '../src/baseline.js';
import { check } from '../src/check.js';
import { CalqueInputError } from '../src/errors.js';

const source = 'Koalisi pimpinan Negeri Paman Sam akan ditarik.\n\n"Kami siap," kata PM Sudani di Baghdad.';
const english = "The coalition led by Uncle Sam's country will be withdrawn.\n\n\"We are ready,\" Sudani's PM said in Baghdad.";
const input = { id: 'coalition', source: { lang: 'id', text: source }, versions: [{ lang: 'en', text: english }] };
const ruleIds = (r: ReturnType<typeof check>) => r.versions[0]!.issues.map((i) => i.ruleId);

describe('baseline', () => {
  const report = check(input);
  const epithetOnly = { ...report, versions: [{ ...report.versions[0]!, issues: report.versions[0]!.issues.filter((i) => i.ruleId === 'calque/epithet') }] };
  const baseline = createBaseline([{ name: 'coalition.json', input, report: epithetOnly }]);

  it('records an issue by rule, words, source words, article and language', () => {
    expect(baseline.dismissed).toEqual([
      { signature: expect.stringMatching(/^[0-9a-f]{16}$/), article: 'coalition', lang: 'en', ruleId: 'calque/epithet', words: "Uncle Sam's country", source: 'Negeri Paman Sam' },
    ]);
  });

  it('leaves dismissed issues out, keeps the others, and says how many', () => {
    const { report: after, dismissed } = applyBaseline(report, input, 'coalition.json', baseline);
    expect(dismissed).toBe(1);
    expect(ruleIds(after)).toEqual(['calque/title']);
    expect(after.versions[0]!.notes).toContain('1 issue dismissed by the baseline.');
  });

  it('survives edits elsewhere in the article', () => {
    const edited = {
      ...input,
      source: { lang: 'id', text: `Berita terkini. ${source} Pasukan akan pulang.` },
      versions: [{ lang: 'en', text: `Breaking news. ${english.replace('Sudani\'s PM', 'Prime Minister Sudani')} Troops will go home.` }],
    };
    const { report: after, dismissed } = applyBaseline(check(edited), edited, 'coalition.json', baseline);
    expect(dismissed).toBe(1);
    expect(ruleIds(after)).not.toContain('calque/epithet');
  });

  it('does not dismiss the same words in another article or language', () => {
    const other = { ...input, id: 'other' };
    expect(applyBaseline(check(other), other, 'other.json', baseline).dismissed).toBe(0);
  });

  it('merges with a previous baseline without duplicates', () => {
    const again = createBaseline([{ name: 'coalition.json', input, report }], baseline);
    expect(again.dismissed.map((e) => e.ruleId)).toEqual(['calque/epithet', 'calque/title']);
  });

  it('rejects a malformed baseline file, naming the field', () => {
    expect(() => parseBaseline({ version: 2, dismissed: [] })).toThrow(CalqueInputError);
    expect(() => parseBaseline({ version: 1, dismissed: [{ signature: 'xyz' }] })).toThrow(/dismissed\[0\]\.signature/);
    expect(parseBaseline(JSON.parse(JSON.stringify(baseline)))).toEqual(baseline);
  });
});
