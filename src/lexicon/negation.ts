/**
 * How each language says "not": the markers the negation check counts. The version
 * side is deliberately generous (affixal negation such as "unknown", "illégal", verbs
 * of refusal and denial, 不 inside 不断): a version that has any of them is taken to
 * keep the source's negation, so that the check only speaks when the version has no
 * negation of any kind.
 */

/** Indonesian negators. */
export const INDONESIAN_NEGATORS = ['tidak', 'tak', 'bukan', 'belum', 'tanpa', 'jangan', 'tiada', 'takkan', 'enggak', 'nggak', 'gak', 'nihil', 'bukanlah', 'tidaklah', 'janganlah'];

/**
 * Indonesian phrases with a negator whose meaning is not negative, or whose usual
 * rendering carries no negation: "tak lama kemudian" (soon after), "tidak sedikit"
 * (a good many), "bukan tidak mungkin" (quite possible), "tak pelak" (undoubtedly).
 * Matched at the negator, as whole words, lower case.
 */
export const NOT_NEGATIONS = [
  'tidak hanya', 'tak hanya', 'bukan hanya', 'bukan saja', 'tidak saja',
  'tak lama', 'tidak lama', 'belum lama', 'tak lama kemudian', 'tidak lama kemudian',
  'tidak sedikit', 'tak sedikit', 'tidak jarang', 'tak jarang',
  'tak terduga', 'tidak terduga', 'tak terhitung', 'tidak terhitung', 'tak terhingga', 'tidak terhingga',
  'tak kurang dari', 'tidak kurang dari', 'tidak kurang', 'tak kurang',
  'tidak lain', 'tak lain', 'tiada lain', 'tak lebih dari', 'tidak lebih dari',
  'tidak sengaja', 'tak sengaja', 'tanpa sengaja',
  'tidak jauh', 'tak jauh',
  'bukan tidak mungkin', 'bukan mustahil', 'tidak mustahil', 'tak mustahil',
  'tidak tanggung-tanggung', 'tak tanggung-tanggung', 'tak tanggung',
  'tak heran', 'tidak heran', 'tak pelak', 'tidak pelak', 'tak ayal', 'tidak ayal', 'tidak urung', 'tak urung',
  'tak terkecuali', 'tidak terkecuali', 'tidak kalah', 'tak kalah',
  'tidak sembarangan', 'tak sembarangan', 'tidak main-main', 'tak main-main',
  'tidak dapat dipungkiri', 'tak dapat dipungkiri', 'tidak bisa dipungkiri', 'tak bisa dipungkiri', 'tak terbantahkan', 'tidak terbantahkan',
  'tidak diragukan', 'tak diragukan', 'tidak terlepas', 'tak terlepas', 'tidak lepas', 'tak lepas',
  'mau tidak mau', 'mau tak mau', 'suka tidak suka', 'suka tak suka', 'tak pelak lagi',
  'tidak henti-hentinya', 'tak henti-hentinya', 'tak segan', 'tidak segan', 'tak ragu', 'tidak ragu',
  'tak tertandingi', 'tidak tertandingi', 'tak terbendung', 'tidak terbendung',
  // "… atau tidak" (whether or not) is often rendered by "whether" alone.
  'atau tidak', 'atau tak', 'atau belum', 'atau bukan',
];

/** Negation markers per target language, as regular-expression sources (matched case-insensitively). */
export const TARGET_NEGATION: Readonly<Record<string, string>> = {
  en: [
    "\\b(?:not|no|never|none|nothing|nobody|neither|nor|nowhere|without|cannot|unable|lacks?|lacked|lacking|absent|absence|zero|nil)\\b",
    "n['’]t\\b",
    '\\bno[- ]one\\b',
    '\\byet to\\b',
    '\\brather than\\b|\\binstead\\b',
    // Verbs that render "tidak + verb" in one word: tidak mau → refused, tidak mengakui → denied,
    // tidak hadir → missed, tidak boleh → banned. ("Ruled out" is not among them: it renders
    // "menutup kemungkinan", and "tidak menutup kemungkinan" is "did not rule out".)
    '\\b(?:fail(?:s|ed|ing|ure)?|refus(?:e|es|ed|ing|al)|den(?:y|ies|ied|ial)|reject(?:s|ed|ing|ion)?|forb(?:id|ids|ade|idden)|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing|ion)?|declin(?:e|es|ed|ing)|miss(?:es|ed|ing)?|skip(?:s|ped|ping)?|avoid(?:s|ed|ing)?)\\b',
    '\\bfree (?:of|from)\\b',
    // Antonyms and quantities that render "tidak + word": tidak setuju → opposed, tidak menang →
    // lost, tidak banyak → few, tidak pernah → seldom.
    '\\b(?:oppos(?:e|es|ed|ing|ition)|against|object(?:s|ed|ing|ion)|lose|loses|lost|few|little|hardly|barely|scarcely|seldom|rarely)\\b',
    // Affixal negation: un-, -less, and the common in-/im-/il-/ir-/dis-/non- words.
    '\\bun(?!der|ion|it|iv|til|veil)\\w{3,}',
    '\\w{3,}less(?:ly|ness)?\\b',
    '\\bnon-?\\w+',
    '\\b(?:in(?:valid|active|direct|accurate|capable|complete|consistent|sufficient|adequate|secure|stability|eligible|effective|appropriate|formal|visible|conclusive|credible)|im(?:possible|proper|possibly|practical|mature|balance)|il(?:legal|legally|legitimate|licit|logical)|ir(?:responsible|regular|relevant|reversible|respective)|dis(?:agree|approve|satisfied|honest|allow|qualif|continu|miss|pute|prove|credit|regard)\\w*)\\b',
  ].join('|'),
  fr: [
    "\\b(?:ne|pas|jamais|aucun|aucune|sans|ni|rien|personne|non|nul|nulle|nullement|guère|point|impossible|incapable|absence|absent|absente)\\b",
    "\\bn['’]",
    '\\b(?:refus|reje|dément|démenti|ni[eé]|nier|échou|empêch|interdi|annul|évit|exclu|écart)\\w*',
    '\\b(?:in|im|il|ir)(?:connu|certain|capable|suffisant|direct|exact|légal|légitime|possible|responsable|régulier|valide|efficace|actif|stable|juste|admissible|acceptable)\\w*',
    '\\bnon-\\w+',
  ].join('|'),
  zh: '[不没沒未无無非别別莫勿否拒缺免禁停]',
  ja: 'ない|なかっ|なく|なし|無し|ず[、。にもとはの]|ずに|ぬ|ません|まい|未|無|不|非|否|拒|禁|停|欠',
  ar: '(?:^|[\\s،.])(?:[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|لست|غير|دون|بدون|عدم|بلا|ما|رفض\\S*|نفى\\S*|ينفي\\S*|منع\\S*|يمنع\\S*))(?=[\\s،.]|$)',
};
