/**
 * The review page: one self-contained HTML file (inline CSS and script, no network) that
 * shows each version beside its Indonesian source, sentence pair by sentence pair as the
 * aligner paired them, with every issue highlighted where it sits and its source words
 * highlighted in the source. Every piece of text from the input is escaped into the DOM;
 * the script carries no data, only behaviour (pop-ups, filters).
 */
import { baselineEntry, type BaselineEntry } from '../baseline.js';
import { LANGUAGE_NAMES } from '../prepare/language.js';
import { segment } from '../prepare/segment.js';
import type { ArticleInput, ArticleReport, Bead, Category, Issue, Range, Severity, VersionReport } from '../types.js';
import { baseLang } from '../validate.js';

export interface HtmlItem {
  /** What the user called the article: a file name, or its id. */
  name: string;
  input: ArticleInput;
  report: ArticleReport;
}

export interface HtmlOptions {
  /** The page title (default "calque report"). */
  title?: string;
}

const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];
const SEVERITY_MEANING: Record<Severity, string> = {
  critical: 'changes a fact or the meaning',
  major: 'an editor must fix it',
  minor: 'worth a look',
};
const CATEGORY_ORDER: readonly Category[] = ['calque.epithet', 'calque.title', 'calque.idiom', 'untranslated', 'number',
  'date-format', 'entity', 'omission', 'addition', 'repetition', 'terminology', 'fluency', 'wrong-language', 'negation'];
/** Scripts written right to left, by primary language subtag. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug', 'syr']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and double- or single-quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const esc = escapeHtml;

const langName = (tag: string) => LANGUAGE_NAMES[baseLang(tag)] ?? tag;
/** `lang` and, for right-to-left scripts, `dir` attributes of an element holding text in `tag`. */
const langAttrs = (tag: string) => ` lang="${esc(tag)}"${RTL.has(baseLang(tag)) ? ' dir="rtl"' : ''}`;
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** A highlighted range of a cell's text, tied to one issue. */
interface Span extends Range {
  key: string;
  issue: Issue;
}

/**
 * The HTML of `text[from, to)` with `spans` as <mark> elements. Overlapping spans nest;
 * where two cross, the inner one is closed and reopened, so an issue may come in pieces
 * (all with its data-issue key) but no character is lost or repeated. `first` is told
 * whether a piece is the issue's first anywhere, which carries the keyboard focus.
 */
function markup(text: string, from: number, to: number, spans: readonly Span[], atEnd: boolean,
  openTag: (span: Span, first: boolean) => string, started: Set<string>): string {
  const end = (s: Span) => Math.min(s.end, to);
  const empty = spans.filter((s) => s.start === s.end && s.start >= from && (s.start < to || (atEnd && s.start === to)));
  const inside = spans.filter((s) => s.start < s.end && s.start < to && s.end > from);
  const points = [...new Set([from, to, ...inside.flatMap((s) => [Math.max(s.start, from), end(s)])])].sort((a, b) => a - b);
  const stack: Span[] = [];
  let out = '';
  const open = (s: Span) => {
    out += openTag(s, !started.has(s.key));
    started.add(s.key);
    stack.push(s);
  };
  const longestFirst = (a: Span, b: Span) => end(b) - end(a) || a.start - b.start;
  points.forEach((p, k) => {
    if (k > 0) out += esc(text.slice(points[k - 1], p));
    const reopen: Span[] = [];
    while (stack.some((s) => end(s) <= p)) {
      const s = stack.pop()!;
      out += '</mark>';
      if (end(s) > p) reopen.push(s);
    }
    for (const s of empty.filter((z) => z.start === p)) {
      out += openTag(s, !started.has(s.key)) + '</mark>';
      started.add(s.key);
    }
    if (p < to) [...reopen, ...inside.filter((s) => Math.max(s.start, from) === p)].sort(longestFirst).forEach(open);
  });
  return out;
}

