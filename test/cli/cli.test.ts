import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** The built CLI, run as a user runs it (npm test builds first). */
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const run = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const source = 'Koalisi pimpinan Negeri Paman Sam akan ditarik.\n\n"Kami siap," kata PM Sudani di Baghdad.';
const english = 'The coalition led by Uncle Sam\'s country will be withdrawn.\n\n"We are ready," Sudani\'s PM said in Baghdad.';
const article = { id: 'demo', source: { lang: 'id', text: source }, versions: [{ lang: 'en', text: english }] };

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'calque-cli-'));
});

describe('calque check', () => {
  it('prints the pretty report with the flagged words, source words and suggestion', () => {
    const r = run(['check', file('a.json', JSON.stringify(article))]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('calque/epithet');
    expect(r.out).toContain("Uncle Sam's country");
    expect(r.out).toContain('source: Negeri Paman Sam');
    expect(r.out).toContain('suggestion: the United States');
    expect(r.out).toContain('source: PM Sudani');
    expect(r.out).toContain('suggestion: PM Sudani');
    expect(r.out).toMatch(/\^{19}/); // the caret line under "Uncle Sam's country"
    expect(r.out).not.toContain('\u001b['); // NO_COLOR
    expect(r.out).toMatch(/1 article, 1 version: 2 issues \(2 major\)/);
  });

  it('--format jsonl prints one line per article, with the file name as id when there is none', () => {
    const { id: _id, ...noId } = article;
    const r = run(['check', file('with-id.json', JSON.stringify(article)), file('no-id.json', JSON.stringify(noId)), '--format', 'jsonl']);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['demo', 'no-id']);
    expect(lines[0].versions[0].lang).toBe('en');
    const spans = lines[0].versions[0].issues.map((i: { start: number; end: number }) => english.slice(i.start, i.end));
    expect(spans).toEqual(["Uncle Sam's country", "Sudani's PM"]);
  });

  it('--format json prints one report for one input and an array for several', () => {
    const one = JSON.parse(run(['check', file('one.json', JSON.stringify(article)), '--format', 'json']).out);
    expect(one.id).toBe('demo');
    expect(one.versions[0].alignment.map((b: { source: number[]; version: number[] }) => [b.source, b.version])).toEqual([
      [[0, 1], [0, 1]],
      [[1, 2], [1, 2]],
    ]);
    const sub = join(dir, 'batch');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'x.json'), JSON.stringify(article));
    writeFileSync(join(sub, 'y.json'), JSON.stringify({ ...article, id: 'other' }));
    const many = JSON.parse(run(['check', sub, '--format', 'json']).out);
    expect(many.map((r: { id: string }) => r.id)).toEqual(['demo', 'other']);
  });

  it('checks plain-text files given with --source and --version', () => {
    const r = run(['check', '--source', file('id.txt', source), '--version', `en=${file('en.txt', english)}`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).versions[0].issues).toHaveLength(2);
  });

  it('runs target-only checks with no source and says source-aware checks were skipped', () => {
    const r = run(['check', '--target', `en=${file('only-en.txt', english)}`]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('source-aware checks were skipped');
    expect(r.out).toContain("Uncle Sam's country");
  });

  it('--fail-on sets the exit code', () => {
    const f = file('fail.json', JSON.stringify(article));
    expect(run(['check', f]).code).toBe(0); // default critical; these are major
    expect(run(['check', f, '--fail-on', 'major']).code).toBe(1);
    expect(run(['check', f, '--fail-on', 'none']).code).toBe(0);
    expect(run(['check', f, '--fail-on', 'bogus']).code).toBe(2);
  });

  it('colours only when asked or on a terminal', () => {
    const f = file('color.json', JSON.stringify(article));
    expect(run(['check', f, '--color']).out).toContain('\u001b[');
  });
});

