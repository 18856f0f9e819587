import { describe, expect, it } from 'vitest';
import { CalqueInputError, check, countWords, scoreIssues } from '../src/index.js';
import type { Issue } from '../src/index.js';

const article = {
  id: 'a1',
  source: { lang: 'id', text: 'Koalisi pimpinan Negeri Paman Sam akan ditarik dari Irak tahun depan.\n\n"Kami siap," kata PM Sudani kepada wartawan di Baghdad.' },
  versions: [
    { lang: 'en', text: 'The coalition led by Uncle Sam\'s country will be withdrawn from Iraq next year.\n\n"We are ready," Sudani\'s PM told reporters in Baghdad.' },
    { lang: 'fr', text: 'La coalition dirigée par les États-Unis sera retirée d\'Irak l\'année prochaine.\n\n« Nous sommes prêts », a déclaré le Premier ministre Soudani aux journalistes à Bagdad.' },
  ],
};

describe('check()', () => {
  it('returns one report per version, in input order, with offsets into each text', () => {
    const report = check(article);
    expect(report.id).toBe('a1');
    expect(report.versions.map((v) => v.lang)).toEqual(['en', 'fr']);
    expect(report.versions.map((v) => v.detectedLang)).toEqual(['en', 'fr']);
    const en = report.versions[0]!;
    expect(en.issues.map((i) => article.versions[0]!.text.slice(i.start, i.end))).toEqual(["Uncle Sam's country", "Sudani's PM"]);
    for (const i of en.issues) {
      expect(article.source.text.slice(i.source!.start, i.source!.end)).toMatch(/^(Negeri Paman Sam|PM Sudani)$/);
      expect(i.confidence).toBeGreaterThan(0);
      expect(i.confidence).toBeLessThanOrEqual(1);
    }
    expect(report.versions[1]!.issues).toEqual([]);
    expect(report.source?.issues).toEqual([]);
    expect(report.source?.detectedLang).toBe('id');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(check(article))).toBe(JSON.stringify(check(article)));
  });

  it('turns rules off by id and drops issues below minConfidence', () => {
    const noEpithet = check(article, { rules: { 'calque/epithet': false } });
    expect(noEpithet.versions[0]!.issues.map((i) => i.ruleId)).toEqual(['calque/title']);
    const { source: _s, ...noSource } = article;
    expect(check(noSource, { minConfidence: 0.8 }).versions[0]!.issues).toEqual([]);
    expect(check(noSource).versions[0]!.issues).toHaveLength(2);
  });

  it('without a source, says that source-aware checks were skipped', () => {
    const { source: _s, ...noSource } = article;
    const report = check(noSource);
    expect(report.source).toBeUndefined();
    expect(report.versions[0]!.notes.join(' ')).toMatch(/source-aware checks were skipped/);
    expect(report.versions[0]!.issues.every((i) => i.source === undefined && i.confidence < 0.9)).toBe(true);
  });

  it('flags a version in another language than declared', () => {
    const report = check({ versions: [{ lang: 'ja', text: '日本政府观光局计划明年在泗水开设新的办事处，以吸引更多来自东爪哇的游客。' }] });
    expect(report.versions[0]!.detectedLang).toBe('zh');
    expect(report.versions[0]!.issues.map((i) => [i.ruleId, i.category, i.severity])).toEqual([['language/wrong', 'wrong-language', 'critical']]);
  });

  it('flags a paragraph left in Indonesian as untranslated', () => {
    const text = 'The victims were taken to the regional hospital on Monday night, police said.\n\nKeluarga berencana memakamkan jenazah korban di desa asalnya di Minahasa pekan depan.';
    const issues = check({ versions: [{ lang: 'en', text }] }).versions[0]!.issues;
    expect(issues.map((i) => [i.category, text.slice(i.start, i.end).slice(0, 14)])).toEqual([['untranslated', 'Keluarga beren']]);
  });

  it.each([
    [null, /an article must be an object/, undefined],
    [{}, /"versions" is missing/, 'versions'],
    [{ versions: {} }, /"versions" must be an array/, 'versions'],
    [{ versions: [] }, /"versions" is empty/, 'versions'],
    [{ versions: [{ lang: 'en' }] }, /versions\[0\]\.text is missing/, 'versions[0].text'],
    [{ versions: [{ lang: 'en', text: 5 }] }, /versions\[0\]\.text must be a string/, 'versions[0].text'],
    [{ versions: [{ lang: 'en', text: ' ' }] }, /versions\[0\]\.text is empty/, 'versions[0].text'],
    [{ versions: [{ lang: 'en_US!', text: 'Hi.' }] }, /not a BCP 47 language code/, 'versions[0].lang'],
    [{ versions: [{ text: 'Hi.' }] }, /versions\[0\]\.lang is missing/, 'versions[0].lang'],
    [{ source: { lang: 'en', text: 'Hi.' }, versions: [{ lang: 'fr', text: 'Salut.' }] }, /source\.lang must be "id"/, 'source.lang'],
  ])('throws CalqueInputError for %j', (input, message, field) => {
    let error: unknown;
    try {
      check(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalqueInputError);
    expect((error as CalqueInputError).message).toMatch(message);
    expect((error as CalqueInputError).field).toBe(field);
  });

  it('accepts regional tags and notes unsupported languages', () => {
    expect(check({ versions: [{ lang: 'zh-Hans-CN', text: '美国宣布了新的制裁措施。' }] }).versions[0]!.notes).toEqual(['No source given: only target-only checks ran, at lower confidence; source-aware checks were skipped.']);
    expect(check({ versions: [{ lang: 'es', text: 'El gobierno anunció nuevas medidas.' }] }).versions[0]!.notes.join(' ')).toMatch(/"es" is not one of/);
  });
});