/**
 * Splits [0, length) among rows: each row with a range keeps its text and takes the gap
 * after it (spaces, line breaks), the first takes the text before it, so every character
 * shows in exactly one row.
 */
function cover(ranges: readonly (Range | undefined)[], length: number): (Range | undefined)[] {
  const order = ranges.flatMap((r, k) => (r ? [k] : [])).sort((a, b) => ranges[a]!.start - ranges[b]!.start);
  const out: (Range | undefined)[] = ranges.map(() => undefined);
  let at = 0;
  order.forEach((k, j) => {
    const next = order[j + 1];
    const end = next === undefined ? length : Math.max(at, Math.min(length, ranges[next]!.start));
    out[k] = { start: at, end };
    at = end;
  });
  return out;
}

/** Characters of sentences [a, b), or undefined for an empty side (or indices the text lacks). */
function sentencesRange(sentences: readonly Range[], [a, b]: readonly [number, number]): Range | undefined {
  const first = sentences[a];
  const last = sentences[b - 1];
  return b > a && first && last ? { start: first.start, end: last.end } : undefined;
}

interface Row {
  bead?: Bead;
  source?: Range;
  version?: Range;
}

const issueAttrs = (key: string, issue: Issue) =>
  `data-issue="${esc(key)}" data-severity="${esc(issue.severity)}" data-category="${esc(issue.category)}"`;

/** The pop-up of one issue: what, why, the source words and the suggestions. */
function tooltip(key: string, issue: Issue, sourceText: string | undefined, lang: string): string {
  const words = issue.source && sourceText !== undefined ? sourceText.slice(issue.source.start, issue.source.end) : undefined;
  return `<div class="tip" role="tooltip" id="tip-${esc(key)}" hidden>`
    + `<p class="head"><span class="badge sev-${esc(issue.severity)}">${esc(issue.severity)}</span> <code>${esc(issue.ruleId)}</code> · ${esc(issue.category)}</p>`
    + `<p class="msg">${esc(issue.message)}</p>`
    + (words !== undefined ? `<p><span class="k">Source:</span> <bdi lang="id">${esc(words)}</bdi></p>` : '')
    + (issue.suggestions.length ? `<p><span class="k">Suggestion:</span> ${issue.suggestions.map((s) => `<bdi${langAttrs(lang)}>${esc(s)}</bdi>`).join(' <span class="k">|</span> ')}</p>` : '')
    + `</div>`;
}

/** A docs link only for http(s) URLs: a "javascript:" URL in a hand-made issue must not become a link. */
const safeUrl = (url: string | undefined) => (url !== undefined && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined);

/** One line of the issue list under a table: everything the pop-up says, readable without script. */
function issueItem(key: string, issue: Issue, text: string, sourceText: string | undefined, lang: string, dismissal?: BaselineEntry): string {
  const words = issue.source && sourceText !== undefined ? sourceText.slice(issue.source.start, issue.source.end) : undefined;
  const url = safeUrl(issue.url);
  // "Dismiss": the issue's baseline entry rides on the checkbox; the export button collects the ticked ones.
  const dismiss = dismissal
    ? `<label class="dismiss"><input type="checkbox" data-dismiss data-signature="${esc(dismissal.signature)}" data-article="${esc(dismissal.article)}" data-lang="${esc(dismissal.lang)}" data-rule="${esc(dismissal.ruleId)}" data-words="${esc(dismissal.words)}"${dismissal.source !== undefined ? ` data-source="${esc(dismissal.source)}"` : ''}> dismiss</label> `
    : '';
  return `<li class="issue" ${issueAttrs(key, issue)}>`
    + dismiss
    + `<span class="badge sev-${esc(issue.severity)}">${esc(issue.severity)}</span> `
    + `<bdi class="flagged"${langAttrs(lang)}>${esc(text.slice(issue.start, issue.end))}</bdi> `
    + `<code>${esc(issue.ruleId)}</code> ${esc(issue.message)}`
    + (words !== undefined ? ` <span class="k">Source:</span> <bdi lang="id">${esc(words)}</bdi>.` : '')
    + (issue.suggestions.length ? ` <span class="k">Suggestion:</span> ${issue.suggestions.map((s) => `<bdi${langAttrs(lang)}>${esc(s)}</bdi>`).join(' | ')}` : '')
    + (url ? ` <a href="${esc(url)}" rel="noopener noreferrer" target="_blank">rule</a>` : '')
    + `</li>`;
}