describe('bad input: one clear line naming the file, exit 2, and the batch goes on', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['invalid.json', '{"versions": [', /invalid\.json: is not valid JSON/],
    ['no-versions.json', '{"id": "x"}', /no-versions\.json: "versions" is missing/],
    ['no-text.json', '{"versions": [{"lang": "en"}]}', /no-text\.json: versions\[0\]\.text is missing/],
    ['empty-text.json', '{"versions": [{"lang": "en", "text": "  "}]}', /empty-text\.json: versions\[0\]\.text is empty/],
    ['bad-lang.json', '{"versions": [{"lang": "english!", "text": "Hello there."}]}', /bad-lang\.json: versions\[0\]\.lang "english!" is not a BCP 47 language code/],
    ['source-lang.json', '{"source": {"lang": "en", "text": "Hi."}, "versions": [{"lang": "fr", "text": "Salut."}]}', /source-lang\.json: source\.lang must be "id"/],
    ['binary.json', Buffer.from([0x7b, 0x00, 0xff, 0x01]), /binary\.json: is a binary file/],
  ];
  for (const [name, content, message] of cases) {
    it(name, () => {
      const good = file('good.json', JSON.stringify(article));
      const r = run(['check', file(name, content), good, '--format', 'jsonl']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n')[0]).not.toMatch(/at .*\.js/); // no stack trace
      expect(r.out.trim().split('\n')).toHaveLength(1); // the good file was still checked
      expect(JSON.parse(r.out).id).toBe('demo');
    });
  }

  it('a missing file', () => {
    const r = run(['check', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nope\.json: no such file or directory/);
  });

  it('a source that is not Indonesian text gets a wrong-language issue and the report goes on', () => {
    const f = file('english-source.json', JSON.stringify({ source: { lang: 'id', text: 'The coalition led by the United States will be withdrawn from the country next year, officials said.' }, versions: [{ lang: 'en', text: english }] }));
    const r = run(['check', f, '--format', 'json']);
    const report = JSON.parse(r.out);
    expect(report.source.issues[0].category).toBe('wrong-language');
    expect(report.source.issues[0].message).toMatch(/reads as English/);
    expect(r.code).toBe(1); // critical, and --fail-on defaults to critical
  });

  it('an unknown but well-formed language code gets a note and the language-independent checks', () => {
    const f = file('de.json', JSON.stringify({ versions: [{ lang: 'de', text: 'Die Regierung will die Preise für Treibstoff ab nächster Woche erhöhen.' }] }));
    const r = run(['check', f, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).versions[0].notes.join(' ')).toMatch(/"de" is not one of en, fr, zh, ja, ar/);
  });

  it('usage errors', () => {
    expect(run(['check']).code).toBe(2);
    expect(run(['frobnicate']).err).toMatch(/unknown command "frobnicate"/);
    expect(run(['check', '--version', 'en']).err).toMatch(/--version takes LANG=FILE/);
    expect(run(['check', '--nope', 'x']).code).toBe(2);
  });
});

describe('calque --version and --help', () => {
  it('prints the package version', () => {
    const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get', 'version'], { encoding: 'utf8' }));
    expect(run(['--version']).out.trim()).toBe(pkg);
  });
  it('prints help', () => {
    expect(run(['--help']).out).toContain('calque check');
    expect(run(['check', '--help']).out).toContain('--fail-on');
    expect(run(['eval', '--help']).out).toContain('--verbose');
  });
});

describe('calque eval', () => {
  it('scores an annotated corpus: precision, recall, F1, by category and severity', () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus, { recursive: true });
    const annotated = {
      ...article,
      versions: [{
        ...article.versions[0],
        errors: [
          { span: "Uncle Sam's country", category: 'calque.epithet', severity: 'major', fix: 'the United States' },
          { span: 'will be withdrawn', category: 'fluency', severity: 'minor', fix: 'is to be withdrawn' },
        ],
      }],
    };
    writeFileSync(join(corpus, 'a.json'), JSON.stringify(annotated));
    const r = run(['eval', corpus, '--verbose']);
    expect(r.code).toBe(0);
    // 2 flagged: the epithet matches, "Sudani's PM" is unannotated here so it is a false positive.
    expect(r.out).toContain('precision=0.5 recall=0.5 f1=0.5 gold=2 found=1 flagged=2 falsePositives=1');
    expect(r.out).toContain('calque.epithet 1/1');
    expect(r.out).toContain('fluency 0/1');
    expect(r.out).toContain('[fluency/minor] "will be withdrawn"');
    expect(r.out).toContain(`calque/title "Sudani's PM"`);
    expect(run(['eval', corpus, '--min-f1', '0.9']).code).toBe(1);
    const json = JSON.parse(run(['eval', corpus, '--format', 'json']).out);
    expect(json.recallByCategory['calque.epithet']).toEqual({ gold: 1, found: 1 });
  });
});

