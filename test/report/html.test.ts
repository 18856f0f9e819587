import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBaseline, parseBaseline } from '../../src/baseline.js';
import { check } from '../../src/check.js';
import { segment } from '../../src/prepare/segment.js';
import { formatHtml, type HtmlItem } from '../../src/report/html.js';
import type { ArticleInput, ArticleReport, Issue } from '../../src/types.js';

/** Debian's Chromium, never a download; under CI=true a missing browser fails (see test/browser). */
const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package; under CI=true the HTML report tests must run.`);
}

const article: ArticleInput = {
  id: 'coalition-review',
  source: {
    lang: 'id',
    text: 'Koalisi pimpinan Negeri Paman Sam akan ditarik dari Irak.\n\n"Kami siap," kata PM Sudani di Baghdad pada Selasa (7/5).\n\n'
      + 'Sekitar 2.500 tentara AS masih bertugas di sana.\n\nKomite bersama akan bertemu bulan depan.',
  },
  versions: [
    {
      lang: 'en',
      text: 'The coalition led by Uncle Sam\'s country will be withdrawn from Iraq.\n\n"We are ready," Sudani\'s PM said in Baghdad on Tuesday (7/5).\n\n'
        + 'About 2.500 US troops are still serving there.\n\nThe weather was nice. A joint committee will meet next month.',
    },
    {
      lang: 'ar',
      text: 'سيتم سحب التحالف بقيادة بلد العم سام من العراق.\n\n"نحن مستعدون"، قال رئيس وزراء السوداني في بغداد يوم الثلاثاء (7/5).\n\nستجتمع لجنة مشتركة الشهر المقبل.',
    },
    { lang: 'zh', text: '山姆大叔的国家领导的联盟将从伊拉克撤出。\n\n"我们准备好了，"苏达尼的总理周二(7/5)在巴格达说。\n\n约2.500名美军仍在那里服役。\n\n联合委员会将于下个月开会。' },
  ],
};

const en = article.versions[0]!.text;
const hand = (over: Partial<Issue> & Pick<Issue, 'start' | 'end'>): Issue => ({
  ruleId: 'test/hand', category: 'fluency', severity: 'minor', message: 'A hand-made issue.', suggestions: [], confidence: 1, ...over,
});

/** The real report, plus hand-made issues that overlap the real ones: inside, across, over a sentence break, empty. */
function reviewReport(): ArticleReport {
  const report = check(article);
  const at = (s: string) => en.indexOf(s);
  const uncle = at("Uncle Sam's country");
  report.versions[0]!.issues.push(
    hand({ start: uncle + 6, end: uncle + 11, message: 'Nested inside the epithet.' }),
    hand({ start: uncle + 12, end: at(' be withdrawn'), severity: 'critical', category: 'terminology', message: 'Crosses the end of the epithet.', suggestions: ['will leave'] }),
    hand({ start: at('Iraq.'), end: at(' Sudani'), message: 'Spans a paragraph break.' }),
    hand({ start: at('About'), end: at('About'), message: 'Empty: something is missing here.' }),
  );
  return report;
}

const items = (): HtmlItem[] => [
  { name: 'coalition-review.json', input: article, report: reviewReport() },
  { name: 'target-only', input: { id: 'target-only', versions: [article.versions[0]!] }, report: check({ id: 'target-only', versions: [article.versions[0]!] }) },
];

describe('formatHtml without a browser', () => {
  const html = formatHtml(items());

  it('is one file that loads nothing from the network', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/url\(\s*['"]?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|@font-face|<img\b|<iframe\b/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes text, never lets it into the script', () => {
    const evil = '<script>window.pwned=1</script>"onmouseover="window.pwned=2';
    const out = formatHtml([{ name: evil, input: { versions: [{ lang: 'en', text: evil }] }, report: { id: evil, versions: [] } }]);
    expect(out).not.toContain('<script>window');
    expect(out).not.toContain('"onmouseover="');
    expect(out.match(/<script\b/g)).toHaveLength(1);
  });
});

describe.skipIf(!haveBrowser)('formatHtml in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const report = reviewReport();
  const input = items();
  input[0]!.report = report;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(formatHtml(input));
    expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders a side-by-side table per version, one row per bead', async () => {
    for (const [vi, v] of report.versions.entries()) {
      const rows = page.locator(`#a0-v${vi} table.pairs tbody tr`);
      await expect.poll(() => rows.count()).toBe(v.alignment.length);
      expect(await page.locator(`#a0-v${vi} table.pairs thead th`).count()).toBe(3);
    }
    // The en version adds "The weather was nice." and ar lacks the troops sentence.
    expect(report.versions[0]!.alignment.some((b) => b.source[0] === b.source[1])).toBe(true);
    await expect.poll(() => page.locator('#a0-v0 tr.added td.s .gap-label').textContent()).toBe('added');
    expect(await page.locator('#a0-v1 tr.missing td.v .gap-label').textContent()).toBe('missing');
    // The Arabic cells run right to left; the target-only article has one column.
    expect(await page.locator('#a0-v1 td.v').first().getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#a1-v0 table.pairs thead th').count()).toBe(2);
    // No character is lost or repeated: the cells put together are the texts.
    for (const [vi, v] of article.versions.entries()) {
      expect((await page.locator(`#a0-v${vi} td.v .text`).allTextContents()).join('')).toBe(v.text);
      expect((await page.locator(`#a0-v${vi} td.s .text`).allTextContents()).join('')).toBe(article.source!.text);
    }
  });

  it('puts each highlight on the flagged words, and each source highlight on the source words', async () => {
    const pieces = await page.locator('td mark[data-issue]').evaluateAll((marks) =>
      marks.map((m) => ({ key: m.getAttribute('data-issue')!, source: m.classList.contains('src'), text: m.textContent ?? '' })));
    for (const [vi, v] of report.versions.entries()) {
      const text = article.versions[vi]!.text;
      expect(v.issues.length).toBeGreaterThan(0);
      v.issues.forEach((issue, k) => {
        const key = `a0-v${vi}-i${k}`;
        const flagged = pieces.filter((p) => p.key === key && !p.source);
        expect(flagged.length, key).toBeGreaterThan(0);
        expect(flagged.map((p) => p.text).join(''), `${v.lang} ${issue.ruleId}`).toBe(text.slice(issue.start, issue.end));
        if (issue.source) {
          expect(pieces.filter((p) => p.key === key && p.source).map((p) => p.text).join('')).toBe(article.source!.text.slice(issue.source.start, issue.source.end));
        }
      });
    }
    const words = (vi: number) => report.versions[vi]!.issues.map((i) => article.versions[vi]!.text.slice(i.start, i.end));
    expect(words(0)).toEqual(expect.arrayContaining(["Uncle Sam's country", "Sudani's PM", '(7/5)', 'Sam\'s']));
    expect(words(1)).toContain('بلد العم سام');
    expect(words(2)).toContain('山姆大叔的国家');
    // The nested issue sits inside the epithet's mark; the crossing one is split in two.
    expect(await page.locator('#a0-v0 mark.iss[data-category="calque.epithet"] > mark.iss[data-category="fluency"]').count()).toBe(1);
    expect(await page.locator('#a0-v0 mark.iss[data-category="terminology"]').allTextContents()).toEqual(['country', ' will']);
    // The issue over a paragraph break comes in one piece per row.
    expect(await page.locator('#a0-v0 tr', { has: page.locator('mark.iss[data-issue]', { hasText: 'Iraq.' }) }).count()).toBe(1);
    // Severity colours.
    const bg = await page.locator('#a0-v0 mark.iss[data-severity="major"]').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('hides what a filter leaves out and counts what is shown', async () => {
    const total = input.flatMap((i) => i.report.versions.flatMap((v) => v.issues)).length;
    const minor = input.flatMap((i) => i.report.versions.flatMap((v) => v.issues)).filter((i) => i.severity === 'minor').length;
    const highlighted = (sel: string) => page.locator(sel).evaluateAll((ms) => ms.map((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)'));
    expect(await page.locator('#shown').textContent()).toBe(String(total));
    await page.getByRole('checkbox', { name: /minor/ }).uncheck();
    expect(await page.locator('#shown').textContent()).toBe(String(total - minor));
    expect(await highlighted('mark.iss[data-severity="minor"]')).not.toContain(true);
    expect(await highlighted('mark.iss[data-severity="major"]')).not.toContain(false);
    for (const li of await page.locator('li.issue[data-severity="minor"]').all()) expect(await li.isVisible()).toBe(false);
    for (const li of await page.locator('li.issue[data-severity="major"]').all()) expect(await li.isVisible()).toBe(true);
    expect(await page.locator('mark.lead[data-severity="minor"]').first().getAttribute('tabindex')).toBe('-1');
    await page.getByRole('checkbox', { name: /minor/ }).check();
    await page.getByRole('checkbox', { name: /calque\.epithet/ }).uncheck();
    expect(await highlighted('mark[data-category="calque.epithet"]')).not.toContain(true);
    expect(await highlighted('mark.iss[data-category="calque.title"]')).not.toContain(false);
    expect(await page.locator('li.issue[data-category="calque.epithet"]').first().isVisible()).toBe(false);
    // The words stay readable: a filter removes the highlight, never the text.
    expect(await page.locator('#a0-v0 mark.iss[data-category="calque.epithet"]').first().isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: /calque\.epithet/ }).check();
    expect(await page.locator('#shown').textContent()).toBe(String(total));
  });

  it('shows the message, source words and suggestion on hover and on keyboard focus', async () => {
    const epithet = page.locator('#a0-v0 mark.lead[data-category="calque.epithet"]');
    const tipId = (await epithet.getAttribute('aria-describedby'))!;
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.isVisible()).toBe(false);
    await epithet.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('Negeri Paman Sam');
    expect(await tip.textContent()).toContain('the United States');
    await page.mouse.move(5, 890);
    expect(await tip.isVisible()).toBe(false);

    const title = page.locator('#a0-v0 mark.lead[data-category="calque.title"]');
    await title.focus();
    const titleTip = page.locator(`[id="${await title.getAttribute('aria-describedby')}"]`);
    expect(await titleTip.isVisible()).toBe(true);
    expect(await titleTip.textContent()).toMatch(/PM Sudani/);
    expect(await titleTip.getAttribute('role')).toBe('tooltip');
    await page.keyboard.press('Tab'); // on to the next highlight
    expect(await titleTip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-issue'))).toMatch(/^a0-v0-i\d+$/);
    await page.keyboard.press('Escape');
    expect(await page.locator('.tip:not([hidden])').count()).toBe(0);
  });

  it('exports the issues an editor ticks as a calque.baseline.json that dismisses them', async () => {
    const box = page.locator('li.issue', { hasText: "Uncle Sam's country" }).first().locator('input[data-dismiss]');
    await box.check();
    await expect.poll(async () => page.locator('#dismissed').textContent()).toBe('1');
    const exported = parseBaseline(JSON.parse(await page.locator('#baseline-export').inputValue()));
    expect(exported.dismissed.map((e) => [e.ruleId, e.words, e.source])).toEqual([['calque/epithet', "Uncle Sam's country", 'Negeri Paman Sam']]);
    const fresh = check(article);
    const { report: after, dismissed } = applyBaseline(fresh, article, 'coalition-review.json', exported);
    expect(dismissed).toBe(1);
    expect(after.versions[0]!.issues.map((i) => i.ruleId)).not.toContain('calque/epithet');
    await box.uncheck();
    await expect.poll(async () => page.locator('#dismissed').textContent()).toBe('0');
  });

  it('writes a screenshot under test-output/', async () => {
    mkdirSync('test-output', { recursive: true });
    await page.locator('#a0-v0 mark.lead[data-category="calque.epithet"]').hover();
    await page.screenshot({ path: 'test-output/html-report.png', fullPage: true });
    expect(existsSync('test-output/html-report.png')).toBe(true);
  });

  it('escapes ids, texts, messages and suggestions: nothing runs, the literal text shows', async () => {
    const script = '<script>window.pwned=1</script>';
    const attr = '"onmouseover="window.pwned=2';
    const evil = `${script}${attr}`;
    const text = `The coalition ${evil} led by Uncle Sam's country.`;
    const start = text.indexOf(script);
    const issue = hand({ start, end: start + evil.length, severity: 'major', category: evil as Issue['category'], ruleId: evil, message: `Bad ${evil}`, suggestions: [evil], source: { start: 0, end: 10 }, url: 'javascript:window.pwned=3' });
    const source = `${evil} Koalisi.`;
    const hostile: HtmlItem = {
      name: evil,
      input: { id: evil, source: { lang: 'id', text: source }, versions: [{ lang: `en" onmouseover="window.pwned=4`, text }] },
      report: {
        id: `${evil}-id`,
        versions: [{ lang: `en" onmouseover="window.pwned=4`, detectedLang: 'en', issues: [issue], alignment: [{ source: [0, segment(source).sentences.length], version: [0, segment(text).sentences.length], confidence: 1 }], score: { words: 3, penalty: 5, per1000: 1000, quality: 0 }, notes: [evil] }],
      },
    };
    const p = await browser.newPage();
    try {
      await p.setContent(formatHtml([hostile], { title: evil }));
      const mark = p.locator('mark.lead');
      await mark.hover();
      await mark.focus();
      await p.locator('li.issue').hover();
      for (const box of await p.locator('input[data-filter]').all()) await box.click();
      expect(await p.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(await p.title()).toBe(evil);
      expect(await p.locator('h2').textContent()).toBe(evil);
      expect(await p.locator('p.id code').textContent()).toBe(`${evil}-id`);
      expect(await mark.textContent()).toBe(evil);
      expect(await p.locator('.tip .msg').textContent()).toBe(`Bad ${evil}`);
      expect(await p.locator('.notes li').textContent()).toBe(evil);
      expect(await p.locator('td.s .text').textContent()).toBe(source);
      expect(await p.locator('li.issue a').count()).toBe(0); // the javascript: URL is not a link
      expect(await p.locator('script').count()).toBe(1);
      expect(await p.locator('[onmouseover]').count()).toBe(0);
    } finally {
      await p.close();
    }
  });
});

describe('calque check --format html', () => {
  const CLI = join(import.meta.dirname, '../../dist/cli.js');
  it.skipIf(!existsSync(CLI))('prints the page, or writes it with --output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-html-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, JSON.stringify(article));
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, 'check', file, '--fail-on', 'none', ...args], { encoding: 'utf8', cwd: dir });
    const printed = run(['--format', 'html']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^<!doctype html>/);
    expect(printed.stdout).toContain('Uncle Sam&#39;s country');
    const out = join(dir, 'report.html');
    const written = run(['--format', 'html', '--output', out]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });
});
