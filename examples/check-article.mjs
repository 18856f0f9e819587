// Run after `npm run build`: node examples/check-article.mjs
// Checks the bundled example article through the library API and prints each issue.
import { readFileSync } from 'node:fs';
import { check } from '../dist/index.js';

const article = JSON.parse(readFileSync(new URL('./articles/coalition.json', import.meta.url), 'utf8'));
const report = check(article);

for (const [i, version] of report.versions.entries()) {
  const text = article.versions[i].text;
  console.log(`${version.lang}: ${version.issues.length} issues, quality ${version.score.quality}`);
  for (const issue of version.issues) {
    const source = issue.source ? article.source.text.slice(issue.source.start, issue.source.end) : '-';
    console.log(`  ${issue.severity} ${issue.ruleId}: "${text.slice(issue.start, issue.end)}" (source: ${source}) → ${issue.suggestions[0] ?? '-'}`);
  }
}