describe('README', () => {
  it('shows the example output as the CLI really prints it', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const shown = /`npx calque check examples\/articles\/coalition\.json` prints:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    const r = run(['check', join(import.meta.dirname, '../../examples/articles/coalition.json')]);
    expect(r.out.trimEnd()).toBe(shown);
  });
});

describe('calque fix', () => {
  it('prints the fixed text, a word diff, or writes the file; a second fix changes nothing', () => {
    const f = file('fix.json', JSON.stringify(article));
    const fixed = 'The coalition led by the United States will be withdrawn.\n\n"We are ready," PM Sudani said in Baghdad.';
    expect(run(['fix', f]).out).toBe(fixed + '\n');
    expect(run(['fix', f, '--diff']).out).toContain("[-Uncle-]{+the+} [-Sam's-]{+United+} [-country-]{+States+}");
    const w = run(['fix', f, '--write']);
    expect(w.code).toBe(0);
    expect(w.err).toMatch(/2 edits written to the en version/);
    expect(JSON.parse(run(['check', f, '--format', 'json']).out).versions[0].issues).toEqual([]);
    expect(run(['fix', f]).out).toBe(fixed + '\n');
    expect(run(['fix', f, '--diff']).err).toMatch(/nothing to change/);
  });

  it('asks for --lang when the article has several versions, and names a missing one', () => {
    const f = file('fix2.json', JSON.stringify({ ...article, versions: [...article.versions, { lang: 'fr', text: 'La coalition sera retirée.' }] }));
    expect(run(['fix', f]).err).toMatch(/choose one with --lang/);
    expect(run(['fix', f, '--lang', 'ja']).err).toMatch(/has no version "ja"/);
    expect(run(['fix', f, '--lang', 'en']).code).toBe(0);
    expect(run(['fix', join(dir, 'missing.json')]).code).toBe(2);
  });
});

