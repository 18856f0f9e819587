import type { Bead } from '../../types.js';
import { defineRule } from '../rule.js';
import { carriesContent, isIncidental, quoteStart, sentencesText, stretch } from './gap.js';

/**
 * `content/omission`: source sentences the version leaves out. The aligner marks them
 * as 1-0 beads; a run of them is one omission, shown on the last words of the version
 * before the gap (or the first words after it, at the start of the text), with the
 * missing Indonesian as the issue's source range.
 */
export const omission = defineRule({
  id: 'content/omission',
  meta: {
    category: 'omission',
    severity: 'major',
    description: 'A source sentence with no counterpart in the version.',
  },
  check({ version, source, alignment, report }) {
    if (!source || !alignment || version.sentences.length === 0 || !alignment.isFaithful) return;
    const beads = alignment.beads;
    for (let k = 0; k < beads.length; k++) {
      if (!isDropped(beads[k]!)) continue;
      let end = k;
      while (end + 1 < beads.length && isDropped(beads[end + 1]!)) end++;
      const from = beads[k]!.source[0];
      const to = beads[end]!.source[1];
      k = end;
      const missing = sentencesText(source, [from, to]);
      if (isIncidental(missing)) continue;
      const at = beads[from === 0 ? 0 : k]!.version[0];
      const place = at > 0
        ? stretch(version.text, sentenceRange(version, at - 1), 'end')
        : stretch(version.text, sentenceRange(version, 0), 'start');
      if (!place) continue;
      const serious = carriesContent(missing);
      const count = to - from;
      report({
        ...place,
        source: { start: source.sentences[from]!.start, end: source.sentences[to - 1]!.end },
        severity: serious ? 'critical' : 'major',
        confidence: serious ? 0.8 : 0.65,
        message: `The version leaves out ${count === 1 ? 'a source sentence' : `${count} source sentences`} here: "${quoteStart(missing)}"`,
      });
    }
  },
});

const isDropped = (b: Bead) => b.version[0] === b.version[1] && b.source[1] > b.source[0];

const sentenceRange = (doc: { sentences: readonly { start: number; end: number }[] }, j: number) => {
  const s = doc.sentences[j]!;
  return { start: s.start, end: s.end };
};
