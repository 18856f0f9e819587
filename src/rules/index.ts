import { epithet } from './calque/epithet.js';
import { dateFormat } from './date/format.js';
import { dateMismatch } from './date/mismatch.js';
import { entityMissing } from './entity/missing.js';
import { entityTranslated } from './entity/translated.js';
import { epithetOpen } from './calque/epithet-open.js';
import { phrasing } from './fluency/phrasing.js';
import { idiom } from './calque/idiom.js';
import { title } from './calque/title.js';
import { addition } from './content/addition.js';
import { omission } from './content/omission.js';
import { numberMismatch } from './number/mismatch.js';
import { negationFlip } from './negation/flip.js';
import { adjacentRepetition } from './repetition/adjacent.js';
import { termCalque } from './terminology/term.js';
import { institutionName } from './terminology/institution.js';
import { untranslatedTerm } from './untranslated/term.js';
import { untranslatedSentence } from './untranslated/sentence.js';
import { wrongLanguage } from './language/wrong-language.js';
import type { Rule } from './rule.js';

/** Every rule, in the order they run. */
export const rules: readonly Rule[] = [epithet, epithetOpen, title, idiom, wrongLanguage, omission, addition, negationFlip, numberMismatch, dateFormat, dateMismatch, entityTranslated, entityMissing, untranslatedSentence, untranslatedTerm, institutionName, termCalque, phrasing, adjacentRepetition];