describe('score', () => {
  const issue = (severity: Issue['severity']): Issue => ({ ruleId: 'x/y', category: 'fluency', severity, start: 0, end: 1, message: '', suggestions: [], confidence: 1 });
  it('weights minor 1, major 5, critical 25, per source word', () => {
    expect(scoreIssues([issue('minor'), issue('major'), issue('critical')], 200)).toEqual({ words: 200, penalty: 31, per1000: 155, quality: 84.5 });
    expect(scoreIssues([], 200).quality).toBe(100);
    expect(scoreIssues(Array(10).fill(issue('critical')), 100).quality).toBe(0);
  });
  it('counts words as the corpus scorer does: CJK characters count half', () => {
    expect(countWords('Uncle Sam’s country, 2,500 troops')).toBe(7); // Uncle Sam s country 2 500 troops
    expect(countWords('美国宣布')).toBe(2);
  });
});

describe('score by sentence', () => {
  it('gives the penalty of each sentence that has issues', () => {
    const text = 'The coalition led by Uncle Sam\'s country will leave. All is calm. "We are ready," Sudani\'s PM said on Tuesday (7/5).';
    const v = check({ versions: [{ lang: 'en', text }] }).versions[0]!;
    expect(v.score.bySentence).toEqual([
      { sentence: 0, penalty: 5 },
      { sentence: 2, penalty: 10 },
    ]);
    expect(v.score.penalty).toBe(15);
  });
});

describe('machine-translation notices', () => {
  it('an English notice at the end of a French version is neither wrong-language nor untranslated', () => {
    const text = "Les inondations ont submergé trois cents maisons à Bekasi mardi, selon les autorités locales qui ont évacué les habitants.\n\n"
      + 'The English, Chinese, Japanese, Arabic, and French versions are automatically generated by the AI. So there may still be inaccuracies in translating, please always see Indonesian as our main language.';
    const v = check({ versions: [{ lang: 'fr', text }] }).versions[0]!;
    expect(v.issues.map((i) => i.ruleId)).toEqual([]);
    const english = 'Floods hit Bekasi on Tuesday, officials said, as hundreds of residents left their homes for shelters.';
    expect(check({ versions: [{ lang: 'fr', text: `${text.split('\n\n')[0]}\n\n${english}` }] }).versions[0]!.issues.map((i) => i.category)).toEqual(['wrong-language']);
  });
});
