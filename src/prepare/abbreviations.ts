/**
 * Abbreviations that end in a period without ending a sentence, in Indonesian,
 * English and French news copy. Matched case-sensitively against the word before the
 * period, without the period.
 */

/** Always followed by more of the same sentence: titles, ranks, "Jl. Sudirman", "No. 5". */
export const NEVER_FINAL = new Set([
  // English titles and ranks
  'Mr', 'Mrs', 'Ms', 'Mssrs', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Ft', 'Gen', 'Maj', 'Lt', 'Col', 'Capt', 'Cpt',
  'Cmdr', 'Cdr', 'Sgt', 'Cpl', 'Pvt', 'Brig', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp',
  'Gen', 'Amb', 'Sec', 'Atty', 'Fr', 'Sra', 'Sgt', 'Lt-Gen', 'Maj-Gen', 'Brig-Gen',
  // references
  'No', 'Nos', 'no', 'Vol', 'vol', 'Fig', 'fig', 'p', 'pp', 'Art', 'art', 'Ch', 'ch', 'approx', 'vs', 'cf', 'ca',
  // Indonesian titles, addresses and honorifics
  'dr', 'drg', 'Drs', 'Dra', 'Ir', 'Hj', 'H', 'KH', 'Tn', 'Ny', 'Nn', 'Sdr', 'Sdri', 'Bpk', 'Yth', 'Kol', 'Letkol',
  'Jl', 'Jln', 'Gg', 'Kec', 'Kab', 'Kel', 'Prov', 'Ds', 'Kp', 'RT', 'RW', 'Pj', 'Plt', 'Plh', 'Pol', 'Purn',
  // French
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr', 'av', 'bd', 'env', 'cf',
  // months, as in "Jan. 12"
  'Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Agu', 'Ags', 'Okt', 'Des',
]);

/** Can end a sentence or not ("… and Co. The next day" / "PT X Tbk. yang"): decided by the next word. */
export const MAYBE_FINAL = new Set([
  'etc', 'dll', 'dsb', 'dst', 'dkk', 'Inc', 'Ltd', 'Co', 'Corp', 'Tbk', 'Bhd', 'Pte', 'Plc', 'LLC', 'cs',
]);

/**
 * Capitalised words that start sentences in news copy; after a MAYBE_FINAL
 * abbreviation ("U.S.", "dll."), one of these means the sentence did end.
 */
export const SENTENCE_STARTERS = new Set([
  // English
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And',
  'However', 'In', 'On', 'At', 'After', 'Before', 'Meanwhile', 'His', 'Her', 'Its', 'Their', 'Our', 'There',
  'When', 'While', 'If', 'As', 'According', 'Since', 'For', 'Previously', 'Earlier', 'Later', 'Some', 'Many',
  'Most', 'Also', 'Then', 'So', 'Yet', 'Still', 'Now', 'Today', 'Yesterday',
  // Indonesian
  'Dia', 'Ia', 'Mereka', 'Kami', 'Kita', 'Saya', 'Ini', 'Itu', 'Namun', 'Tetapi', 'Sementara', 'Selain',
  'Sebelumnya', 'Kemudian', 'Menurut', 'Pada', 'Dalam', 'Di', 'Hal', 'Adapun', 'Selanjutnya', 'Oleh', 'Untuk',
  'Dengan', 'Sedangkan', 'Bahkan', 'Padahal', 'Meski', 'Meskipun', 'Jika', 'Saat', 'Ketika', 'Sejak', 'Setelah',
  'Sebelum', 'Para', 'Sebanyak', 'Hingga', 'Sampai', 'Akibatnya', 'Karena', 'Ada', 'Tak', 'Tidak', 'Yang',
  // French
  'Le', 'La', 'Les', 'Un', 'Une', 'Il', 'Elle', 'Ils', 'Elles', 'Nous', 'On', 'Ce', 'Cette', 'Ces', 'Mais',
  'Selon', 'Dans', 'En', 'Pour', 'Depuis', 'Après', 'Avant', 'Cependant',
]);
