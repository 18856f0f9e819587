import { adjacentRepetition } from '../../../src/rules/repetition/adjacent.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(adjacentRepetition, {
  valid: [
    { lang: 'en', text: 'The convoy waited for days at the crossing.' },
    { lang: 'en', text: 'He said that that decision had had no effect on prices.' },
    { lang: 'en', text: 'What the problem is is a shortage of staff, and what they do do well is logistics.' },
    { lang: 'en', text: 'Tourists flew on to Bora Bora and then to Walla Walla.' },
    { lang: 'en', text: 'The score was 20 20 at half time, officials said.' },
    { lang: 'en', text: 'It was a very very close race, the coach said.' },
    { lang: 'en', text: 'Days of rain. Days of fear followed in the valley.' },
    { lang: 'fr', text: 'Il faut que nous nous préparions, a-t-il dit.' },
    { lang: 'zh', text: '他天天看看新闻，慢慢了解情况。' },
    { lang: 'ja', text: '人々は時々ゆっくり歩いた。' },
  ],
  invalid: [
    { lang: 'en', text: 'Talks dragged on for weeks for weeks before the deal.', errors: [{ span: 'for weeks for weeks', suggestion: 'for weeks', severity: 'minor' }] },
    { lang: 'en', text: 'Police said the the suspects had fled.', errors: [{ span: 'the the', suggestion: 'the' }] },
    { lang: 'fr', text: "Le convoi a été bloqué pendant des jours pendant des jours à la frontière.", errors: [{ span: 'pendant des jours pendant des jours', suggestion: 'pendant des jours' }] },
    { lang: 'ar', text: 'تأخرت المساعدات لأيام لأيام عند المعبر.', errors: [{ span: 'لأيام لأيام', suggestion: 'لأيام' }] },
    { lang: 'zh', text: '援助物资在边境滞留了好几天好几天。', errors: [{ span: '好几天好几天', suggestion: '好几天' }] },
  ],
});
