/**
 * Names of days, months and Indonesian time zones, per language: the data the date
 * rules read. Weekdays are numbered 1 (Monday) to 7 (Sunday), months 1 to 12.
 */

/** The languages the date rules read: the source and the five targets. */
export type DateLang = 'id' | 'en' | 'fr' | 'zh' | 'ja' | 'ar';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A name of a weekday, as news copy writes it. */
export interface WeekdayName {
  form: string;
  day: Weekday;
  /**
   * The form also means something else ("minggu" is also "week" in Indonesian, الاثنين
   * also "the two" in Arabic): it names a day only where the context says so.
   */
  ambiguous?: boolean;
}

/** A name of a month; `abbreviation` marks short forms ("Jan.", "Agt"). */
export interface MonthName {
  form: string;
  month: number;
  abbreviation?: boolean;
}

const days = (forms: readonly (readonly string[])[], ambiguous: readonly string[] = []): WeekdayName[] =>
  forms.flatMap((fs, k) => fs.map((form) => ({ form, day: (k + 1) as Weekday, ...(ambiguous.includes(form) ? { ambiguous: true } : {}) })));

const months = (full: readonly (readonly string[])[], short: readonly (readonly string[])[] = []): MonthName[] => [
  ...full.flatMap((fs, k) => fs.map((form) => ({ form, month: k + 1 }))),
  ...short.flatMap((fs, k) => fs.map((form) => ({ form, month: k + 1, abbreviation: true }))),
];

/**
 * Weekday names, Monday first. Latin-script forms are matched case-sensitively as
 * written here (Indonesian and English capitalise day names, French does not, though a
 * sentence-initial capital is accepted); abbreviations carry their full stop when news
 * style gives them one.
 */
export const weekdayNames: Record<DateLang, readonly WeekdayName[]> = {
  id: days(
    [['Senin'], ['Selasa'], ['Rabu'], ['Kamis'], ['Jumat', "Jum'at", 'Jum’at'], ['Sabtu'], ['Minggu', 'Ahad']],
    ['Minggu'],
  ),
  en: days([
    ['Monday', 'Mon.'], ['Tuesday', 'Tue.', 'Tues.'], ['Wednesday', 'Wed.'], ['Thursday', 'Thu.', 'Thur.', 'Thurs.'],
    ['Friday', 'Fri.'], ['Saturday', 'Sat.'], ['Sunday', 'Sun.'],
  ]),
  fr: days([['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']]),
  zh: days([
    ['星期一', '周一', '礼拜一', '週一'], ['星期二', '周二', '礼拜二', '週二'], ['星期三', '周三', '礼拜三', '週三'],
    ['星期四', '周四', '礼拜四', '週四'], ['星期五', '周五', '礼拜五', '週五'], ['星期六', '周六', '礼拜六', '週六'],
    ['星期日', '星期天', '周日', '礼拜天', '礼拜日', '週日'],
  ]),
  ja: days([['月曜日', '月曜'], ['火曜日', '火曜'], ['水曜日', '水曜'], ['木曜日', '木曜'], ['金曜日', '金曜'], ['土曜日', '土曜'], ['日曜日', '日曜']]),
  // الاثنين is also "the two" and الأحد "the one": they name a day only after يوم or next to a date.
  ar: days(
    [['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء', 'الاربعاء'], ['الخميس'], ['الجمعة'], ['السبت'], ['الأحد', 'الاحد']],
    ['الاثنين', 'الإثنين', 'الأحد', 'الاحد'],
  ),
};

/** Japanese one-character weekdays, written in brackets after a date: 5月7日（火）. */
export const japaneseWeekdayChars: Readonly<Record<string, Weekday>> = { 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6, 日: 7 };

/**
 * Month names. Chinese and Japanese write months as numbers (5月) and need no list.
 * Arabic has three sets in use: the Gregorian names of Egypt and the Gulf (مايو), the
 * Syriac names of the Levant and Iraq (أيار), and the French-derived names of the
 * Maghreb (ماي); news in one region often pairs two of them.
 */
