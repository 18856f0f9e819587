/**
 * Heads of state and government, current and recent, often in Indonesian international
 * news, by the names English copy uses. A possessive on them is usually real ("Xi's
 * foreign minister", "Putin's spokesman": the leader's appointee), so without a source
 * the title rule does not flag it. With a source, the Indonesian text decides.
 */
export const leaders: readonly string[] = [
  // Indonesia
  'Prabowo', 'Prabowo Subianto', 'Jokowi', 'Joko Widodo', 'Widodo', 'SBY', 'Susilo Bambang Yudhoyono', 'Yudhoyono',
  'Megawati', 'Soeharto', 'Suharto', 'Sukarno', 'Soekarno', 'Habibie', 'Gus Dur',
  // Southeast Asia
  'Anwar', 'Anwar Ibrahim', 'Mahathir', 'Najib', 'Lee Hsien Loong', 'Lawrence Wong', 'Marcos', 'Duterte',
  'Thaksin', 'Paetongtarn', 'Srettha', 'Prayut', 'Hun Sen', 'Hun Manet', 'Ramos-Horta', 'Xanana', 'Min Aung Hlaing',
  'Suu Kyi', 'Aung San Suu Kyi', 'To Lam', 'Hassanal Bolkiah',
  // East and South Asia, Oceania
  'Xi', 'Xi Jinping', 'Li Qiang', 'Kim Jong Un', 'Kim Jong-un', 'Yoon', 'Yoon Suk Yeol', 'Lee Jae-myung', 'Kishida',
  'Ishiba', 'Takaichi', 'Abe', 'Lai Ching-te', 'Tsai Ing-wen', 'Modi', 'Narendra Modi', 'Sharif', 'Shehbaz Sharif',
  'Imran Khan', 'Albanese', 'Anthony Albanese', 'Luxon',
  // Middle East and Africa
  'Netanyahu', 'Erdogan', 'Erdoğan', 'Khamenei', 'Pezeshkian', 'Raisi', 'Mohammed bin Salman', 'MBS', 'Assad',
  'al-Sharaa', 'Sisi', 'el-Sisi', 'Abbas', 'Mahmoud Abbas', 'Sudani', 'al-Sudani', 'Tamim', 'Ramaphosa', 'Tinubu',
  // Europe and the Americas
  'Putin', 'Vladimir Putin', 'Zelensky', 'Zelenskyy', 'Macron', 'Emmanuel Macron', 'Scholz', 'Merz', 'Starmer',
  'Sunak', 'Johnson', 'Meloni', 'Sánchez', 'Orbán', 'Orban', 'Tusk', 'von der Leyen', 'Trump', 'Donald Trump',
  'Biden', 'Joe Biden', 'Obama', 'Harris', 'Trudeau', 'Carney', 'Lula', 'Milei', 'Sheinbaum', 'Maduro',
  // International organisations
  'Guterres', 'António Guterres',
];
