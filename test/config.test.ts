import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { configOptions, parseConfig } from '../src/config.js';
import { CalqueInputError } from '../src/errors.js';

const require = createRequire(import.meta.url);
const Ajv = (require('ajv') as { default: typeof import('ajv').default }).default;
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../calque.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const SOURCE = 'Wisatawan memadati Kota Kembang pada akhir pekan. Mereka tiba pada Selasa (7/5).';
const EN = 'Tourists crowded the Flower City at the weekend. They arrived on Tuesday (7/5).';
const article = { source: { lang: 'id', text: SOURCE }, versions: [{ lang: 'en', text: EN }] };
const spans = (options = {}, a: { source?: { lang: string; text: string }; versions: { lang: string; text: string }[] } = article) =>
  check(a, options).versions[0]!.issues.map((i) => [i.ruleId, a.versions[0]!.text.slice(i.start, i.end), i.severity]);

const example = {
  $schema: './node_modules/calque/calque.schema.json',
  rules: { 'date/format': 'minor', 'repetition/adjacent': 'off' },
  minConfidence: 0.3,
  ignore: ['Flower City', '/^WIB$/'],
  glossary: [{ id: 'Kota Kembang', use: { en: ['Bandung'] }, avoid: { en: ['Flower City'] }, severity: 'critical' }],
};

describe('calque.config.json', () => {
  it('the schema and the parser accept the same example', () => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(() => parseConfig(example)).not.toThrow();
  });

  it('rules: off turns a rule off, a severity replaces the rule\'s own', () => {
    expect(spans()).toContainEqual(['date/format', '(7/5)', 'major']);
    expect(spans(configOptions(parseConfig({ rules: { 'date/format': 'minor' } })))).toContainEqual(['date/format', '(7/5)', 'minor']);
    expect(spans(configOptions(parseConfig({ rules: { 'date/format': 'off' } }))).map((s) => s[0])).not.toContain('date/format');
  });

  it('ignore drops issues whose flagged words match, as text or /regex/', () => {
    const before = spans().map((s) => s[1]);
    expect(before).toContain('the Flower City');
    expect(spans(configOptions(parseConfig({ ignore: ['THE flower city'] }))).map((s) => s[1])).not.toContain('the Flower City');
    expect(spans(configOptions(parseConfig({ ignore: ['/^\\(\\d+\\/\\d+\\)$/'] }))).map((s) => s[1])).not.toContain('(7/5)');
  });

  it('a glossary flags what it says to avoid, with what to use, backed by the source', () => {
    const options = configOptions(parseConfig({ glossary: [{ id: 'Kota Kembang', use: { en: ['Bandung'] }, avoid: { en: ['Flower City'] }, severity: 'critical' }] }));
    const issues = check(article, { ...options, rules: { 'calque/epithet': false } }).versions[0]!.issues.filter((i) => i.ruleId === 'glossary/term');
    expect(issues.map((i) => [EN.slice(i.start, i.end), i.suggestions, i.severity, SOURCE.slice(i.source!.start, i.source!.end)])).toEqual([
      ['Flower City', ['Bandung'], 'critical', 'Kota Kembang'],
    ]);
  });

  it('a glossary term in the source whose sentence has no wanted rendering is flagged', () => {
    const options = configOptions(parseConfig({ glossary: [{ id: 'jemaah haji', use: { en: ['pilgrims', 'hajj pilgrims'] } }] }));
    const a = { source: { lang: 'id', text: 'Sebanyak 500 jemaah haji tiba di Madinah.' }, versions: [{ lang: 'en', text: 'A total of 500 hajj congregants arrived in Medina.' }] };
    expect(check(a, options).versions[0]!.issues.filter((i) => i.ruleId === 'glossary/term').map((i) => i.message)).toEqual([
      'The source has "jemaah haji", which the glossary renders as "pilgrims", and this sentence has no such rendering.',
    ]);
    const good = { ...a, versions: [{ lang: 'en', text: 'A total of 500 hajj pilgrims arrived in Medina.' }] };
    expect(check(good, options).versions[0]!.issues.filter((i) => i.ruleId === 'glossary/term')).toEqual([]);
  });

  it.each([
    [{ rulez: {} }, 'rulez', /unknown key "rulez" \(did you mean "rules"\?\)/],
    [{ rules: { 'calque/epithat': 'off' } }, 'rules.calque/epithat', /unknown rule "calque\/epithat" in "rules" \(did you mean "calque\/epithet"\?\)/],
    [{ rules: { 'date/format': 'loud' } }, 'rules.date/format', /must be one of off, on, minor, major, critical, got "loud"/],
    [{ minConfidence: 2 }, 'minConfidence', /from 0 to 1, got number/],
    [{ ignore: ['/(unclosed/'] }, 'ignore[0]', /not a valid regular expression/],
    [{ glossary: [{ id: 'x' }] }, 'glossary[0]', /needs "use" or "avoid"/],
    [{ glossary: [{ id: 'x', use: { en: 'Bandung' } }] }, 'glossary[0].use.en', /must be an array of strings/],
    [{ plugins: ['./evil.js'] }, 'plugins', /never loads code/],
    [{ require: 'child_process' }, 'require', /never loads code/],
    [[], '', /must be a JSON object/],
  ])('rejects %j naming the key', (raw, field, message) => {
    let error: unknown;
    try {
      parseConfig(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalqueInputError);
    expect((error as CalqueInputError).field).toBe(field);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^config: /);
  });
});

describe('inline suppression', () => {
  it('<!-- calque-ignore --> turns off issues of the next sentence only, and says so', () => {
    const text = '<!-- calque-ignore --> Tourists crowded the Flower City at the weekend. They arrived on Tuesday (7/5).';
    const v = check({ source: article.source, versions: [{ lang: 'en', text }] }).versions[0]!;
    expect(v.issues.map((i) => text.slice(i.start, i.end))).toEqual(['(7/5)']);
    expect(v.notes.join(' ')).toMatch(/1 issue was turned off by calque-ignore/);
  });

  it('<!-- calque-ignore RULE --> names the rules it turns off; calque-disable covers the text', () => {
    const text = 'Tourists crowded the Flower City at the weekend. <!-- calque-ignore calque/epithet --> They arrived on Tuesday (7/5).';
    expect(check({ versions: [{ lang: 'en', text }] }, { rules: { 'untranslated/term': false } }).versions[0]!.issues.map((i) => text.slice(i.start, i.end))).toContain('(7/5)');
    const disabled = `<!-- calque-disable date/format -->\n${EN}`;
    expect(check({ source: article.source, versions: [{ lang: 'en', text: disabled }] }).versions[0]!.issues.map((i) => i.ruleId)).not.toContain('date/format');
  });
});
