import { defineRule } from '../rule.js';
import { isIncidental, quoteStart, sentencesText } from './gap.js';

/**
 * `content/addition`: version sentences with no source counterpart (0-1 beads of the
 * alignment), flagged whole. Boilerplate a portal adds (links, credits, translator
 * notes) is left alone.
 */
export const addition = defineRule({
  id: 'content/addition',
  meta: {
    category: 'addition',
    severity: 'major',
    description: 'Version content with no counterpart in the source.',
  },
  check({ version, source, alignment, report }) {
    if (!source || !alignment || source.sentences.length === 0 || !alignment.isFaithful) return;
    for (const bead of alignment.beads) {
      if (bead.source[0] !== bead.source[1] || bead.version[1] <= bead.version[0]) continue;
      const text = sentencesText(version, bead.version);
      if (isIncidental(text)) continue;
      const first = version.sentences[bead.version[0]]!;
      const last = version.sentences[bead.version[1] - 1]!;
      const body = version.text.slice(first.start, last.end);
      const lead = body.length - body.trimStart().length;
      const trail = body.length - body.trimEnd().length;
      report({
        start: first.start + lead,
        end: last.end - trail,
        confidence: 0.7,
        message: `The source has nothing that this ${bead.version[1] - bead.version[0] === 1 ? 'sentence' : 'passage'} renders: "${quoteStart(text)}"`,
      });
    }
  },
});
