import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { toSarif } from '../../src/report/sarif.js';
import { rules } from '../../src/rules/index.js';

/** The SARIF 2.1.0 schema as published by the SARIF project, from a dev dependency. */
const require = createRequire(import.meta.url);
/** ajv-draft-04 is CommonJS: its class is module.exports.default. */
const Ajv = (require('ajv-draft-04') as { default: typeof import('ajv-draft-04').default }).default;
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);

const input = {
  id: 'demo',
  source: { lang: 'id', text: 'Koalisi pimpinan Negeri Paman Sam akan ditarik.\n\n"Kami siap," kata PM Sudani di Baghdad pada Selasa (7/5).' },
  versions: [
    { lang: 'en', text: 'The coalition led by Uncle Sam\'s country will be withdrawn.\n\n"We are ready," Sudani\'s PM said in Baghdad on Tuesday (7/5).' },
    { lang: 'fr', text: 'La coalition dirigée par les États-Unis sera retirée.\n\n« Nous sommes prêts », a déclaré le Premier ministre Sudani mardi (7/5) à Bagdad.' },
  ],
};
const report = check(input);
const log = toSarif([{ name: 'demo.json', input, report }], rules, '1.2.3') as {
  runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; charOffset: number; charLength: number; snippet: { text: string } } } }[] }[] }[];
};

describe('SARIF 2.1.0', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has every rule as metadata and one result per issue, pointing at the flagged words', () => {
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const issues = report.versions.flatMap((v) => v.issues);
    expect(run.results).toHaveLength(issues.length);
    const epithet = run.results.find((r) => r.ruleId === 'calque/epithet')!;
    expect(run.tool.driver.rules[epithet.ruleIndex]!.id).toBe('calque/epithet');
    const region = epithet.locations[0]!.physicalLocation.region;
    expect(region.snippet.text).toBe("Uncle Sam's country");
    expect([region.startLine, region.startColumn]).toEqual([1, 22]);
    expect(epithet.locations[0]!.physicalLocation.artifactLocation.uri).toBe('demo.json#/versions/0/text');
    const date = run.results.find((r) => r.ruleId === 'date/format' && r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('/0/text'))!;
    expect(date.locations[0]!.physicalLocation.region.startLine).toBe(3);
    expect(date.level).toBe('warning');
  });

  it('levels follow severity: critical error, major warning, minor note', () => {
    const issues = report.versions.flatMap((v) => v.issues);
    const levels = log.runs[0]!.results.map((r) => r.level);
    expect(levels).toEqual(issues.map((i) => ({ critical: 'error', major: 'warning', minor: 'note' })[i.severity]));
    expect(new Set(levels).size).toBeGreaterThan(1);
  });
});
