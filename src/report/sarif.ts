/**
 * SARIF 2.1.0, the format code-review tools (GitHub code scanning, Azure DevOps, VS Code's
 * SARIF viewer) read: one run of the tool "calque", its rules as metadata, and one result
 * per issue located in the version's text by line, column and character offset.
 */
import type { Rule } from '../rules/rule.js';
import type { ArticleInput, ArticleReport, Issue, Severity } from '../types.js';

export interface SarifItem {
  /** What the user called the article: a file name or an id. */
  name: string;
  input: ArticleInput;
  report: ArticleReport;
  /** Where each version's text lives, when it is a file of its own (`--version en=en.txt`). */
  versionUris?: (string | undefined)[];
  /** Where the source text lives, when it is a file of its own. */
  sourceUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', major: 'warning', minor: 'note' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF log of every issue of every article. `rules` gives the rule metadata; `version` the tool's. */
export function toSarif(items: readonly SarifItem[], rules: readonly Rule[], version: string): object {
  const ruleIndex = new Map(rules.map((r, k) => [r.id, k]));
  const artifacts: { location: { uri: string }; sourceLanguage?: string }[] = [];
  const artifactIndex = new Map<string, number>();
  const artifact = (uri: string, lang: string) => {
    let k = artifactIndex.get(uri);
    if (k === undefined) {
      k = artifacts.length;
      artifacts.push({ location: { uri }, sourceLanguage: lang });
      artifactIndex.set(uri, k);
    }
    return k;
  };
  const results: object[] = [];
  for (const item of items) {
    const sourceText = item.input.source?.text;
    const sourceUri = item.sourceUri ?? `${item.name}#/source/text`;
    for (const issue of item.report.source?.issues ?? []) {
      if (sourceText === undefined) continue;
      results.push(result(issue, sourceText, sourceUri, artifact(sourceUri, 'id'), ruleIndex, item, 'source'));
    }
    item.report.versions.forEach((v, k) => {
      const text = item.input.versions[k]?.text ?? '';
      const uri = item.versionUris?.[k] ?? `${item.name}#/versions/${k}/text`;
      for (const issue of v.issues) results.push(result(issue, text, uri, artifact(uri, v.lang), ruleIndex, item, v.lang));
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'calque',
            version,
            semanticVersion: version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.description },
              help: { text: `${r.meta.description} See docs/rules/${r.id.replace('/', '-')}.md in the calque package.` },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { category: r.meta.category, severity: r.meta.severity, tags: [r.meta.category] },
            })),
          },
        },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function result(issue: Issue, text: string, uri: string, index: number, ruleIndex: Map<string, number>, item: SarifItem, lang: string): object {
  const start = position(text, issue.start);
  const end = position(text, issue.end);
  const rule = ruleIndex.get(issue.ruleId);
  const sourceWords = issue.source && item.input.source ? item.input.source.text.slice(issue.source.start, issue.source.end) : undefined;
  return {
    ruleId: issue.ruleId,
    ...(rule !== undefined ? { ruleIndex: rule } : {}),
    level: LEVEL[issue.severity],
    message: { text: issue.message + (issue.suggestions[0] !== undefined ? ` Suggestion: ${issue.suggestions[0]}` : '') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, index },
          region: {
            startLine: start.line,
            startColumn: start.column,
            endLine: end.line,
            endColumn: end.column,
            charOffset: issue.start,
            charLength: issue.end - issue.start,
            snippet: { text: text.slice(issue.start, issue.end) },
          },
        },
      },
    ],
    ...(issue.suggestions.length
      ? {
          fixes: [
            {
              description: { text: `Replace with "${issue.suggestions[0]}"` },
              artifactChanges: [
                {
                  artifactLocation: { uri, index },
                  replacements: [{ deletedRegion: { charOffset: issue.start, charLength: issue.end - issue.start }, insertedContent: { text: issue.suggestions[0] } }],
                },
              ],
            },
          ],
        }
      : {}),
    properties: {
      article: item.report.id ?? item.name,
      lang,
      category: issue.category,
      severity: issue.severity,
      confidence: issue.confidence,
      suggestions: issue.suggestions,
      ...(issue.source ? { source: { ...issue.source, text: sourceWords } } : {}),
    },
  };
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
