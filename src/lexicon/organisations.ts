/**
 * Organisations that own offices in news copy ("Golkar's chairman", "Hamas's political
 * chief", "the Kremlin's spokesman"): a possessive on them is good English, and in
 * Indonesian they follow a title just as a person's name does ("Ketua Umum Golkar").
 * International bodies (UN, NATO, ASEAN) are in the place gazetteer.
 */
export const organisations: readonly string[] = [
  // Indonesian parties
  'Golkar', 'Gerindra', 'PDI-P', 'PDIP', 'PDI Perjuangan', 'PKB', 'PKS', 'NasDem', 'Nasdem', 'Demokrat', 'Democrat',
  'PAN', 'PPP', 'PSI', 'Perindo', 'Hanura', 'Gelora', 'Partai Buruh', 'Ummat', 'PBB',
  // Indonesian institutions and mass organisations, by acronym and name
  'KPK', 'DPR', 'MPR', 'DPD', 'DPRD', 'TNI', 'Polri', 'BI', 'OJK', 'BPK', 'KPU', 'Bawaslu', 'BMKG', 'BNPB', 'BIN',
  'Kejagung', 'MK', 'MA', 'KY', 'Komnas HAM', 'Muhammadiyah', 'NU', 'Nahdlatul Ulama', 'MUI', 'PBNU', 'PSSI', 'KONI',
  'Pertamina', 'PLN', 'Telkom', 'Garuda', 'Garuda Indonesia', 'BUMN', 'Danantara', 'Kadin', 'Apindo',
  // Foreign parties
  'Labour', 'Conservative', 'Conservatives', 'Tory', 'Tories', 'Republican', 'Republicans', 'Democrats', 'GOP', 'LDP',
  'CCP', 'CPC', 'ANC', 'BJP', 'Congress Party', 'Likud', 'UMNO', 'PAP', 'Pheu Thai', 'SPD', 'CDU', 'AfD',
  // Foreign institutions often named by metonym
  'Kremlin', 'Pentagon', 'White House', 'Downing Street', 'Elysee', 'Élysée', 'Knesset', 'Congress', 'Senate',
  'Vatican', 'Fed', 'Federal Reserve', 'FIFA', 'AFC', 'IOC', 'OPEC', 'Interpol', 'Red Cross', 'UNICEF', 'UNHCR',
  // Armed and political movements
  'Hamas', 'Hezbollah', 'Hizbullah', 'Houthi', 'Houthis', 'Taliban', 'ISIS', 'IS', 'Al-Qaeda', 'al-Qaeda', 'Fatah',
  'PKK', 'OPM', 'KKB', 'Wagner', 'Junta',
  // Companies that make news with their executives
  'Apple', 'Google', 'Microsoft', 'Meta', 'Amazon', 'Tesla', 'Samsung', 'Toyota', 'Huawei', 'TikTok', 'Gojek',
  'Tokopedia', 'GoTo', 'Grab', 'Shopee', 'Boeing', 'Airbus', 'Nvidia', 'OpenAI', 'Freeport',
];