function scoreBlock(v: VersionReport): string {
  const counts = SEVERITIES.map((s) => [s, v.issues.filter((i) => i.severity === s).length] as const);
  return `<dl class="score">`
    + `<div><dt>Quality</dt><dd>${esc(String(v.score.quality))}</dd></div>`
    + `<div><dt>Penalty per 1,000 words</dt><dd>${esc(String(v.score.per1000))}</dd></div>`
    + counts.map(([s, n]) => `<div><dt><span class="swatch sev-${s}"></span>${s}</dt><dd>${n}</dd></div>`).join('')
    + `<div><dt>Words</dt><dd>${esc(String(Math.round(v.score.words)))}</dd></div>`
    + `</dl>`;
}

function versionSection(ai: number, vi: number, item: HtmlItem, v: VersionReport): string {
  const sourceText = item.input.source?.text;
  const text = item.input.versions[vi]?.text ?? '';
  const vKey = `a${ai}-v${vi}`;
  const keyed = v.issues.map((issue, k) => ({ key: `${vKey}-i${k}`, issue }));
  const versionSpans: Span[] = keyed.map(({ key, issue }) => ({ key, issue, start: issue.start, end: issue.end }));
  const sourceSpans: Span[] = keyed.flatMap(({ key, issue }) => (issue.source ? [{ key, issue, ...issue.source }] : []));

  const versionSentences = segment(text).sentences;
  const sideBySide = sourceText !== undefined && v.alignment.length > 0;
  let rows: Row[];
  if (sideBySide) {
    const sourceSentences = segment(sourceText).sentences;
    const src = cover(v.alignment.map((b) => sentencesRange(sourceSentences, b.source)), sourceText.length);
    const ver = cover(v.alignment.map((b) => sentencesRange(versionSentences, b.version)), text.length);
    rows = v.alignment.map((bead, k) => ({ bead, ...(src[k] ? { source: src[k] } : {}), ...(ver[k] ? { version: ver[k] } : {}) }));
  } else {
    const ver = cover(versionSentences.length ? versionSentences : [{ start: 0, end: text.length }], text.length);
    rows = ver.map((version) => (version ? { version } : {}));
  }
  const lastVersion = Math.max(-1, ...rows.map((r, k) => (r.version ? k : -1)));
  const lastSource = Math.max(-1, ...rows.map((r, k) => (r.source ? k : -1)));

  const started = new Set<string>();
  const sourceStarted = new Set<string>();
  const versionMark = (s: Span, first: boolean) => `<mark class="iss sev-${esc(s.issue.severity)}${first ? ' lead' : ''}" ${issueAttrs(s.key, s.issue)}`
    + (first ? ` tabindex="0" aria-describedby="tip-${esc(s.key)}"` : '') + '>';
  const sourceMark = (s: Span) => `<mark class="src sev-${esc(s.issue.severity)}" ${issueAttrs(s.key, s.issue)}>`;
  const gap = (label: string, side: string) => `<td class="${side} gap ${label}"><span class="gap-label">${label}</span></td>`;

  const body = rows.map((row, k) => {
    const kind = row.bead ? `${row.bead.source[1] - row.bead.source[0]}-${row.bead.version[1] - row.bead.version[0]}` : String(k + 1);
    const cls = row.bead && !row.version ? 'missing' : row.bead && !row.source ? 'added' : 'pair';
    const head = `<th scope="row" class="kind">${esc(kind)}${typeof row.bead?.confidence === 'number' ? `<small>${esc(row.bead.confidence.toFixed(2))}</small>` : ''}</th>`;
    const sourceCell = !sideBySide ? '' : row.source
      ? `<td class="s"${langAttrs(item.input.source!.lang)}><div class="text">${markup(sourceText!, row.source.start, row.source.end, sourceSpans, k === lastSource, sourceMark, sourceStarted)}</div></td>`
      : gap('added', 's');
    const versionCell = row.version
      ? `<td class="v"${langAttrs(v.lang)}><div class="text">${markup(text, row.version.start, row.version.end, versionSpans, k === lastVersion, versionMark, started)}</div></td>`
      : gap('missing', 'v');
    return `<tr class="${cls}">${head}${sourceCell}${versionCell}</tr>`;
  }).join('\n');

  const detected = v.detectedLang !== v.lang && v.detectedLang !== baseLang(v.lang) ? ` <span class="note-inline">reads as ${esc(langName(v.detectedLang))}</span>` : '';
  const columns = sideBySide
    ? `<col class="kind"><col><col>`
    : `<col class="kind"><col>`;
  const header = `<tr><th scope="col">${sideBySide ? 'Pair' : '#'}</th>`
    + (sideBySide ? `<th scope="col"${langAttrs(item.input.source!.lang)}>${esc(langName(item.input.source!.lang))} (source)</th>` : '')
    + `<th scope="col"${langAttrs(v.lang)}>${esc(langName(v.lang))} (${esc(v.lang)})</th></tr>`;
  const notes = [...v.notes, ...(sourceText !== undefined && !sideBySide ? ['The report has no alignment for this version: its sentences are shown alone.'] : [])];
  return `<section class="version" id="${vKey}">`
    + `<h3>${esc(langName(v.lang))} <span class="tag">${esc(v.lang)}</span>${detected}</h3>`
    + scoreBlock(v)
    + (notes.length ? `<ul class="notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '')
    + `<table class="pairs${sideBySide ? '' : ' single'}"><colgroup>${columns}</colgroup><thead>${header}</thead><tbody>\n${body}\n</tbody></table>`
    + (keyed.length
      ? `<details class="issues" open><summary>${plural(keyed.length, 'issue')}</summary><ol>${keyed.map(({ key, issue }) => issueItem(key, issue, text, sourceText, v.lang, baselineEntry(item.report.id ?? item.name, v.lang, issue, text, sourceText))).join('')}</ol></details>`
      : `<p class="clean">No issues.</p>`)
    + `<div class="tips">${keyed.map(({ key, issue }) => tooltip(key, issue, sourceText, v.lang)).join('')}</div>`
    + `</section>`;
}

function articleSection(item: HtmlItem, ai: number): string {
  const { name, input, report } = item;
  const sourceIssues = report.source?.issues ?? [];
  const sourceText = input.source?.text;
  const idLine = report.id !== undefined && report.id !== name ? `<p class="id">id: <code>${esc(report.id)}</code></p>` : '';
  const sourceBlock = sourceIssues.length && sourceText !== undefined
    ? `<section class="source-issues"><h3>Source</h3><ol>${sourceIssues.map((issue, k) => issueItem(`a${ai}-s-i${k}`, issue, sourceText, undefined, 'id')).join('')}</ol></section>`
    : '';
  return `<article id="a${ai}"><h2>${esc(name)}</h2>${idLine}${sourceBlock}`
    + report.versions.map((v, vi) => versionSection(ai, vi, item, v)).join('\n')
    + `</article>`;
}

const CSS = `
:root{color-scheme:light;--critical:#b91c1c;--critical-bg:#fecaca;--major:#b45309;--major-bg:#fde68a;--minor:#1d4ed8;--minor-bg:#bfdbfe;--line:#d4d4d8;--muted:#52525b}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Noto Sans Arabic",sans-serif;color:#18181b;background:#fff}
main{padding:0 1.25rem 3rem;max-width:1400px;margin:0 auto}
h1{font-size:1.3rem;margin:1rem 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .25rem;border-bottom:2px solid #18181b;overflow-wrap:anywhere}
h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.tag{font:13px ui-monospace,Menlo,Consolas,monospace;color:var(--muted)}
.note-inline,.id,.summary{color:var(--muted)}
.controls{position:sticky;top:0;z-index:2;background:#fafafa;border-bottom:1px solid var(--line);padding:.5rem 1.25rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
.controls fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center}
.controls legend{float:left;font-weight:600;margin-right:.25rem}
.controls label{white-space:nowrap;cursor:pointer}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;color:var(--muted);font-size:13px}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.3em;border:1px solid rgba(0,0,0,.2)}
.badge{display:inline-block;font-size:12px;font-weight:600;padding:0 .4em;border-radius:3px;color:#fff}
.badge.sev-critical,.swatch.sev-critical{background:var(--critical)}
.badge.sev-major,.swatch.sev-major{background:var(--major)}
.badge.sev-minor,.swatch.sev-minor{background:var(--minor)}
.score{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.25rem 0}
.score div{display:flex;gap:.35rem}
.score dt{color:var(--muted)}
.score dd{margin:0;font-weight:600}
.notes{color:var(--muted);font-size:14px;margin:.25rem 0 .5rem;padding-inline-start:1.2rem}
table.pairs{width:100%;border-collapse:collapse;table-layout:fixed}
table.pairs col.kind{width:3.5rem}
table.pairs th,table.pairs td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:start}
table.pairs thead th{background:#f4f4f5}
th.kind{font:12px ui-monospace,Menlo,Consolas,monospace;color:var(--muted);font-weight:400}
th.kind small{display:block}
td .text{white-space:normal;overflow-wrap:anywhere;line-break:auto}
td.gap{background:repeating-linear-gradient(135deg,#fafafa 0 6px,#f1f1f3 6px 12px)}
.gap-label{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
td.gap.missing .gap-label{color:var(--critical)}
tr.added td.v,tr.missing td.s{background:#fffbeb}
mark{color:inherit;background:none;border-radius:2px}
mark.iss{cursor:help}
mark.iss.sev-critical{background:var(--critical-bg);box-shadow:inset 0 -2px var(--critical)}
mark.iss.sev-major{background:var(--major-bg);box-shadow:inset 0 -2px var(--major)}
mark.iss.sev-minor{background:var(--minor-bg);box-shadow:inset 0 -2px var(--minor)}
mark.iss mark.iss.sev-critical{box-shadow:inset 0 -4px var(--critical)}
mark.iss mark.iss.sev-major{box-shadow:inset 0 -4px var(--major)}
mark.iss mark.iss.sev-minor{box-shadow:inset 0 -4px var(--minor)}
mark.iss:empty::before{content:"\\2038";font-weight:700}
mark.src.sev-critical{box-shadow:inset 0 -2px var(--critical);background:#fef2f2}
mark.src.sev-major{box-shadow:inset 0 -2px var(--major);background:#fffbeb}
mark.src.sev-minor{box-shadow:inset 0 -2px var(--minor);background:#eff6ff}
mark.iss:focus{outline:2px solid #18181b;outline-offset:1px}
mark.hl{outline:2px solid #18181b}
mark.off{background:none!important;box-shadow:none!important;outline:none!important;cursor:auto!important}
mark.iss.off:empty::before{content:none}
details.issues{margin:.5rem 0}
details.issues summary{cursor:pointer;font-weight:600}
details.issues ol,.source-issues ol{margin:.25rem 0;padding-inline-start:1.5rem}
li.issue{margin:.2rem 0}
li.issue .flagged{font-weight:600}
.k{color:var(--muted)}
.clean{color:var(--muted)}
.tip{position:absolute;z-index:3;max-width:min(28rem,calc(100vw - 16px));background:#18181b;color:#fafafa;padding:.5rem .7rem;border-radius:6px;font-size:14px;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.tip p{margin:.15rem 0}
.tip .k{color:#a1a1aa}
.tip code{color:#e4e4e7}
label.dismiss{font-size:.8em;color:#52525b;margin-right:.3em}
.export textarea{width:100%;font:12px ui-monospace,monospace}
@media print{.controls,.tips{display:none}mark.off{background:none}}
`;

/** Behaviour only: it reads the page it is in and carries no report data. */
const SCRIPT = `
(function () {
  var doc = document;
  var boxes = Array.prototype.slice.call(doc.querySelectorAll('input[data-filter]'));
  var tagged = Array.prototype.slice.call(doc.querySelectorAll('[data-issue]'));
  var shownCount = doc.getElementById('shown');
  var dismissBoxes = Array.prototype.slice.call(doc.querySelectorAll('input[data-dismiss]'));
  var exportArea = doc.getElementById('baseline-export');
  var dismissedCount = doc.getElementById('dismissed');
  function baseline() {
    var seen = {};
    var dismissed = [];
    dismissBoxes.forEach(function (b) {
      var sig = b.getAttribute('data-signature');
      if (!b.checked || seen[sig]) return;
      seen[sig] = true;
      var e = { signature: sig, article: b.getAttribute('data-article'), lang: b.getAttribute('data-lang'), ruleId: b.getAttribute('data-rule'), words: b.getAttribute('data-words') };
      if (b.hasAttribute('data-source')) e.source = b.getAttribute('data-source');
      dismissed.push(e);
    });
    return { version: 1, dismissed: dismissed };
  }
  function updateExport() {
    var b = baseline();
    if (exportArea) exportArea.value = JSON.stringify(b, null, 2);
    if (dismissedCount) dismissedCount.textContent = String(b.dismissed.length);
  }
  dismissBoxes.forEach(function (b) { b.addEventListener('change', updateExport); });
  var exportButton = doc.getElementById('export-baseline');
  if (exportButton) exportButton.addEventListener('click', function () {
    var a = doc.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(baseline(), null, 2) + '\\n'], { type: 'application/json' }));
    a.download = 'calque.baseline.json';
    doc.body.appendChild(a);
    a.click();
    a.remove();
  });
  var current = null;
  function apply() {
    var severity = {}, category = {};
    boxes.forEach(function (b) {
      if (!b.checked) return;
      if (b.getAttribute('data-filter') === 'severity') severity[b.value] = true; else category[b.value] = true;
    });
    var shown = 0;
    tagged.forEach(function (el) {
      var off = !Object.prototype.hasOwnProperty.call(severity, el.getAttribute('data-severity'))
        || !Object.prototype.hasOwnProperty.call(category, el.getAttribute('data-category'));
      el.classList.toggle('off', off);
      if (el.tagName === 'LI') { el.hidden = off; if (!off) shown++; }
      if (el.classList.contains('lead')) el.tabIndex = off ? -1 : 0;
    });
    if (shownCount) shownCount.textContent = String(shown);
    if (current && current.mark.classList.contains('off')) hide();
  }
  function same(key) { return tagged.filter(function (el) { return el.tagName === 'MARK' && el.getAttribute('data-issue') === key; }); }
  function show(mark) {
    if (mark.classList.contains('off')) return;
    var key = mark.getAttribute('data-issue');
    var tip = doc.getElementById('tip-' + key);
    if (!tip) return;
    if (current && current.tip === tip) return;
    hide();
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left, doc.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
    same(key).forEach(function (el) { el.classList.add('hl'); });
    current = { tip: tip, mark: mark };
  }
  function hide() {
    if (!current) return;
    current.tip.hidden = true;
    tagged.forEach(function (el) { el.classList.remove('hl'); });
    current = null;
  }
  function markOf(node) { return node && node.closest ? node.closest('mark.iss') : null; }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  doc.addEventListener('mouseover', function (e) {
    var mark = markOf(e.target);
    if (mark) show(mark);
    else if (current && !(e.target.closest && e.target.closest('.tip')) && doc.activeElement !== current.mark) hide();
  });
  doc.addEventListener('focusin', function (e) { var mark = markOf(e.target); if (mark) show(mark); else hide(); });
  doc.addEventListener('focusout', function (e) { if (markOf(e.target)) hide(); });
  doc.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  apply();
})();
`;

/**
 * The HTML review page of checked articles: per article and version, the source and the
 * version side by side as aligned, issues highlighted by severity with their message,
 * source words and suggestions on hover and focus, scores, notes, and filters by
 * severity and category. One file, no network.
 */
export function formatHtml(items: readonly HtmlItem[], options: HtmlOptions = {}): string {
  const title = options.title ?? 'calque report';
  const all = items.flatMap((i) => [...(i.report.source?.issues ?? []), ...i.report.versions.flatMap((v) => v.issues)]);
  const versions = items.reduce((n, i) => n + i.report.versions.length, 0);
  const count = (f: (i: Issue) => boolean) => all.filter(f).length;
  const categories = [...new Set(all.map((i) => i.category))].sort((a, b) => {
    const ka = CATEGORY_ORDER.indexOf(a);
    const kb = CATEGORY_ORDER.indexOf(b);
    return (ka < 0 ? 99 : ka) - (kb < 0 ? 99 : kb) || (a < b ? -1 : a > b ? 1 : 0);
  });
  const box = (filter: 'severity' | 'category', value: string, label: string, n: number) =>
    `<label><input type="checkbox" data-filter="${filter}" value="${esc(value)}" checked> ${label} <span class="k">(${n})</span></label>`;
  const controls = `<div class="controls" role="region" aria-label="Filters">`
    + `<fieldset><legend>Severity</legend>${SEVERITIES.map((s) => box('severity', s, `<span class="swatch sev-${s}"></span>${s}`, count((i) => i.severity === s))).join('')}</fieldset>`
    + (categories.length ? `<fieldset><legend>Category</legend>${categories.map((c) => box('category', c, esc(c), count((i) => i.category === c))).join('')}</fieldset>` : '')
    + `<p class="count" aria-live="polite">Showing <strong id="shown">${all.length}</strong> of ${plural(all.length, 'issue')}</p>`
    + `<details class="export"><summary>Dismissed: <strong id="dismissed">0</strong></summary>`
    + `<p>Tick "dismiss" on issues you judge wrong, then save this as <code>calque.baseline.json</code> beside your articles: later runs leave them out.</p>`
    + `<button type="button" id="export-baseline">Download calque.baseline.json</button>`
    + `<textarea id="baseline-export" readonly rows="6" aria-label="calque.baseline.json">{"version": 1, "dismissed": []}</textarea></details>`
    + `</div>`;
  const legend = `<div class="legend">`
    + SEVERITIES.map((s) => `<span><span class="swatch sev-${s}"></span><strong>${s}</strong>: ${SEVERITY_MEANING[s]}</span>`).join('')
    + `<span>Source words behind an issue are underlined in the source.</span>`
    + `<span><span class="gap-label">missing</span>: a source sentence the version lacks; <span class="gap-label">added</span>: a sentence the source lacks.</span>`
    + `</div>`;
  const toc = items.length > 1
    ? `<nav aria-label="Articles"><ol>${items.map((it, k) => `<li><a href="#a${k}">${esc(it.name)}</a> <span class="k">(${plural(it.report.versions.reduce((n, v) => n + v.issues.length, 0) + (it.report.source?.issues.length ?? 0), 'issue')})</span></li>`).join('')}</ol></nav>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="calque">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${controls}
<main>
<h1>${esc(title)}</h1>
<p class="summary">${plural(items.length, 'article')}, ${plural(versions, 'version')}, ${plural(all.length, 'issue')}. Hover over or tab to a highlight for its message and suggestion.</p>
${legend}
<noscript><p>Filters and pop-ups need JavaScript; every issue is listed under its table.</p></noscript>
${toc}
${items.map((item, k) => articleSection(item, k)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