describe('calque align', () => {
  const dropped = {
    id: 'drop',
    source: { lang: 'id', text: 'Banjir merendam 300 rumah di Bekasi. Warga mengungsi ke masjid. "Air naik cepat sekali," kata Ani.' },
    versions: [
      { lang: 'en', text: 'Floods submerged 300 houses in Bekasi. "The water rose very fast," said Ani.' },
      { lang: 'fr', text: 'Des inondations ont submergé 300 maisons à Bekasi. Les habitants se sont réfugiés dans une mosquée. « L\'eau est montée très vite », a dit Ani.' },
    ],
  };

  it('prints one block per pair with its shape and confidence, the missing sentence marked', () => {
    const r = run(['align', file('drop.json', JSON.stringify(dropped)), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('id → en · 3 pairs (1-1 ×2, 1-0 ×1)');
    expect(r.out).toMatch(/\[2\] 1-0 {2}0\.\d\d {2}missing from the version\n {2}id {2}Warga mengungsi ke masjid\.\n {2}en {2}—/);
    expect(r.out).not.toContain('id → fr');
  });

  it('--format json gives the pairs with offsets and text for every version', () => {
    const r = run(['align', file('drop.json', JSON.stringify(dropped)), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.id).toBe('drop');
    expect(out.versions.map((v: { lang: string }) => v.lang)).toEqual(['en', 'fr']);
    expect(out.versions[1].pairs.map((p: { kind: string }) => p.kind)).toEqual(['1-1', '1-1', '1-1']);
    const pair = out.versions[0].pairs[2];
    expect(dropped.versions[0]!.text.slice(pair.version.start, pair.version.end)).toBe(pair.version.text);
  });

  it('an article without a source, or an unknown --lang, is one clear line and exit 2', () => {
    const noSource = run(['align', file('nosrc.json', JSON.stringify({ versions: dropped.versions }))]);
    expect(noSource.code).toBe(2);
    expect(noSource.err).toMatch(/nosrc\.json: the article has no "source"/);
    const badLang = run(['align', file('drop.json', JSON.stringify(dropped)), '--lang', 'de']);
    expect(badLang.code).toBe(2);
    expect(badLang.err).toContain('has no version "de" (it has en, fr)');
  });
});

describe('calque check --format sarif', () => {
  it('prints a SARIF log locating issues in the article file and in version files', () => {
    const fromFile = JSON.parse(run(['check', file('sarif.json', JSON.stringify(article)), '--format', 'sarif', '--fail-on', 'none']).out);
    expect(fromFile.version).toBe('2.1.0');
    const uris = fromFile.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris[0]).toMatch(/sarif\.json#\/versions\/0\/text$/);
    const en = file('en.txt', english);
    const fromText = JSON.parse(run(['check', '--version', `en=${en}`, '--format', 'sarif', '--fail-on', 'none']).out);
    expect(fromText.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/en\.txt$/);
  });
});

describe('calque check --config', () => {
  it('reads ./calque.config.json from the working directory, and --config FILE', () => {
    const sub = mkdtempSync(join(tmpdir(), 'calque-config-'));
    writeFileSync(join(sub, 'a.json'), JSON.stringify(article));
    writeFileSync(join(sub, 'calque.config.json'), JSON.stringify({ rules: { 'calque/epithet': 'off' } }));
    const inDir = spawnSync(process.execPath, [CLI, 'check', 'a.json', '--format', 'json'], { cwd: sub, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(JSON.parse(inDir.stdout).versions[0].issues.map((i: { ruleId: string }) => i.ruleId)).not.toContain('calque/epithet');
    const other = file('other.config.json', JSON.stringify({ rules: { 'calque/title': 'off' } }));
    const given = JSON.parse(run(['check', file('cfg.json', JSON.stringify(article)), '--config', other, '--format', 'json']).out);
    expect(given.versions[0].issues.map((i: { ruleId: string }) => i.ruleId)).toEqual(['calque/epithet']);
  });

  it('an invalid config is one line naming the file and the key, exit 2', () => {
    const bad = file('bad.config.json', JSON.stringify({ rules: { 'calque/epithet': 'loud' } }));
    const r = run(['check', file('cfg2.json', JSON.stringify(article)), '--config', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.config\.json: config: "rules\.calque\/epithet" must be one of off, on, minor, major, critical/);
    const missing = run(['check', file('cfg3.json', JSON.stringify(article)), '--config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json: no such file/);
  });
});

describe('calque check --update-baseline / --baseline', () => {
  it('dismisses every current issue once, and later runs leave them out and say how many', () => {
    const sub = mkdtempSync(join(tmpdir(), 'calque-baseline-'));
    writeFileSync(join(sub, 'a.json'), JSON.stringify(article));
    const inDir = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: sub, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const update = inDir(['check', 'a.json', '--update-baseline', '--format', 'json']);
    expect(update.status).toBe(0);
    expect(update.stderr).toMatch(/calque\.baseline\.json: 2 issues dismissed now, 2 in all/);
    const later = inDir(['check', 'a.json', '--format', 'json', '--fail-on', 'minor']);
    expect(later.status).toBe(0);
    expect(JSON.parse(later.stdout).versions[0].issues).toEqual([]);
    expect(later.stderr).toMatch(/2 issues dismissed by calque\.baseline\.json/);
    const bad = inDir(['check', 'a.json', '--baseline', 'missing.json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/missing\.json: no such file/);
  });
});

describe('calque diff', () => {
  it('prints the word diff and the issues resolved, introduced and kept; exit 1 when it introduced some', () => {
    const src = file('diff-src.txt', source);
    const old = file('old.txt', english);
    const fixed = file('new.txt', english.replace("Uncle Sam's country", 'the United States').replace('Baghdad', 'Baghdad on Tuesday (7/5)'));
    const r = run(['diff', old, fixed, '--lang', 'en', '--source', src]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("[-Uncle-]{+the+} [-Sam's-]{+United+} [-country-]{+States+}");
    expect(r.out).toMatch(/resolved \(1\):\n {2}major {4}calque\/epithet +"Uncle Sam's country"/);
    expect(r.out).toMatch(/introduced \(1\):\n {2}major {4}date\/format +"\(7\/5\)"/);
    expect(r.out).toMatch(/kept \(1\):\n {2}major {4}calque\/title +"Sudani's PM"/);
    const json = JSON.parse(run(['diff', old, old, '--lang', 'en', '--source', src, '--format', 'json']).out);
    expect(json.resolved).toEqual([]);
    expect(json.introduced).toEqual([]);
    expect(json.kept).toHaveLength(2);
  });

  it('needs two files and --lang', () => {
    expect(run(['diff', file('only.txt', english)]).code).toBe(2);
    const r = run(['diff', file('o1.txt', english), file('o2.txt', english)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs --lang/);
  });
});

describe('calque check: batches', () => {
  it('--min-score fails a version whose quality is below it', () => {
    const a = file('score.json', JSON.stringify(article));
    expect(run(['check', a, '--fail-on', 'none', '--min-score', '99']).code).toBe(1);
    expect(run(['check', a, '--fail-on', 'none', '--min-score', '0']).code).toBe(0);
    expect(run(['check', a, '--min-score', '101']).code).toBe(2);
  });

  it('ends a batch with a summary table that lists what could not be checked', () => {
    const sub = join(dir, 'summary');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'one.json'), JSON.stringify(article));
    writeFileSync(join(sub, 'two.json'), JSON.stringify({ ...article, id: 'two' }));
    writeFileSync(join(sub, 'broken.json'), '{');
    const r = run(['check', sub, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Summary: 2 articles, 2 versions, 1 input could not be checked\nIssues: 0 critical, 4 major, 0 minor\nWorst articles/);
    expect(r.out).toMatch(/Could not check:\n {2}.*broken\.json: is not valid JSON/);
  });

  it('"-" reads articles as JSONL on stdin and writes one report per line, going on past a bad line', () => {
    const lines = [JSON.stringify(article), 'not json', JSON.stringify({ ...article, id: 'second' })].join('\n') + '\n';
    const r = spawnSync(process.execPath, [CLI, 'check', '-', '--fail-on', 'none'], { input: lines, encoding: 'utf8' });
    expect(r.status).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['demo', 'second']);
    expect(r.stderr).toMatch(/stdin line 2: is not valid JSON/);
  });
});

describe('calque check --jobs', () => {
  it('checks a batch in worker threads with the same output, in the same order, as one thread', () => {
    const sub = mkdtempSync(join(tmpdir(), 'calque-jobs-'));
    for (let k = 0; k < 10; k++) {
      writeFileSync(join(sub, `a${k}.json`), JSON.stringify({ ...article, id: `a${k}`, versions: [{ lang: 'en', text: english.repeat(k + 1) }] }));
    }
    writeFileSync(join(sub, 'broken.json'), '{');
    const one = run(['check', sub, '--format', 'jsonl', '--jobs', '1', '--fail-on', 'none']);
    const two = run(['check', sub, '--format', 'jsonl', '--jobs', '2', '--fail-on', 'none']);
    expect(two.out).toBe(one.out);
    expect(two.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/broken\.json: is not valid JSON/);
    expect(run(['check', sub, '--jobs', '0']).code).toBe(2);
  });
});

describe('progress bar', () => {
  it('shows on a terminal once a batch runs over a second, and clears itself', async () => {
    const { progressBar } = await import('../../src/cli/commands/check.js');
    let clock = 0;
    const err: string[] = [];
    const bar = progressBar({ out: () => {}, err: (s) => err.push(s), color: false, errTTY: true }, 4, () => clock);
    bar.tick(); // at 0 ms: too early
    clock = 1500;
    bar.tick();
    clock = 1700;
    bar.tick();
    bar.done();
    expect(err[0]).toBe(`\r[${'#'.repeat(12)}${'.'.repeat(12)}] 2/4 files`);
    expect(err[1]).toContain('3/4 files');
    expect(err[err.length - 1]).toMatch(/^\r +\r$/);
    const quiet: string[] = [];
    const off = progressBar({ out: () => {}, err: (s) => quiet.push(s), color: false, errTTY: false }, 4, () => 5000);
    off.tick();
    off.done();
    expect(quiet).toEqual([]);
  });
});

describe('calque fix --write and symbolic links', () => {
  it('refuses to write through a symbolic link, and leaves its target alone', async () => {
    const { symlinkSync, readFileSync } = await import('node:fs');
    const target = file('real-target.json', JSON.stringify(article));
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    const r = run(['fix', link, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/link\.json: is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe(JSON.stringify(article));
  });
});