export const monthNames: Record<Exclude<DateLang, 'zh' | 'ja'>, readonly MonthName[]> = {
  id: months(
    [['Januari'], ['Februari', 'Pebruari'], ['Maret'], ['April'], ['Mei'], ['Juni'], ['Juli'], ['Agustus'], ['September'], ['Oktober'], ['November', 'Nopember'], ['Desember']],
    [['Jan', 'Jan.'], ['Feb', 'Feb.', 'Peb'], ['Mar', 'Mar.'], ['Apr', 'Apr.'], [], ['Jun', 'Jun.'], ['Jul', 'Jul.'], ['Agu', 'Agu.', 'Agt', 'Agt.', 'Ags', 'Ags.', 'Agst', 'Agst.', 'Agus', 'Agus.'], ['Sep', 'Sep.', 'Sept', 'Sept.'], ['Okt', 'Okt.'], ['Nov', 'Nov.', 'Nop', 'Nop.'], ['Des', 'Des.']],
  ),
  en: months(
    [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'], ['November'], ['December']],
    [['Jan.', 'Jan'], ['Feb.', 'Feb'], ['Mar.'], ['Apr.', 'Apr'], [], ['Jun.'], ['Jul.'], ['Aug.', 'Aug'], ['Sept.', 'Sep.', 'Sept', 'Sep'], ['Oct.', 'Oct'], ['Nov.', 'Nov'], ['Dec.', 'Dec']],
  ),
  fr: months(
    [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
    [['janv.'], ['févr.', 'fév.'], [], ['avr.'], [], [], ['juil.'], [], ['sept.'], ['oct.'], ['nov.'], ['déc.']],
  ),
  ar: months([
    ['يناير', 'كانون الثاني', 'جانفي'],
    ['فبراير', 'شباط', 'فيفري'],
    ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل'],
    ['مايو', 'أيار', 'ماي'],
    ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويلية'],
    ['أغسطس', 'اغسطس', 'آب', 'أوت'],
    ['سبتمبر', 'أيلول'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الأول'],
  ]),
};

/** The name each target language's news style writes, by month (index 0 is January). */
export const monthStyle: Record<'en' | 'fr' | 'ar', readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/** The name each target language writes for a weekday in a suggestion, Monday first. */
export const weekdayStyle: Record<'en' | 'fr' | 'zh' | 'ja' | 'ar', readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  zh: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  ja: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
  ar: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
};

/** Words that put a bare "(d/m)" in a date's place even without a weekday: "yesterday (7/5)". */
export const dayWords: Record<DateLang, readonly string[]> = {
  id: ['hari ini', 'kemarin', 'besok', 'tadi malam', 'semalam', 'pagi ini', 'malam ini', 'tanggal'],
  en: ['today', 'yesterday', 'tomorrow', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening'],
  fr: ["aujourd'hui", 'aujourd’hui', 'hier', 'demain', 'hier soir', 'ce matin', 'ce soir', 'cet après-midi'],
  zh: ['今天', '昨天', '明天', '今日', '昨日', '今晚', '昨晚'],
  ja: ['今日', '昨日', '明日', '本日', '今夜', '昨夜'],
  ar: ['اليوم', 'أمس', 'الأمس', 'غدا', 'غداً', 'الليلة'],
};

/**
 * Parts of the day news copy puts between the weekday and the date ("Tuesday evening
 * (7/5)" for "Selasa (7/5) malam" reordered).
 */
export const partsOfDay: Record<DateLang, readonly string[]> = {
  id: ['pagi', 'siang', 'sore', 'petang', 'malam', 'dini hari'],
  en: ['morning', 'afternoon', 'evening', 'night', 'noon', 'midday'],
  fr: ['matin', 'midi', 'après-midi', 'soir', 'soirée', 'nuit'],
  zh: ['上午', '下午', '晚上', '晚间', '早上', '中午', '凌晨', '夜间'],
  ja: ['午前', '午後', '朝', '夜', '夕方', '未明', '深夜'],
  ar: ['صباح', 'صباحا', 'صباحاً', 'مساء', 'مساءً', 'مساءا', 'ليلا', 'ليلاً', 'ظهر', 'ظهرا', 'ظهراً', 'فجر'],
};

export type ZoneCode = 'WIB' | 'WITA' | 'WIT';

/** One of Indonesia's three time zones: its abbreviation, its offset, and how each language names it. */
export interface TimeZone {
  code: ZoneCode;
  /** Hours ahead of UTC. */
  utcOffset: number;
  /** The Indonesian name the abbreviation stands for. */
  indonesian: string;
  /** The name a suggestion writes, per language. */
  name: Record<'en' | 'fr' | 'zh' | 'ja' | 'ar', string>;
  /** Wordings that explain this zone in a version, per language (its name and near variants, a city's time). */
  expansions: Record<'en' | 'fr' | 'zh' | 'ja' | 'ar', readonly string[]>;
}

export const timeZones: readonly TimeZone[] = [
  {
    code: 'WIB',
    utcOffset: 7,
    indonesian: 'Waktu Indonesia Barat',
    name: { en: 'Western Indonesia Time', fr: "heure de l'Ouest de l'Indonésie", zh: '印尼西部时间', ja: 'インドネシア西部時間', ar: 'بتوقيت غرب إندونيسيا' },
    expansions: {
      en: ['Western Indonesia Time', 'Western Indonesian Time', 'West Indonesia Time', 'West Indonesian Time', 'Western Indonesia Standard Time', 'Jakarta time'],
      fr: ["heure de l'Ouest de l'Indonésie", "heure de l'ouest de l'Indonésie", "heure de l'Indonésie occidentale", 'heure de Jakarta', "heure de l'Indonésie de l'Ouest"],
      zh: ['印尼西部时间', '印度尼西亚西部时间', '西印尼时间', '雅加达时间'],
      ja: ['インドネシア西部時間', '西部インドネシア時間', 'ジャカルタ時間'],
      ar: ['توقيت غرب إندونيسيا', 'توقيت غربي إندونيسيا', 'توقيت جاكرتا', 'بتوقيت غرب إندونيسيا', 'بتوقيت جاكرتا'],
    },
  },
  {
    code: 'WITA',
    utcOffset: 8,
    indonesian: 'Waktu Indonesia Tengah',
    name: { en: 'Central Indonesia Time', fr: "heure du Centre de l'Indonésie", zh: '印尼中部时间', ja: 'インドネシア中部時間', ar: 'بتوقيت وسط إندونيسيا' },
    expansions: {
      en: ['Central Indonesia Time', 'Central Indonesian Time', 'Central Indonesia Standard Time', 'Bali time', 'Makassar time'],
      fr: ["heure du Centre de l'Indonésie", "heure du centre de l'Indonésie", "heure de l'Indonésie centrale", 'heure de Bali', 'heure de Makassar'],
      zh: ['印尼中部时间', '印度尼西亚中部时间', '中印尼时间', '巴厘岛时间'],
      ja: ['インドネシア中部時間', '中部インドネシア時間', 'バリ時間'],
      ar: ['توقيت وسط إندونيسيا', 'بتوقيت وسط إندونيسيا', 'توقيت بالي', 'بتوقيت بالي'],
    },
  },
  {
    code: 'WIT',
    utcOffset: 9,
    indonesian: 'Waktu Indonesia Timur',
    name: { en: 'Eastern Indonesia Time', fr: "heure de l'Est de l'Indonésie", zh: '印尼东部时间', ja: 'インドネシア東部時間', ar: 'بتوقيت شرق إندونيسيا' },
    expansions: {
      en: ['Eastern Indonesia Time', 'Eastern Indonesian Time', 'East Indonesia Time', 'East Indonesian Time', 'Eastern Indonesia Standard Time', 'Jayapura time'],
      fr: ["heure de l'Est de l'Indonésie", "heure de l'est de l'Indonésie", "heure de l'Indonésie orientale", 'heure de Jayapura'],
      zh: ['印尼东部时间', '印度尼西亚东部时间', '东印尼时间'],
      ja: ['インドネシア東部時間', '東部インドネシア時間'],
      ar: ['توقيت شرق إندونيسيا', 'بتوقيت شرق إندونيسيا', 'توقيت جايابورا'],
    },
  },
];

/**
 * Wordings that explain any zone by the clock the reader already knows: "local time", or
 * a conversion to GMT/UTC. Their presence in the sentence makes a bare WIB harmless.
 */
export const localTimeWords: Record<'en' | 'fr' | 'zh' | 'ja' | 'ar', readonly string[]> = {
  en: ['local time', 'GMT', 'UTC'],
  fr: ['heure locale', 'heures locales', 'GMT', 'UTC'],
  zh: ['当地时间', '當地時間', '格林尼治时间', '北京时间', 'GMT', 'UTC'],
  ja: ['現地時間', '日本時間', 'GMT', 'UTC'],
  ar: ['بالتوقيت المحلي', 'التوقيت المحلي', 'بتوقيت غرينتش', 'غرينتش', 'GMT', 'UTC'],
};
