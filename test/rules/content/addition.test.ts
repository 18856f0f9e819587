import { addition } from '../../../src/rules/content/addition.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { AR, compose, EN, FR, JA, SOURCE, ZH } from './fixtures.js';

const ADDED_EN = 'Surabaya is the second-largest city in Indonesia after Jakarta.';

ruleTester(addition, {
  valid: [
    { name: 'en: a faithful translation', lang: 'en', source: SOURCE, text: compose(EN) },
    { name: 'fr: a faithful translation', lang: 'fr', source: SOURCE, text: compose(FR) },
    { name: 'zh: a faithful translation', lang: 'zh', source: SOURCE, text: compose(ZH) },
    { name: 'ja: a faithful translation', lang: 'ja', source: SOURCE, text: compose(JA) },
    { name: 'ar: a faithful translation', lang: 'ar', source: SOURCE, text: compose(AR) },
    { name: 'en: no source, nothing to compare', lang: 'en', text: compose(EN, { add: { at: 2, text: ADDED_EN } }) },
    {
      name: 'en: a portal\'s "Read also" line is not an addition',
      lang: 'en',
      source: SOURCE,
      text: compose(EN, { add: { at: 6, text: 'Read also: Tidal floods hit the north coast of Jakarta.' } }),
    },
    {
      name: 'en: a translator\'s credit is not an addition',
      lang: 'en',
      source: SOURCE,
      text: `${compose(EN)}\n\nTranslated by: Dewi Lestari`,
    },
  ],
  invalid: [
    {
      name: 'en: an added sentence is flagged whole',
      lang: 'en',
      source: SOURCE,
      text: compose(EN, { add: { at: 2, text: ADDED_EN } }),
      errors: [{ span: ADDED_EN, severity: 'major', message: 'The source has nothing that this sentence renders' }],
    },
    {
      name: 'fr: an added sentence at the end',
      lang: 'fr',
      source: SOURCE,
      text: compose(FR, { add: { at: 6, text: 'Surabaya est la deuxième ville du pays après Jakarta, avec près de trois millions d’habitants.' } }),
      errors: [{ span: 'Surabaya est la deuxième ville du pays après Jakarta, avec près de trois millions d’habitants.' }],
    },
    {
      name: 'zh: an added sentence',
      lang: 'zh',
      source: SOURCE,
      text: compose(ZH, { add: { at: 4, text: '泗水是印尼仅次于雅加达的第二大城市，人口接近三百万。' } }),
      errors: [{ span: '泗水是印尼仅次于雅加达的第二大城市，人口接近三百万。' }],
    },
    {
      name: 'ja: an added sentence',
      lang: 'ja',
      source: SOURCE,
      text: compose(JA, { add: { at: 1, text: 'スラバヤはジャカルタに次ぐインドネシア第二の都市で、人口は約300万人だ。' } }),
      errors: [{ span: 'スラバヤはジャカルタに次ぐインドネシア第二の都市で、人口は約300万人だ。' }],
    },
    {
      name: 'ar: an added sentence',
      lang: 'ar',
      source: SOURCE,
      text: compose(AR, { add: { at: 3, text: 'وتعد سورابايا ثاني أكبر مدينة في إندونيسيا بعد جاكرتا، ويقطنها نحو ثلاثة ملايين نسمة.' } }),
      errors: [{ span: 'وتعد سورابايا ثاني أكبر مدينة في إندونيسيا بعد جاكرتا، ويقطنها نحو ثلاثة ملايين نسمة.' }],
    },
  ],
});
