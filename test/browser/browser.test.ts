import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * "Runs in a browser": the library entry bundles for the browser with no Node built-ins,
 * and the bundle checks an article in headless Chromium (Debian's, never a download).
 */
const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package; under CI=true the browser test must run.`);
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'calque',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('browser', () => {
  it('the library bundles for platform browser without Node built-ins', async () => {
    const code = await bundle();
    expect(code).not.toMatch(/require\(["']node:/);
    expect(code.length).toBeGreaterThan(1000);
  });

  it.skipIf(!haveBrowser)('checks an article in headless Chromium', async () => {
    const code = await bundle();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>calque</title>');
      await page.addScriptTag({ content: code });
      const spans = await page.evaluate(() => {
        const article = {
          source: { lang: 'id', text: 'Koalisi pimpinan Negeri Paman Sam akan ditarik.\n\n"Kami siap," kata PM Sudani.' },
          versions: [{ lang: 'en', text: 'The coalition led by Uncle Sam\'s country will be withdrawn.\n\n"We are ready," Sudani\'s PM said.' }],
        };
        // @ts-expect-error: the bundle's global
        const report = globalThis.calque.check(article);
        return report.versions[0].issues.map((i: { start: number; end: number }) => article.versions[0]!.text.slice(i.start, i.end));
      });
      expect(spans).toEqual(["Uncle Sam's country", "Sudani's PM"]);
    } finally {
      await browser.close();
    }
  }, 60000);
});
