import type { Title } from './types.js';

/**
 * Indonesian titles written before a name ("PM Sudani", "Menkeu Sri Mulyani",
 * "Wali Kota Surabaya Eri Cahyadi"), with their renderings in each target language.
 *
 * `forms` lists the full form first, then abbreviations and spelling variants, as they
 * appear in news copy. No form (compared case-insensitively) belongs to two entries.
 * `renderings` lists, best first, how each language writes the title before a name;
 * English also lists the variants a machine produces (US and UK spellings, long official
 * names, abbreviated ranks such as "Maj. Gen."), since the rule looks for them after
 * "<Name>'s".
 */
export const titles: readonly Title[] = [
  // ── Heads of state and government ────────────────────────────────────────────
  { forms: ['Presiden'], kind: 'head-of-state', renderings: {
    en: ['President', 'Pres.'], fr: ['président', 'présidente'], zh: ['总统'], ja: ['大統領'], ar: ['الرئيس', 'رئيس', 'الرئيسة'] } },
  { forms: ['Wakil Presiden', 'Wapres'], kind: 'head-of-state', renderings: {
    en: ['Vice President', 'Vice-President', 'VP', 'Deputy President'], fr: ['vice-président', 'vice-présidente'], zh: ['副总统'], ja: ['副大統領'], ar: ['نائب الرئيس', 'نائبة الرئيس'] } },
  { forms: ['Presiden Terpilih'], kind: 'head-of-state', renderings: {
    en: ['President-elect', 'President-Elect', 'President Elect'], fr: ['président élu', 'présidente élue'], zh: ['当选总统'], ja: ['次期大統領'], ar: ['الرئيس المنتخب'] } },
  { forms: ['Perdana Menteri', 'PM'], kind: 'head-of-state', renderings: {
    en: ['Prime Minister', 'PM', 'Premier'], fr: ['Premier ministre', 'première ministre', 'Premier Ministre'], zh: ['总理', '首相'], ja: ['首相'], ar: ['رئيس الوزراء', 'رئيس الحكومة', 'رئيسة الوزراء'] } },
  { forms: ['Wakil Perdana Menteri', 'Wakil PM', 'Waperdam'], kind: 'head-of-state', renderings: {
    en: ['Deputy Prime Minister', 'Deputy PM', 'Vice Premier', 'Vice Prime Minister'], fr: ['vice-Premier ministre', 'vice-premier ministre', 'vice-Premier Ministre'], zh: ['副总理', '副首相'], ja: ['副首相'], ar: ['نائب رئيس الوزراء'] } },
  { forms: ['Kanselir'], kind: 'head-of-state', renderings: {
    en: ['Chancellor'], fr: ['chancelier', 'chancelière'], zh: ['总理'], ja: ['首相'], ar: ['المستشار', 'المستشارة'] } },
  { forms: ['Pemimpin Tertinggi', 'Pemimpin Agung'], kind: 'head-of-state', renderings: {
    en: ['Supreme Leader'], fr: ['Guide suprême', 'guide suprême'], zh: ['最高领袖'], ja: ['最高指導者'], ar: ['المرشد الأعلى'] } },
  { forms: ['Ibu Negara'], kind: 'head-of-state', renderings: {
    en: ['First Lady'], fr: ['Première dame', 'première dame'], zh: ['第一夫人'], ja: ['大統領夫人', 'ファーストレディー'], ar: ['السيدة الأولى', 'سيدة البلاد الأولى'] } },

  // ── Royalty ──────────────────────────────────────────────────────────────────
  { forms: ['Raja'], kind: 'royal', renderings: {
    en: ['King'], fr: ['roi'], zh: ['国王'], ja: ['国王'], ar: ['الملك'] } },
  { forms: ['Ratu'], kind: 'royal', renderings: {
    en: ['Queen'], fr: ['reine'], zh: ['女王'], ja: ['女王'], ar: ['الملكة'] } },
  { forms: ['Permaisuri'], kind: 'royal', renderings: {
    en: ['Queen Consort', 'Queen', 'Consort'], fr: ['reine consort', 'reine'], zh: ['王后'], ja: ['王妃'], ar: ['الملكة', 'قرينة الملك'] } },
  { forms: ['Sultan'], kind: 'royal', renderings: {
    en: ['Sultan'], fr: ['sultan'], zh: ['苏丹'], ja: ['スルタン', '国王'], ar: ['السلطان'] } },
  { forms: ['Yang di-Pertuan Agong', 'Yang Dipertuan Agong'], kind: 'royal', renderings: {
    en: ['King', 'Yang di-Pertuan Agong', 'Paramount Ruler', 'Malaysian King'], fr: ['roi', 'Yang di-Pertuan Agong'], zh: ['最高元首', '国家元首'], ja: ['国王', 'マレーシア国王'], ar: ['الملك', 'ملك ماليزيا'] } },
  { forms: ['Kaisar'], kind: 'royal', renderings: {
    en: ['Emperor'], fr: ['empereur', 'impératrice'], zh: ['天皇', '皇帝'], ja: ['天皇', '皇帝'], ar: ['الإمبراطور'] } },
  { forms: ['Putra Mahkota', 'Pangeran Mahkota'], kind: 'royal', renderings: {
    en: ['Crown Prince'], fr: ['prince héritier'], zh: ['王储', '皇太子'], ja: ['皇太子', '王太子'], ar: ['ولي العهد', 'الأمير ولي العهد'] } },
  { forms: ['Putri Mahkota'], kind: 'royal', renderings: {
    en: ['Crown Princess'], fr: ['princesse héritière'], zh: ['王储', '王太女'], ja: ['王太子', '皇太子妃'], ar: ['ولية العهد', 'الأميرة ولية العهد'] } },
  { forms: ['Pangeran'], kind: 'royal', renderings: {
    en: ['Prince'], fr: ['prince'], zh: ['王子', '亲王'], ja: ['王子'], ar: ['الأمير'] } },
  { forms: ['Emir'], kind: 'royal', renderings: {
    en: ['Emir', 'Amir'], fr: ['émir'], zh: ['埃米尔'], ja: ['首長', 'アミール'], ar: ['الأمير', 'أمير'] } },
  { forms: ['Syekh', 'Syeikh', 'Syaikh', 'Sheikh'], kind: 'royal', renderings: {
    en: ['Sheikh', 'Shaikh', 'Sheik'], fr: ['cheikh'], zh: ['谢赫'], ja: ['シェイク', 'シャイフ'], ar: ['الشيخ'] } },

  // ── Ministers: generic and coordinating ──────────────────────────────────────
  { forms: ['Menteri'], kind: 'minister', renderings: {
    en: ['Minister', 'Secretary'], fr: ['ministre'], zh: ['部长'], ja: ['大臣', '相'], ar: ['الوزير', 'وزير', 'الوزيرة'] } },
  { forms: ['Wakil Menteri', 'Wamen'], kind: 'minister', renderings: {
    en: ['Deputy Minister', 'Vice Minister', 'Deputy Secretary'], fr: ['vice-ministre', 'ministre délégué'], zh: ['副部长'], ja: ['副大臣', '副相'], ar: ['نائب الوزير', 'نائب وزير'] } },
  { forms: ['Wakil Menteri Luar Negeri', 'Wamenlu'], kind: 'minister', renderings: {
    en: ['Deputy Foreign Minister', 'Vice Foreign Minister', 'Deputy Minister of Foreign Affairs', 'Vice Minister of Foreign Affairs', 'Deputy Secretary of State'], fr: ['vice-ministre des Affaires étrangères'], zh: ['副外长', '外交部副部长'], ja: ['外務副大臣', '外務次官'], ar: ['نائب وزير الخارجية'] } },
  { forms: ['Wakil Menteri Keuangan', 'Wamenkeu'], kind: 'minister', renderings: {
    en: ['Deputy Finance Minister', 'Vice Finance Minister', 'Deputy Minister of Finance', 'Vice Minister of Finance'], fr: ['vice-ministre des Finances'], zh: ['财政部副部长', '副财长'], ja: ['財務副大臣', '財務次官'], ar: ['نائب وزير المالية'] } },
  { forms: ['Wakil Menteri Pertahanan', 'Wamenhan'], kind: 'minister', renderings: {
    en: ['Deputy Defense Minister', 'Deputy Defence Minister', 'Vice Defense Minister', 'Deputy Minister of Defense', 'Deputy Minister of Defence'], fr: ['vice-ministre de la Défense'], zh: ['国防部副部长', '副防长'], ja: ['国防副大臣', '国防次官'], ar: ['نائب وزير الدفاع'] } },
  { forms: ['Wakil Menteri BUMN', 'Wamen BUMN'], kind: 'minister', renderings: {
    en: ['Deputy State-Owned Enterprises Minister', 'Deputy SOE Minister', 'Deputy Minister of State-Owned Enterprises', 'Vice Minister of State-Owned Enterprises'], fr: ['vice-ministre des Entreprises publiques'], zh: ['国企部副部长', '国有企业部副部长'], ja: ['国営企業副大臣'], ar: ['نائب وزير الشركات المملوكة للدولة'] } },
  { forms: ['Menteri Koordinator', 'Menko'], kind: 'minister', renderings: {
    en: ['Coordinating Minister'], fr: ['ministre coordinateur', 'ministre coordinatrice'], zh: ['统筹部长', '协调部长'], ja: ['調整相', '調整大臣'], ar: ['الوزير المنسق', 'وزير التنسيق'] } },
  { forms: ['Menteri Koordinator Bidang Politik, Hukum, dan Keamanan', 'Menteri Koordinator Politik, Hukum, dan Keamanan', 'Menko Polhukam', 'Menkopolhukam'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Political, Legal and Security Affairs', 'Coordinating Minister for Political, Legal, and Security Affairs', 'Coordinating Minister for Politics, Law and Security', 'Coordinating Political, Legal and Security Affairs Minister', 'Chief Security Minister', 'Chief Political and Security Minister', 'Security Minister'], fr: ['ministre coordinateur des Affaires politiques, juridiques et de sécurité', 'ministre coordinateur de la Politique, du Droit et de la Sécurité'], zh: ['政治、法律和安全统筹部长', '政法安全统筹部长', '政治法律与安全统筹部长'], ja: ['政治・法務・治安調整相', '政治法務治安調整相'], ar: ['الوزير المنسق للشؤون السياسية والقانونية والأمنية'] } },
  { forms: ['Menteri Koordinator Bidang Politik dan Keamanan', 'Menteri Koordinator Politik dan Keamanan', 'Menko Polkam', 'Menkopolkam'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Political and Security Affairs', 'Coordinating Minister for Politics and Security', 'Coordinating Political and Security Affairs Minister', 'Chief Security Minister', 'Security Minister'], fr: ['ministre coordinateur des Affaires politiques et de sécurité'], zh: ['政治与安全统筹部长', '政治安全统筹部长'], ja: ['政治・治安調整相', '政治治安調整相'], ar: ['الوزير المنسق للشؤون السياسية والأمنية'] } },
  { forms: ['Menteri Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan', 'Menko Kumham Imipas', 'Menko Kumham'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Legal Affairs, Human Rights, Immigration and Corrections', 'Coordinating Minister for Law, Human Rights, Immigration and Corrections', 'Coordinating Minister for Legal, Human Rights, Immigration and Correctional Affairs', 'Coordinating Law Minister'], fr: ["ministre coordinateur du Droit, des Droits de l'homme, de l'Immigration et des Services pénitentiaires", "ministre coordinateur des Affaires juridiques, des Droits de l'homme, de l'Immigration et des Services pénitentiaires"], zh: ['法律、人权、移民与惩教统筹部长', '法律人权移民与矫正统筹部长'], ja: ['法務・人権・入国管理・矯正調整相'], ar: ['الوزير المنسق للشؤون القانونية وحقوق الإنسان والهجرة والإصلاحيات'] } },
  { forms: ['Menteri Koordinator Bidang Perekonomian', 'Menteri Koordinator Perekonomian', 'Menko Perekonomian', 'Menko Ekonomi'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Economic Affairs', 'Coordinating Minister for the Economy', 'Coordinating Economic Affairs Minister', 'Coordinating Economic Minister', 'Chief Economic Minister', 'Chief Economics Minister', 'Economic Affairs Minister'], fr: ['ministre coordinateur des Affaires économiques', "ministre coordinateur de l'Économie"], zh: ['经济统筹部长', '经济事务统筹部长'], ja: ['経済調整相', '経済担当調整相'], ar: ['الوزير المنسق للشؤون الاقتصادية'] } },
  { forms: ['Menteri Koordinator Bidang Kemaritiman dan Investasi', 'Menteri Koordinator Kemaritiman dan Investasi', 'Menko Marves', 'Menko Kemaritiman dan Investasi', 'Menko Kemaritiman', 'Menko Maritim'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Maritime Affairs and Investment', 'Coordinating Minister for Maritime and Investment Affairs', 'Coordinating Maritime Affairs and Investment Minister', 'Coordinating Maritime and Investment Minister', 'Coordinating Minister for Maritime Affairs', 'Chief Maritime Minister', 'Maritime Affairs Minister', 'Maritime Minister'], fr: ["ministre coordinateur des Affaires maritimes et de l'Investissement", 'ministre coordinateur des Affaires maritimes'], zh: ['海洋与投资统筹部长', '海事和投资统筹部长', '海洋事务与投资统筹部长', '海洋统筹部长'], ja: ['海洋・投資調整相', '海洋投資調整相', '海洋調整相'], ar: ['الوزير المنسق للشؤون البحرية والاستثمار', 'الوزير المنسق للشؤون البحرية'] } },
  { forms: ['Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan', 'Menteri Koordinator Pembangunan Manusia dan Kebudayaan', 'Menko PMK', 'Menko Pembangunan Manusia dan Kebudayaan'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Human Development and Cultural Affairs', 'Coordinating Minister for Human Development and Culture', 'Coordinating Human Development and Culture Minister', 'Coordinating Minister for Human Development'], fr: ['ministre coordinateur du Développement humain et de la Culture', 'ministre coordinateur du Développement humain et des Affaires culturelles'], zh: ['人类发展与文化统筹部长', '人力发展与文化统筹部长'], ja: ['人間開発・文化調整相', '人間開発文化調整相'], ar: ['الوزير المنسق للتنمية البشرية والثقافة', 'الوزير المنسق للتنمية البشرية والشؤون الثقافية'] } },
  { forms: ['Menteri Koordinator Bidang Pangan', 'Menteri Koordinator Pangan', 'Menko Pangan'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Food Affairs', 'Coordinating Minister for Food', 'Coordinating Food Minister', 'Food Minister'], fr: ["ministre coordinateur de l'Alimentation", 'ministre coordinateur des Affaires alimentaires'], zh: ['粮食统筹部长'], ja: ['食料調整相', '食糧調整相'], ar: ['الوزير المنسق لشؤون الغذاء'] } },
  { forms: ['Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan', 'Menko Infrastruktur dan Pembangunan Kewilayahan', 'Menko Infrastruktur', 'Menko IPK'], kind: 'minister', renderings: {
    en: ['Coordinating Minister for Infrastructure and Regional Development', 'Coordinating Infrastructure and Regional Development Minister', 'Coordinating Minister for Infrastructure', 'Coordinating Infrastructure Minister', 'Infrastructure Minister'], fr: ['ministre coordinateur des Infrastructures et du Développement régional'], zh: ['基础设施与区域发展统筹部长', '基础设施统筹部长'], ja: ['インフラ・地域開発調整相', 'インフラ調整相'], ar: ['الوزير المنسق للبنية التحتية والتنمية الإقليمية'] } },

  // ── Ministers by portfolio ───────────────────────────────────────────────────
  { forms: ['Menteri Luar Negeri', 'Menlu'], kind: 'minister', renderings: {
    en: ['Foreign Minister', 'Minister of Foreign Affairs', 'Foreign Affairs Minister', 'Minister for Foreign Affairs', 'FM', 'Secretary of State', 'Foreign Secretary'], fr: ['ministre des Affaires étrangères', "secrétaire d'État"], zh: ['外交部长', '外长', '国务卿', '外交大臣'], ja: ['外相', '外務相', '外務大臣', '国務長官'], ar: ['وزير الخارجية', 'وزيرة الخارجية'] } },
  { forms: ['Menteri Pertahanan', 'Menhan', 'Menteri Pertahanan dan Keamanan', 'Menhankam'], kind: 'minister', renderings: {
    en: ['Defense Minister', 'Defence Minister', 'Minister of Defense', 'Minister of Defence', 'Defense Secretary', 'Defence Secretary', 'Secretary of Defense', 'Minister for Defence'], fr: ['ministre de la Défense', 'ministre des Armées'], zh: ['国防部长', '防长', '国防大臣'], ja: ['国防相', '国防大臣', '国防長官', '防衛相'], ar: ['وزير الدفاع'] } },
  { forms: ['Menteri Keuangan', 'Menkeu'], kind: 'minister', renderings: {
    en: ['Finance Minister', 'Minister of Finance', 'Minister for Finance', 'Treasury Secretary', 'Secretary of the Treasury', 'Chancellor of the Exchequer'], fr: ['ministre des Finances', "ministre de l'Économie et des Finances"], zh: ['财政部长', '财长', '财政大臣'], ja: ['財務相', '財務大臣', '財務長官', '蔵相'], ar: ['وزير المالية', 'وزيرة المالية'] } },
  { forms: ['Menteri Dalam Negeri', 'Mendagri'], kind: 'minister', renderings: {
    en: ['Home Affairs Minister', 'Minister of Home Affairs', 'Interior Minister', 'Minister of the Interior', 'Minister of Interior', 'Home Minister', 'Home Secretary'], fr: ["ministre de l'Intérieur"], zh: ['内政部长', '内务部长', '内政大臣'], ja: ['内相', '内務相', '内務大臣'], ar: ['وزير الداخلية', 'وزير الشؤون الداخلية'] } },
  { forms: ['Menteri Kesehatan', 'Menkes'], kind: 'minister', renderings: {
    en: ['Health Minister', 'Minister of Health', 'Minister for Health', 'Health Secretary', 'Secretary of Health', 'Health and Human Services Secretary'], fr: ['ministre de la Santé'], zh: ['卫生部长', '卫生大臣'], ja: ['保健相', '保健大臣', '厚生相'], ar: ['وزير الصحة', 'وزيرة الصحة'] } },
  { forms: ['Menteri Agama', 'Menag'], kind: 'minister', renderings: {
    en: ['Religious Affairs Minister', 'Minister of Religious Affairs', 'Religion Minister', 'Minister of Religion', 'Religious Minister'], fr: ['ministre des Affaires religieuses', 'ministre des Cultes'], zh: ['宗教部长', '宗教事务部长'], ja: ['宗教相', '宗教大臣'], ar: ['وزير الشؤون الدينية', 'وزير الأديان', 'وزير الأوقاف'] } },
  { forms: ['Menteri Perhubungan', 'Menhub'], kind: 'minister', renderings: {
    en: ['Transportation Minister', 'Transport Minister', 'Minister of Transportation', 'Minister of Transport', 'Transportation Secretary'], fr: ['ministre des Transports'], zh: ['交通部长', '运输部长'], ja: ['運輸相', '交通相', '運輸大臣'], ar: ['وزير النقل', 'وزير المواصلات'] } },
  { forms: ['Menteri Badan Usaha Milik Negara', 'Menteri BUMN'], kind: 'minister', renderings: {
    en: ['State-Owned Enterprises Minister', 'SOE Minister', 'SOEs Minister', 'Minister of State-Owned Enterprises', 'State Enterprises Minister', 'Minister of State Enterprises', 'BUMN Minister'], fr: ['ministre des Entreprises publiques', "ministre des Entreprises d'État"], zh: ['国企部长', '国有企业部长'], ja: ['国営企業相', '国有企業相'], ar: ['وزير الشركات المملوكة للدولة', 'وزير المؤسسات الحكومية'] } },
  { forms: ['Menteri Perdagangan', 'Mendag'], kind: 'minister', renderings: {
    en: ['Trade Minister', 'Minister of Trade', 'Commerce Minister', 'Minister of Commerce', 'Commerce Secretary'], fr: ['ministre du Commerce'], zh: ['贸易部长', '商务部长'], ja: ['貿易相', '商業相', '商務長官'], ar: ['وزير التجارة'] } },
  { forms: ['Menteri Perindustrian', 'Menperin'], kind: 'minister', renderings: {
    en: ['Industry Minister', 'Minister of Industry', 'Industrial Minister'], fr: ["ministre de l'Industrie"], zh: ['工业部长'], ja: ['工業相', '産業相'], ar: ['وزير الصناعة'] } },
  { forms: ['Menteri Pendidikan dan Kebudayaan', 'Mendikbud', 'Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi', 'Mendikbudristek', 'Menteri Pendidikan Nasional', 'Mendiknas', 'Menteri Pendidikan'], kind: 'minister', renderings: {
    en: ['Education and Culture Minister', 'Minister of Education and Culture', 'Education Minister', 'Minister of Education', 'Minister of Education, Culture, Research and Technology', 'Education, Culture, Research and Technology Minister', 'Education Secretary'], fr: ["ministre de l'Éducation et de la Culture", "ministre de l'Éducation", "ministre de l'Éducation nationale"], zh: ['教育文化部长', '教育与文化部长', '教育部长'], ja: ['教育文化相', '教育相', '教育大臣'], ar: ['وزير التعليم والثقافة', 'وزير التربية والتعليم', 'وزير التعليم'] } },
  { forms: ['Menteri Pendidikan Dasar dan Menengah', 'Mendikdasmen'], kind: 'minister', renderings: {
    en: ['Primary and Secondary Education Minister', 'Minister of Primary and Secondary Education', 'Basic and Secondary Education Minister', 'Minister of Basic and Secondary Education', 'Elementary and Secondary Education Minister', 'Education Minister'], fr: ["ministre de l'Enseignement primaire et secondaire", "ministre de l'Éducation de base et secondaire"], zh: ['基础与中等教育部长', '初等和中等教育部长'], ja: ['初等中等教育相', '初中等教育相'], ar: ['وزير التعليم الابتدائي والثانوي', 'وزير التعليم الأساسي والثانوي'] } },
  { forms: ['Menteri Pendidikan Tinggi, Sains, dan Teknologi', 'Mendiktisaintek', 'Mendikti Saintek'], kind: 'minister', renderings: {
    en: ['Higher Education, Science and Technology Minister', 'Minister of Higher Education, Science and Technology', 'Minister of Higher Education, Science, and Technology', 'Higher Education Minister', 'Minister of Higher Education'], fr: ["ministre de l'Enseignement supérieur, des Sciences et de la Technologie", "ministre de l'Enseignement supérieur"], zh: ['高等教育、科学和技术部长', '高等教育科技部长', '高等教育部长'], ja: ['高等教育科学技術相', '高等教育相'], ar: ['وزير التعليم العالي والعلوم والتكنولوجيا', 'وزير التعليم العالي'] } },
  { forms: ['Menteri Riset dan Teknologi', 'Menristek', 'Menteri Riset, Teknologi, dan Pendidikan Tinggi', 'Menristekdikti'], kind: 'minister', renderings: {
    en: ['Research and Technology Minister', 'Minister of Research and Technology', 'Research, Technology and Higher Education Minister', 'Minister of Research, Technology and Higher Education', 'Science Minister'], fr: ['ministre de la Recherche et de la Technologie', "ministre de la Recherche, de la Technologie et de l'Enseignement supérieur"], zh: ['研究与技术部长', '研究和技术部长', '科技部长'], ja: ['研究技術相', '科学技術相'], ar: ['وزير البحث والتكنولوجيا', 'وزير البحث العلمي والتكنولوجيا'] } },
  { forms: ['Menteri Kebudayaan', 'Menbud'], kind: 'minister', renderings: {
    en: ['Culture Minister', 'Minister of Culture', 'Cultural Minister', 'Minister for Culture'], fr: ['ministre de la Culture'], zh: ['文化部长'], ja: ['文化相', '文化大臣'], ar: ['وزير الثقافة'] } },
  { forms: ['Menteri Sosial', 'Mensos'], kind: 'minister', renderings: {
    en: ['Social Affairs Minister', 'Minister of Social Affairs', 'Social Minister', 'Social Welfare Minister'], fr: ['ministre des Affaires sociales'], zh: ['社会事务部长', '社会部长'], ja: ['社会相', '社会問題相'], ar: ['وزير الشؤون الاجتماعية', 'وزيرة الشؤون الاجتماعية'] } },
  { forms: ['Menteri Pertanian', 'Mentan'], kind: 'minister', renderings: {
    en: ['Agriculture Minister', 'Minister of Agriculture', 'Agriculture Secretary', 'Farm Minister'], fr: ["ministre de l'Agriculture"], zh: ['农业部长'], ja: ['農業相', '農相', '農業大臣'], ar: ['وزير الزراعة'] } },
  { forms: ['Menteri Energi dan Sumber Daya Mineral', 'Menteri ESDM', 'MenESDM'], kind: 'minister', renderings: {
    en: ['Energy and Mineral Resources Minister', 'Minister of Energy and Mineral Resources', 'Energy Minister', 'Minister of Energy', 'Mines and Energy Minister', 'Energy Secretary'], fr: ["ministre de l'Énergie et des Ressources minérales", "ministre de l'Énergie et des Mines", "ministre de l'Énergie"], zh: ['能源和矿产资源部长', '能源与矿产资源部长', '能矿部长', '能源部长'], ja: ['エネルギー鉱物資源相', 'エネルギー・鉱物資源相', 'エネルギー相'], ar: ['وزير الطاقة والثروة المعدنية', 'وزير الطاقة والموارد المعدنية', 'وزير الطاقة'] } },
  { forms: ['Menteri Pekerjaan Umum dan Perumahan Rakyat', 'Menteri PUPR', 'MenPUPR', 'Menteri Pekerjaan Umum', 'Menteri PU'], kind: 'minister', renderings: {
    en: ['Public Works and Public Housing Minister', 'Minister of Public Works and Public Housing', 'Public Works and Housing Minister', 'Minister of Public Works and Housing', 'Public Works Minister', 'Minister of Public Works'], fr: ['ministre des Travaux publics et du Logement', 'ministre des Travaux publics'], zh: ['公共工程与人民住房部长', '公共工程和住房部长', '公共工程部长'], ja: ['公共事業・国民住宅相', '公共事業住宅相', '公共事業相'], ar: ['وزير الأشغال العامة والإسكان', 'وزير الأشغال العامة'] } },
  { forms: ['Menteri Perumahan dan Kawasan Permukiman', 'Menteri PKP', 'Menteri Perumahan'], kind: 'minister', renderings: {
    en: ['Housing and Settlement Areas Minister', 'Minister of Housing and Settlement Areas', 'Minister of Housing and Residential Areas', 'Housing Minister', 'Minister of Housing'], fr: ['ministre du Logement et des Zones résidentielles', 'ministre du Logement'], zh: ['住房与居住区部长', '住房部长'], ja: ['住宅・居住地域相', '住宅相'], ar: ['وزير الإسكان والمناطق السكنية', 'وزير الإسكان'] } },
  { forms: ['Menteri Hukum dan Hak Asasi Manusia', 'Menteri Hukum dan HAM', 'Menkumham'], kind: 'minister', renderings: {
    en: ['Law and Human Rights Minister', 'Minister of Law and Human Rights', 'Justice and Human Rights Minister', 'Justice Minister', 'Minister of Justice', 'Law Minister'], fr: ["ministre de la Justice et des Droits de l'homme", "ministre du Droit et des Droits de l'homme", 'ministre de la Justice'], zh: ['法律与人权部长', '法律和人权部长', '法律人权部长', '司法部长'], ja: ['法務人権相', '法務・人権相', '法相', '法務相'], ar: ['وزير القانون وحقوق الإنسان', 'وزير العدل وحقوق الإنسان', 'وزير العدل'] } },
  { forms: ['Menteri Hukum', 'Menkum'], kind: 'minister', renderings: {
    en: ['Law Minister', 'Minister of Law', 'Justice Minister', 'Minister of Justice', 'Legal Affairs Minister'], fr: ['ministre de la Justice', 'ministre du Droit'], zh: ['法律部长', '司法部长'], ja: ['法相', '法務相', '法務大臣'], ar: ['وزير القانون', 'وزير العدل'] } },
  { forms: ['Menteri Hak Asasi Manusia', 'Menteri HAM', 'MenHAM'], kind: 'minister', renderings: {
    en: ['Human Rights Minister', 'Minister of Human Rights', 'Minister for Human Rights'], fr: ["ministre des Droits de l'homme", 'ministre des Droits humains'], zh: ['人权部长'], ja: ['人権相', '人権大臣'], ar: ['وزير حقوق الإنسان'] } },
  { forms: ['Menteri Imigrasi dan Pemasyarakatan', 'Menteri Imipas', 'Menimipas'], kind: 'minister', renderings: {
    en: ['Immigration and Corrections Minister', 'Minister of Immigration and Corrections', 'Immigration and Correctional Affairs Minister', 'Immigration Minister'], fr: ["ministre de l'Immigration et des Services pénitentiaires", "ministre de l'Immigration"], zh: ['移民与惩教部长', '移民和矫正部长', '移民部长'], ja: ['入国管理・矯正相', '移民・矯正相', '入管相'], ar: ['وزير الهجرة والإصلاحيات', 'وزير الهجرة'] } },
  { forms: ['Menteri Sekretaris Negara', 'Mensesneg', 'Mensetneg'], kind: 'minister', renderings: {
    en: ['State Secretary', 'Minister of State Secretary', 'Minister/State Secretary', 'State Secretary Minister', 'Minister of the State Secretariat', 'Secretary of State'], fr: ["ministre secrétaire d'État", "secrétaire d'État", "ministre du Secrétariat d'État"], zh: ['国务秘书', '国务部长', '国家秘书部长'], ja: ['国家官房長官', '国務長官', '国家官房相'], ar: ['وزير الدولة', 'وزير سكرتارية الدولة', 'وزير الأمانة العامة للدولة'] } },
  { forms: ['Menteri Ketenagakerjaan', 'Menaker', 'Menteri Tenaga Kerja', 'Menteri Tenaga Kerja dan Transmigrasi', 'Menakertrans'], kind: 'minister', renderings: {
    en: ['Manpower Minister', 'Minister of Manpower', 'Labor Minister', 'Labour Minister', 'Minister of Labor', 'Minister of Labour', 'Employment Minister', 'Labor Secretary', 'Manpower and Transmigration Minister'], fr: ['ministre du Travail', "ministre de la Main-d'œuvre", "ministre de l'Emploi"], zh: ['人力部长', '劳工部长', '劳动部长'], ja: ['労働相', '人材相', '労働大臣'], ar: ['وزير القوى العاملة', 'وزير العمل', 'وزيرة القوى العاملة'] } },
  { forms: ['Menteri Pariwisata dan Ekonomi Kreatif', 'Menparekraf', 'Menteri Pariwisata', 'Menpar'], kind: 'minister', renderings: {
    en: ['Tourism and Creative Economy Minister', 'Minister of Tourism and Creative Economy', 'Tourism Minister', 'Minister of Tourism', 'Minister for Tourism'], fr: ["ministre du Tourisme et de l'Économie créative", 'ministre du Tourisme'], zh: ['旅游与创意经济部长', '旅游和创意经济部长', '旅游部长'], ja: ['観光・創造経済相', '観光創造経済相', '観光相'], ar: ['وزير السياحة والاقتصاد الإبداعي', 'وزير السياحة', 'وزيرة السياحة'] } },
  { forms: ['Menteri Ekonomi Kreatif', 'Menekraf'], kind: 'minister', renderings: {
    en: ['Creative Economy Minister', 'Minister of Creative Economy', 'Minister for the Creative Economy'], fr: ["ministre de l'Économie créative"], zh: ['创意经济部长'], ja: ['創造経済相'], ar: ['وزير الاقتصاد الإبداعي'] } },
  { forms: ['Menteri Komunikasi dan Informatika', 'Menkominfo', 'Menteri Kominfo'], kind: 'minister', renderings: {
    en: ['Communications and Information Technology Minister', 'Communication and Informatics Minister', 'Minister of Communication and Informatics', 'Minister of Communications and Information Technology', 'Communications and Informatics Minister', 'Communications Minister', 'Information Minister', 'ICT Minister'], fr: ["ministre de la Communication et de l'Informatique", "ministre des Communications et des Technologies de l'information", 'ministre des Communications'], zh: ['通讯与信息部长', '通信和信息技术部长', '通讯和信息部长', '通信部长'], ja: ['通信情報相', '情報通信相', '通信相'], ar: ['وزير الاتصالات والمعلوماتية', 'وزير الاتصالات وتكنولوجيا المعلومات', 'وزير الاتصالات والإعلام'] } },
  { forms: ['Menteri Komunikasi dan Digital', 'Menkomdigi', 'Menteri Komdigi'], kind: 'minister', renderings: {
    en: ['Communication and Digital Affairs Minister', 'Minister of Communication and Digital Affairs', 'Communications and Digital Minister', 'Minister of Communications and Digital', 'Communication and Digital Minister', 'Digital Minister', 'Communications Minister'], fr: ['ministre de la Communication et du Numérique', 'ministre du Numérique'], zh: ['通讯与数字部长', '通讯和数字事务部长', '通信与数字部长', '数字部长'], ja: ['通信デジタル相', '通信・デジタル相', 'デジタル相'], ar: ['وزير الاتصالات والشؤون الرقمية', 'وزيرة الاتصالات والشؤون الرقمية', 'وزير الاتصالات والرقمنة'] } },
  { forms: ['Menteri Perencanaan Pembangunan Nasional', 'Menteri PPN/Kepala Bappenas', 'Menteri PPN', 'Kepala Bappenas'], kind: 'minister', renderings: {
    en: ['National Development Planning Minister', 'Minister of National Development Planning', 'National Development Planning Minister/Head of Bappenas', 'Head of Bappenas', 'Bappenas Head', 'Bappenas Chief', 'Planning Minister', 'National Planning Minister'], fr: ['ministre de la Planification du développement national', 'ministre du Plan', 'chef de Bappenas'], zh: ['国家发展规划部长', '国家建设规划部长', '国家发展计划部长'], ja: ['国家開発企画相', '国家開発計画相', '国家開発企画庁長官'], ar: ['وزير التخطيط التنموي الوطني', 'وزير التخطيط الإنمائي الوطني', 'وزير التخطيط'] } },
  { forms: ['Menteri Lingkungan Hidup dan Kehutanan', 'Menteri LHK', 'MenLHK'], kind: 'minister', renderings: {
    en: ['Environment and Forestry Minister', 'Minister of Environment and Forestry', 'Minister of the Environment and Forestry', 'Environment Minister', 'Forestry Minister'], fr: ["ministre de l'Environnement et des Forêts", "ministre de l'Environnement"], zh: ['环境与林业部长', '环境和林业部长', '环境林业部长'], ja: ['環境林業相', '環境・林業相'], ar: ['وزير البيئة والغابات', 'وزيرة البيئة والغابات'] } },
  { forms: ['Menteri Lingkungan Hidup', 'Menteri LH', 'MenLH'], kind: 'minister', renderings: {
    en: ['Environment Minister', 'Minister of Environment', 'Minister of the Environment', 'Environmental Minister'], fr: ["ministre de l'Environnement"], zh: ['环境部长'], ja: ['環境相', '環境大臣'], ar: ['وزير البيئة'] } },
  { forms: ['Menteri Kehutanan', 'Menhut'], kind: 'minister', renderings: {
    en: ['Forestry Minister', 'Minister of Forestry', 'Forest Minister'], fr: ['ministre des Forêts'], zh: ['林业部长'], ja: ['林業相'], ar: ['وزير الغابات', 'وزير الحراجة'] } },
  { forms: ['Menteri Kelautan dan Perikanan', 'Menteri KKP', 'Menteri KP', 'MenKP'], kind: 'minister', renderings: {
    en: ['Maritime Affairs and Fisheries Minister', 'Minister of Maritime Affairs and Fisheries', 'Marine Affairs and Fisheries Minister', 'Minister of Marine Affairs and Fisheries', 'Fisheries Minister', 'Minister of Fisheries'], fr: ['ministre des Affaires maritimes et de la Pêche', 'ministre de la Mer et de la Pêche', 'ministre de la Pêche'], zh: ['海洋与渔业部长', '海洋事务和渔业部长', '海洋渔业部长', '渔业部长'], ja: ['海洋水産相', '海洋漁業相', '海洋・水産相'], ar: ['وزير الشؤون البحرية ومصايد الأسماك', 'وزير الشؤون البحرية والثروة السمكية', 'وزير الثروة السمكية'] } },
  { forms: ['Menteri Pemuda dan Olahraga', 'Menpora'], kind: 'minister', renderings: {
    en: ['Youth and Sports Minister', 'Minister of Youth and Sports', 'Youth and Sport Minister', 'Sports Minister', 'Minister of Sports', 'Sports and Youth Minister'], fr: ['ministre de la Jeunesse et des Sports', 'ministre des Sports'], zh: ['青年与体育部长', '青年和体育部长', '青体部长', '体育部长'], ja: ['青年スポーツ相', '青年・スポーツ相', 'スポーツ相'], ar: ['وزير الشباب والرياضة', 'وزير الرياضة'] } },
  { forms: ['Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', 'Menteri PANRB', 'Menteri PAN-RB', 'MenPAN-RB', 'MenPANRB', 'Menpan RB', 'Menpan'], kind: 'minister', renderings: {
    en: ['Administrative and Bureaucratic Reform Minister', 'Minister of Administrative and Bureaucratic Reform', 'State Apparatus Empowerment and Bureaucratic Reform Minister', 'Minister of State Apparatus Empowerment and Bureaucratic Reform', 'Minister of State Apparatus Utilization and Bureaucratic Reform', 'Bureaucratic Reform Minister', 'Civil Service Minister'], fr: ['ministre de la Réforme administrative et bureaucratique', "ministre de l'Appareil d'État et de la Réforme bureaucratique", 'ministre de la Fonction publique'], zh: ['国家机构强化与官僚改革部长', '行政与官僚改革部长', '国家机构改革部长', '行政改革部长'], ja: ['行政改革相', '国家機構強化・官僚改革相', '行政・官僚改革相'], ar: ['وزير الإصلاح الإداري والبيروقراطي', 'وزير تمكين الجهاز الحكومي والإصلاح البيروقراطي', 'وزير الخدمة المدنية'] } },
  { forms: ['Menteri Agraria dan Tata Ruang', 'Menteri Agraria dan Tata Ruang/Kepala BPN', 'Menteri ATR/BPN', 'Menteri ATR', 'Kepala BPN'], kind: 'minister', renderings: {
    en: ['Agrarian Affairs and Spatial Planning Minister', 'Minister of Agrarian Affairs and Spatial Planning', 'Minister of Agrarian and Spatial Planning', 'Agrarian and Spatial Planning Minister', 'Agrarian Minister', 'Land Minister', 'Head of the National Land Agency'], fr: ["ministre des Affaires agraires et de l'Aménagement du territoire", 'ministre des Affaires foncières', 'ministre de la Réforme agraire'], zh: ['土地与空间规划部长', '土地事务和空间规划部长', '土地规划部长', '国家土地局局长'], ja: ['農地・空間計画相', '土地空間計画相', '国土相'], ar: ['وزير الشؤون الزراعية والتخطيط المكاني', 'وزير الأراضي والتخطيط المكاني', 'وزير الأراضي'] } },
  { forms: ['Menteri Koperasi dan Usaha Kecil dan Menengah', 'Menteri Koperasi dan UKM', 'MenKopUKM', 'Menkop UKM'], kind: 'minister', renderings: {
    en: ['Cooperatives and SMEs Minister', 'Minister of Cooperatives and Small and Medium Enterprises', 'Cooperatives and Small and Medium Enterprises Minister', 'Minister of Cooperatives and SMEs', 'Cooperatives Minister'], fr: ['ministre des Coopératives et des PME', 'ministre des Coopératives et des Petites et Moyennes Entreprises'], zh: ['合作社与中小企业部长', '合作社和中小企业部长'], ja: ['協同組合・中小企業相', '協同組合中小企業相'], ar: ['وزير التعاونيات والمؤسسات الصغيرة والمتوسطة', 'وزير التعاونيات والشركات الصغيرة والمتوسطة'] } },
  { forms: ['Menteri Koperasi', 'Menkop'], kind: 'minister', renderings: {
    en: ['Cooperatives Minister', 'Minister of Cooperatives', 'Cooperative Minister'], fr: ['ministre des Coopératives'], zh: ['合作社部长'], ja: ['協同組合相'], ar: ['وزير التعاونيات'] } },
  { forms: ['Menteri Usaha Mikro, Kecil, dan Menengah', 'Menteri UMKM'], kind: 'minister', renderings: {
    en: ['MSMEs Minister', 'Minister of Micro, Small and Medium Enterprises', 'Micro, Small and Medium Enterprises Minister', 'MSME Minister', 'SME Minister', 'SMEs Minister'], fr: ['ministre des Micro, Petites et Moyennes Entreprises', 'ministre des PME'], zh: ['微型中小企业部长', '中小微企业部长', '中小企业部长'], ja: ['零細中小企業相', '中小企業相'], ar: ['وزير المؤسسات متناهية الصغر والصغيرة والمتوسطة', 'وزير المشروعات الصغيرة والمتوسطة'] } },
  { forms: ['Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi', 'Menteri Desa dan Pembangunan Daerah Tertinggal', 'Menteri Desa PDTT', 'Mendes PDTT', 'Mendes PDT', 'Menteri Desa', 'Mendes'], kind: 'minister', renderings: {
    en: ['Villages Minister', 'Minister of Villages, Development of Disadvantaged Regions and Transmigration', 'Minister of Villages and Development of Disadvantaged Regions', 'Villages, Disadvantaged Regions Development and Transmigration Minister', 'Village Minister', 'Minister of Villages', 'Rural Development Minister'], fr: ['ministre des Villages', 'ministre des Villages, du Développement des régions défavorisées et de la Transmigration', 'ministre du Développement rural'], zh: ['乡村部长', '乡村、落后地区发展和移民部长', '乡村与落后地区发展部长', '农村发展部长'], ja: ['村落開発相', '村落・後進地域開発・移住相', '村落相'], ar: ['وزير القرى', 'وزير القرى وتنمية المناطق المحرومة والهجرة', 'وزير التنمية الريفية'] } },
  { forms: ['Menteri Transmigrasi', 'Mentrans'], kind: 'minister', renderings: {
    en: ['Transmigration Minister', 'Minister of Transmigration', 'Resettlement Minister'], fr: ['ministre de la Transmigration'], zh: ['移民部长', '移居部长', '迁移部长'], ja: ['移住相', '移住大臣'], ar: ['وزير الهجرة الداخلية', 'وزير التوطين', 'وزير الترانسميغراسي'] } },
  { forms: ['Menteri Pemberdayaan Perempuan dan Perlindungan Anak', 'Menteri PPPA', 'MenPPPA', 'Men-PPPA'], kind: 'minister', renderings: {
    en: ["Women's Empowerment and Child Protection Minister", "Minister of Women's Empowerment and Child Protection", "Minister for Women's Empowerment and Child Protection", "Women's Empowerment Minister", 'Minister of Women Empowerment and Child Protection'], fr: ["ministre de l'Autonomisation des femmes et de la Protection de l'enfance", 'ministre des Droits des femmes'], zh: ['妇女赋权与儿童保护部长', '妇女赋权和儿童保护部长', '妇女部长'], ja: ['女性エンパワーメント・児童保護相', '女性活躍・児童保護相', '女性相'], ar: ['وزيرة تمكين المرأة وحماية الطفل', 'وزير تمكين المرأة وحماية الطفل'] } },
  { forms: ['Menteri Investasi dan Hilirisasi', 'Menteri Investasi', 'Menteri Investasi/Kepala BKPM', 'Kepala BKPM'], kind: 'minister', renderings: {
    en: ['Investment Minister', 'Minister of Investment', 'Investment and Downstreaming Minister', 'Minister of Investment and Downstreaming', 'Investment Coordinating Board Chief', 'BKPM Head', 'BKPM Chairman'], fr: ["ministre de l'Investissement", "ministre de l'Investissement et de l'Aval"], zh: ['投资部长', '投资与下游化部长', '投资协调委员会主席'], ja: ['投資相', '投資・川下産業化相', '投資調整庁長官'], ar: ['وزير الاستثمار', 'وزير الاستثمار والصناعات التحويلية'] } },
  { forms: ['Menteri Perlindungan Pekerja Migran Indonesia', 'Menteri P2MI', 'Menteri PPMI', 'Kepala BP2MI'], kind: 'minister', renderings: {
    en: ['Migrant Workers Protection Minister', 'Minister of Migrant Worker Protection', 'Minister of Indonesian Migrant Workers Protection', 'Migrant Workers Minister', 'BP2MI Head', 'Head of the Migrant Workers Protection Agency'], fr: ['ministre de la Protection des travailleurs migrants', 'ministre des Travailleurs migrants'], zh: ['移民工人保护部长', '海外劳工保护部长', '移民工人保护局局长'], ja: ['移民労働者保護相', '出稼ぎ労働者保護相'], ar: ['وزير حماية العمال المهاجرين', 'وزير حماية العمال المهاجرين الإندونيسيين'] } },

  // ── Government offices (non-ministerial) ─────────────────────────────────────
  { forms: ['Kepala Staf Kepresidenan', 'Kepala Kantor Staf Presiden', 'Kepala KSP', 'KSP'], kind: 'government', renderings: {
    en: ['Presidential Chief of Staff', 'Chief of Staff', 'Chief of Presidential Staff', 'Presidential Staff Chief', 'Head of the Presidential Staff Office', 'Presidential Staff Office Head'], fr: ['chef de cabinet de la présidence', 'chef de cabinet présidentiel', 'chef de cabinet'], zh: ['总统府幕僚长', '总统幕僚长', '总统办公室主任'], ja: ['大統領首席補佐官', '大統領府首席補佐官', '首席補佐官'], ar: ['رئيس ديوان الرئاسة', 'رئيس موظفي الرئاسة', 'رئيس مكتب موظفي الرئاسة'] } },
  { forms: ['Sekretaris Kabinet', 'Menteri Sekretaris Kabinet', 'Seskab'], kind: 'government', renderings: {
    en: ['Cabinet Secretary', 'Secretary of the Cabinet', 'Cabinet Secretary Minister'], fr: ['secrétaire du cabinet', 'secrétaire du gouvernement', 'secrétaire général du gouvernement'], zh: ['内阁秘书', '内阁秘书长'], ja: ['内閣官房長官', '内閣官房長'], ar: ['أمين مجلس الوزراء', 'سكرتير مجلس الوزراء'] } },
  { forms: ['Juru Bicara', 'Jubir'], kind: 'government', renderings: {
    en: ['Spokesperson', 'Spokesman', 'Spokeswoman', 'Spokesperson for', 'Spokesman for'], fr: ['porte-parole'], zh: ['发言人'], ja: ['報道官', '広報官', '広報担当者', 'スポークスマン'], ar: ['المتحدث باسم', 'المتحدث الرسمي', 'الناطق باسم', 'المتحدثة باسم'] } },
  { forms: ['Staf Khusus', 'Stafsus'], kind: 'government', renderings: {
    en: ['Special Staff', 'Special Adviser', 'Special Advisor', 'Special Assistant', 'Special Staffer', 'Presidential Special Staff'], fr: ['conseiller spécial', 'conseillère spéciale', 'collaborateur spécial'], zh: ['特别助理', '特别幕僚', '特别顾问'], ja: ['特別補佐官', '特別スタッフ'], ar: ['المستشار الخاص', 'الموظف الخاص', 'المساعد الخاص'] } },
  { forms: ['Penasihat Keamanan Nasional'], kind: 'government', renderings: {
    en: ['National Security Adviser', 'National Security Advisor', 'NSA'], fr: ['conseiller à la sécurité nationale', 'conseillère à la sécurité nationale'], zh: ['国家安全顾问'], ja: ['国家安全保障担当補佐官', '安全保障担当補佐官'], ar: ['مستشار الأمن القومي'] } },
  { forms: ['Kepala Kantor Komunikasi Kepresidenan', 'Kepala PCO'], kind: 'government', renderings: {
    en: ['Head of the Presidential Communication Office', 'Presidential Communication Office Head', 'Presidential Communications Office Chief', 'PCO Head', 'PCO Chief'], fr: ['chef du Bureau de communication présidentielle', 'directeur de la communication présidentielle'], zh: ['总统府传播办公室主任', '总统传播办公室主任'], ja: ['大統領府広報室長', '大統領広報室長'], ar: ['رئيس مكتب الاتصال الرئاسي'] } },
  { forms: ['Pelaksana Tugas', 'Plt.', 'Plt'], kind: 'government', renderings: {
    en: ['Acting', 'Acting Head', 'Officer-in-Charge', 'Interim', 'Executive Officer'], fr: ['par intérim', 'intérimaire', 'chargé de mission'], zh: ['代理', '代理负责人', '执行官'], ja: ['代行', '代理', '職務執行者'], ar: ['القائم بالأعمال', 'بالإنابة', 'المكلف بتسيير الأعمال'] } },
  { forms: ['Penjabat', 'Pj.', 'Pj'], kind: 'government', renderings: {
    en: ['Acting', 'Interim', 'Caretaker', 'Acting Head'], fr: ['par intérim', 'intérimaire'], zh: ['代理'], ja: ['代行', '代理'], ar: ['بالإنابة', 'القائم بالأعمال'] } },

  // ── Military: offices ────────────────────────────────────────────────────────
  { forms: ['Panglima Tentara Nasional Indonesia', 'Panglima TNI'], kind: 'military', renderings: {
    en: ['TNI Commander', 'Indonesian Military Commander', 'Commander of the Indonesian National Armed Forces', 'Armed Forces Commander', 'Indonesian Military Chief', 'Military Chief', 'TNI Chief', 'Armed Forces Chief', 'Commander-in-Chief'], fr: ['commandant des forces armées', 'chef des forces armées', "chef de l'armée", 'commandant en chef des forces armées indonésiennes'], zh: ['国民军总司令', '印尼国民军总司令', '武装部队总司令', '军队总司令'], ja: ['国軍司令官', '国軍総司令官', 'インドネシア国軍司令官'], ar: ['قائد القوات المسلحة', 'قائد الجيش الإندونيسي', 'القائد العام للقوات المسلحة'] } },
  { forms: ['Kepala Staf Angkatan Darat', 'KSAD', 'Kasad'], kind: 'military', renderings: {
    en: ['Army Chief of Staff', 'Chief of Staff of the Army', 'Army Chief', 'Chief of Army Staff', 'Army Staff Chief'], fr: ["chef d'état-major de l'armée de terre", "chef de l'armée de terre"], zh: ['陆军参谋长'], ja: ['陸軍参謀総長', '陸軍参謀長'], ar: ['رئيس أركان القوات البرية', 'رئيس أركان الجيش', 'قائد الجيش'] } },
  { forms: ['Kepala Staf Angkatan Laut', 'KSAL', 'Kasal'], kind: 'military', renderings: {
    en: ['Navy Chief of Staff', 'Chief of Naval Staff', 'Chief of Staff of the Navy', 'Navy Chief', 'Naval Chief'], fr: ["chef d'état-major de la marine", 'chef de la marine'], zh: ['海军参谋长'], ja: ['海軍参謀総長', '海軍参謀長'], ar: ['رئيس أركان القوات البحرية', 'قائد القوات البحرية'] } },
  { forms: ['Kepala Staf Angkatan Udara', 'KSAU', 'Kasau'], kind: 'military', renderings: {
    en: ['Air Force Chief of Staff', 'Chief of Air Staff', 'Chief of Staff of the Air Force', 'Air Force Chief', 'Air Chief'], fr: ["chef d'état-major de l'armée de l'air", "chef de l'armée de l'air"], zh: ['空军参谋长'], ja: ['空軍参謀総長', '空軍参謀長'], ar: ['رئيس أركان القوات الجوية', 'قائد القوات الجوية'] } },
  { forms: ['Panglima Daerah Militer', 'Panglima Kodam', 'Pangdam'], kind: 'military', renderings: {
    en: ['Regional Military Commander', 'Military Area Commander', 'Kodam Commander', 'Regional Military Command Chief', 'Military Commander', 'Regional Commander'], fr: ['commandant de la région militaire', 'commandant militaire régional'], zh: ['军区司令', '军区司令员', '地区军事司令'], ja: ['軍管区司令官', '地域軍司令官', '軍管区司令'], ar: ['قائد المنطقة العسكرية', 'قائد القيادة العسكرية الإقليمية'] } },
  { forms: ['Komandan Resor Militer', 'Komandan Korem', 'Danrem'], kind: 'military', renderings: {
    en: ['Military Resort Commander', 'Korem Commander', 'Sub-regional Military Commander', 'Subregional Military Commander', 'Resort Military Commander'], fr: ['commandant de la sous-région militaire', 'commandant du Korem'], zh: ['军分区司令', '军分区司令员'], ja: ['軍分区司令官', '地区軍司令官'], ar: ['قائد المنطقة العسكرية الفرعية', 'قائد القيادة العسكرية الفرعية'] } },
  { forms: ['Komandan Distrik Militer', 'Komandan Kodim', 'Dandim'], kind: 'military', renderings: {
    en: ['District Military Commander', 'Military District Commander', 'Kodim Commander', 'District Military Command Chief'], fr: ['commandant du district militaire', 'commandant du Kodim'], zh: ['县军事指挥部司令', '军事分区司令', '地区军事指挥官'], ja: ['県軍司令官', '軍管区分区司令官', '地区軍司令官'], ar: ['قائد القيادة العسكرية للمقاطعة', 'قائد المنطقة العسكرية المحلية'] } },
  { forms: ['Komandan Rayon Militer', 'Komandan Koramil', 'Danramil'], kind: 'military', renderings: {
    en: ['Sub-district Military Commander', 'Subdistrict Military Commander', 'Koramil Commander', 'Military Sub-district Commander'], fr: ['commandant militaire du sous-district', 'commandant du Koramil'], zh: ['区军事指挥官', '分区军事指挥官'], ja: ['郡軍司令官', '郡軍事司令官'], ar: ['قائد القيادة العسكرية للناحية', 'القائد العسكري للناحية'] } },
  { forms: ['Panglima Komando Cadangan Strategis Angkatan Darat', 'Panglima Kostrad', 'Pangkostrad'], kind: 'military', renderings: {
    en: ['Kostrad Commander', 'Army Strategic Reserve Commander', 'Commander of the Army Strategic Reserve Command', 'Army Strategic Reserve Command Commander', 'Strategic Reserve Commander'], fr: ["commandant de la réserve stratégique de l'armée de terre", 'commandant du Kostrad'], zh: ['陆军战略后备司令部司令', '陆军战略预备队司令', '战略后备部队司令'], ja: ['陸軍戦略予備軍司令官', '戦略予備軍司令官'], ar: ['قائد قيادة الاحتياط الاستراتيجي للجيش', 'قائد الاحتياط الاستراتيجي'] } },
  { forms: ['Komandan Jenderal Komando Pasukan Khusus', 'Komandan Jenderal Kopassus', 'Danjen Kopassus'], kind: 'military', renderings: {
    en: ['Kopassus Commander', 'Commander General of Kopassus', 'Special Forces Commander', 'Army Special Forces Commander', 'Kopassus Chief'], fr: ['commandant des forces spéciales', 'commandant du Kopassus'], zh: ['陆军特种部队司令', '特种部队司令'], ja: ['陸軍特殊部隊司令官', '特殊部隊司令官'], ar: ['قائد القوات الخاصة', 'قائد قوات كوباسوس'] } },
  { forms: ['Komandan Pasukan Pengamanan Presiden', 'Komandan Paspampres', 'Danpaspampres'], kind: 'military', renderings: {
    en: ['Presidential Security Force Commander', 'Commander of the Presidential Security Force', 'Paspampres Commander', 'Presidential Guard Commander'], fr: ['commandant de la garde présidentielle', 'commandant des forces de sécurité présidentielle'], zh: ['总统卫队司令', '总统安全部队司令'], ja: ['大統領警護隊司令官'], ar: ['قائد قوات الأمن الرئاسي', 'قائد الحرس الرئاسي'] } },
  { forms: ['Komandan'], kind: 'military', renderings: {
    en: ['Commander', 'Cmdr.', 'Commandant'], fr: ['commandant'], zh: ['司令', '指挥官'], ja: ['司令官', '指揮官'], ar: ['القائد', 'قائد'] } },

  // ── Military: ranks ──────────────────────────────────────────────────────────
  { forms: ['Jenderal', 'Jenderal TNI', 'Jend.'], kind: 'military', renderings: {
    en: ['General', 'Gen.', 'Gen'], fr: ['général', "général d'armée"], zh: ['上将', '将军'], ja: ['大将', '将軍'], ar: ['الفريق أول', 'الجنرال', 'الفريق الأول'] } },
  { forms: ['Letnan Jenderal', 'Letnan Jenderal TNI', 'Letjen', 'Letjen TNI'], kind: 'military', renderings: {
    en: ['Lieutenant General', 'Lt. Gen.', 'Lt Gen', 'Lt. General', 'Lieut. Gen.'], fr: ["général de corps d'armée", 'lieutenant-général'], zh: ['中将'], ja: ['中将'], ar: ['الفريق', 'الفريق الركن'] } },
  { forms: ['Mayor Jenderal', 'Mayor Jenderal TNI', 'Mayjen', 'Mayjen TNI'], kind: 'military', renderings: {
    en: ['Major General', 'Maj. Gen.', 'Maj Gen', 'Maj. General'], fr: ['général de division', 'major général'], zh: ['少将'], ja: ['少将'], ar: ['اللواء', 'اللواء الركن'] } },
  { forms: ['Brigadir Jenderal', 'Brigadir Jenderal TNI', 'Brigjen', 'Brigjen TNI'], kind: 'military', renderings: {
    en: ['Brigadier General', 'Brig. Gen.', 'Brig Gen', 'Brigadier'], fr: ['général de brigade', 'brigadier général'], zh: ['准将'], ja: ['准将'], ar: ['العميد', 'العميد الركن'] } },
  { forms: ['Laksamana', 'Laksamana TNI'], kind: 'military', renderings: {
    en: ['Admiral', 'Adm.'], fr: ['amiral'], zh: ['海军上将', '上将'], ja: ['海軍大将', '大将'], ar: ['الأدميرال', 'الفريق أول بحري'] } },
  { forms: ['Laksamana Madya', 'Laksdya', 'Laksdya TNI'], kind: 'military', renderings: {
    en: ['Vice Admiral', 'Vice Adm.', 'Vice-Admiral'], fr: ["vice-amiral d'escadre", 'vice-amiral'], zh: ['海军中将', '中将'], ja: ['海軍中将', '中将'], ar: ['نائب الأدميرال', 'الفريق البحري'] } },
  { forms: ['Laksamana Muda', 'Laksda', 'Laksda TNI'], kind: 'military', renderings: {
    en: ['Rear Admiral', 'Rear Adm.', 'Rear-Admiral'], fr: ['vice-amiral', 'contre-amiral'], zh: ['海军少将', '少将'], ja: ['海軍少将', '少将'], ar: ['اللواء البحري', 'الأدميرال الخلفي'] } },
  { forms: ['Laksamana Pertama', 'Laksma', 'Laksma TNI'], kind: 'military', renderings: {
    en: ['First Admiral', 'Commodore', 'Rear Admiral (Lower Half)', 'Cdre.'], fr: ['contre-amiral', 'commodore'], zh: ['海军准将', '准将'], ja: ['海軍准将', '准将'], ar: ['العميد البحري'] } },
  { forms: ['Marsekal', 'Marsekal TNI'], kind: 'military', renderings: {
    en: ['Air Chief Marshal', 'Marshal', 'Air Marshal', 'ACM'], fr: ["général d'armée aérienne", "maréchal de l'air"], zh: ['空军上将', '上将'], ja: ['空軍大将', '大将'], ar: ['الفريق أول طيار', 'المارشال الجوي'] } },
  { forms: ['Marsekal Madya', 'Marsdya', 'Marsdya TNI'], kind: 'military', renderings: {
    en: ['Air Marshal', 'Vice Air Marshal', 'Air Vice Marshal'], fr: ['général de corps aérien', "vice-maréchal de l'air"], zh: ['空军中将', '中将'], ja: ['空軍中将', '中将'], ar: ['الفريق طيار', 'نائب المارشال الجوي'] } },
  { forms: ['Marsekal Muda', 'Marsda', 'Marsda TNI'], kind: 'military', renderings: {
    en: ['Air Vice Marshal', 'Air Vice-Marshal', 'AVM', 'Junior Air Marshal'], fr: ['général de division aérienne'], zh: ['空军少将', '少将'], ja: ['空軍少将', '少将'], ar: ['اللواء طيار'] } },
  { forms: ['Marsekal Pertama', 'Marsma', 'Marsma TNI'], kind: 'military', renderings: {
    en: ['Air Commodore', 'First Air Marshal', 'Air Cdre.'], fr: ['général de brigade aérienne'], zh: ['空军准将', '准将'], ja: ['空軍准将', '准将'], ar: ['العميد طيار'] } },
  { forms: ['Kolonel', 'Kolonel Inf', 'Kolonel Laut', 'Kolonel Pnb', 'Kolonel Marinir'], kind: 'military', renderings: {
    en: ['Colonel', 'Col.', 'Col'], fr: ['colonel', 'capitaine de vaisseau'], zh: ['上校'], ja: ['大佐'], ar: ['العقيد'] } },
  { forms: ['Letnan Kolonel', 'Letkol', 'Letkol Inf', 'Letkol Laut', 'Letkol Pnb'], kind: 'military', renderings: {
    en: ['Lieutenant Colonel', 'Lt. Col.', 'Lt Col', 'Lt. Colonel'], fr: ['lieutenant-colonel', 'capitaine de frégate'], zh: ['中校'], ja: ['中佐'], ar: ['المقدم'] } },
  { forms: ['Mayor', 'Mayor Inf', 'Mayor Laut', 'Mayor Pnb'], kind: 'military', renderings: {
    en: ['Major', 'Maj.', 'Maj'], fr: ['commandant', 'major', 'capitaine de corvette'], zh: ['少校'], ja: ['少佐'], ar: ['الرائد'] } },
  { forms: ['Kapten', 'Kapten Inf', 'Kapten Laut', 'Kapten Pnb'], kind: 'military', renderings: {
    en: ['Captain', 'Capt.', 'Capt', 'Skipper'], fr: ['capitaine'], zh: ['上尉', '队长', '船长', '机长'], ja: ['大尉', '主将', 'キャプテン', '船長', '機長'], ar: ['النقيب', 'الكابتن', 'القائد'] } },
  { forms: ['Letnan Satu', 'Lettu'], kind: 'military', renderings: {
    en: ['First Lieutenant', '1st Lt.', '1st Lieutenant', 'Lieutenant', 'Lt.'], fr: ['lieutenant'], zh: ['中尉'], ja: ['中尉'], ar: ['الملازم أول'] } },
  { forms: ['Letnan Dua', 'Letda'], kind: 'military', renderings: {
    en: ['Second Lieutenant', '2nd Lt.', '2nd Lieutenant', 'Lieutenant', 'Lt.'], fr: ['sous-lieutenant'], zh: ['少尉'], ja: ['少尉'], ar: ['الملازم', 'الملازم ثان'] } },
  { forms: ['Sersan Mayor', 'Serma'], kind: 'military', renderings: {
    en: ['Sergeant Major', 'Sgt. Maj.', 'Master Sergeant'], fr: ['sergent-major', 'adjudant'], zh: ['军士长'], ja: ['曹長', '上級曹長'], ar: ['الرقيب أول', 'رئيس الرقباء'] } },
  { forms: ['Sersan Kepala', 'Serka'], kind: 'military', renderings: {
    en: ['Chief Sergeant', 'Staff Sergeant', 'Staff Sgt.', 'Head Sergeant'], fr: ['sergent-chef'], zh: ['上士'], ja: ['一等軍曹', '上級軍曹'], ar: ['الرقيب أول'] } },
  { forms: ['Sersan Satu', 'Sertu'], kind: 'military', renderings: {
    en: ['First Sergeant', 'Sergeant First Class', 'Sgt. 1st Class', 'Sergeant'], fr: ['sergent de première classe', 'sergent'], zh: ['中士'], ja: ['二等軍曹', '軍曹'], ar: ['الرقيب'] } },
  { forms: ['Sersan Dua', 'Serda'], kind: 'military', renderings: {
    en: ['Second Sergeant', 'Sergeant', 'Sgt.', 'Sergeant Second Class'], fr: ['sergent', 'sergent de seconde classe'], zh: ['下士'], ja: ['三等軍曹', '軍曹'], ar: ['الرقيب', 'رقيب ثان'] } },
  { forms: ['Kopral', 'Kopral Kepala', 'Kopka', 'Kopral Satu', 'Koptu', 'Kopral Dua', 'Kopda'], kind: 'military', renderings: {
    en: ['Corporal', 'Cpl.', 'Chief Corporal', 'First Corporal', 'Second Corporal', 'Lance Corporal'], fr: ['caporal', 'caporal-chef'], zh: ['下士', '上等兵'], ja: ['伍長', '兵長'], ar: ['العريف'] } },
  { forms: ['Prajurit Dua', 'Prada', 'Prajurit Satu', 'Pratu', 'Prajurit Kepala', 'Praka'], kind: 'military', renderings: {
    en: ['Private', 'Pvt.', 'Private First Class', 'Pfc.', 'Private Second Class', 'Chief Private'], fr: ['soldat', 'soldat de première classe', 'soldat de seconde classe'], zh: ['列兵', '二等兵', '一等兵', '上等兵'], ja: ['二等兵', '一等兵', '上等兵'], ar: ['الجندي', 'الجندي أول', 'جندي'] } },

  // ── Police: offices ──────────────────────────────────────────────────────────
  { forms: ['Kepala Kepolisian Negara Republik Indonesia', 'Kepala Polri', 'Kapolri'], kind: 'police', renderings: {
    en: ['National Police Chief', 'Indonesian National Police Chief', 'Chief of the Indonesian National Police', 'Chief of National Police', 'Police Chief', 'Indonesian Police Chief', 'Head of the National Police'], fr: ['chef de la police nationale', 'chef de la police indonésienne', 'chef de la police'], zh: ['国家警察总长', '警察总长', '印尼国家警察总长', '国家警察局长'], ja: ['国家警察長官', '警察長官'], ar: ['قائد الشرطة الوطنية', 'رئيس الشرطة الوطنية', 'قائد الشرطة الإندونيسية'] } },
  { forms: ['Wakil Kepala Kepolisian Negara Republik Indonesia', 'Wakil Kepala Polri', 'Wakapolri'], kind: 'police', renderings: {
    en: ['Deputy National Police Chief', 'Deputy Chief of the Indonesian National Police', 'Deputy Police Chief', 'National Police Deputy Chief'], fr: ['chef adjoint de la police nationale', 'numéro deux de la police'], zh: ['国家警察副总长', '警察副总长'], ja: ['国家警察副長官', '警察副長官'], ar: ['نائب قائد الشرطة الوطنية', 'نائب رئيس الشرطة الوطنية'] } },
  { forms: ['Kepala Kepolisian Daerah', 'Kepala Polda', 'Kapolda'], kind: 'police', renderings: {
    en: ['Regional Police Chief', 'Provincial Police Chief', 'Police Chief', 'Regional Police Head', 'Chief of Regional Police', 'Regional Police Commander'], fr: ['chef de la police régionale', 'chef de la police provinciale', 'chef de la police'], zh: ['地区警察局长', '省警察局长', '警察局长'], ja: ['州警察本部長', '地方警察本部長', '警察本部長'], ar: ['قائد الشرطة الإقليمية', 'قائد شرطة الإقليم', 'رئيس شرطة المنطقة', 'مدير شرطة الإقليم'] } },
  { forms: ['Wakil Kepala Kepolisian Daerah', 'Wakil Kepala Polda', 'Wakapolda'], kind: 'police', renderings: {
    en: ['Deputy Regional Police Chief', 'Deputy Provincial Police Chief', 'Deputy Police Chief'], fr: ['chef adjoint de la police régionale', 'chef adjoint de la police provinciale'], zh: ['地区警察副局长', '省警察副局长'], ja: ['州警察副本部長', '地方警察副本部長'], ar: ['نائب قائد الشرطة الإقليمية', 'نائب رئيس شرطة المنطقة'] } },
  { forms: ['Kepala Kepolisian Resor', 'Kepala Polres', 'Kapolres'], kind: 'police', renderings: {
    en: ['Police Chief', 'District Police Chief', 'Regency Police Chief', 'Resort Police Chief', 'Precinct Police Chief', 'Local Police Chief', 'Police Precinct Chief'], fr: ['chef de la police du district', 'chef de la police locale', 'chef de la police'], zh: ['县警察局长', '地方警察局长', '警察局长', '警区局长'], ja: ['県警察署長', '警察署長', '地区警察署長'], ar: ['قائد شرطة المقاطعة', 'رئيس شرطة المنطقة', 'قائد الشرطة المحلية'] } },
  { forms: ['Kepala Kepolisian Resor Kota', 'Kepala Polresta', 'Kapolresta', 'Kepala Kepolisian Resor Kota Besar', 'Kepala Polrestabes', 'Kapolrestabes'], kind: 'police', renderings: {
    en: ['City Police Chief', 'Police Chief', 'Metropolitan Police Chief', 'Municipal Police Chief', 'Resort City Police Chief'], fr: ['chef de la police municipale', 'chef de la police de la ville', 'chef de la police'], zh: ['市警察局长', '城市警察局长', '警察局长'], ja: ['市警察署長', '警察署長'], ar: ['قائد شرطة المدينة', 'رئيس شرطة المدينة'] } },
  { forms: ['Kepala Kepolisian Sektor', 'Kepala Polsek', 'Kapolsek'], kind: 'police', renderings: {
    en: ['Sub-district Police Chief', 'Subdistrict Police Chief', 'Sector Police Chief', 'Police Sector Chief', 'Precinct Chief', 'Local Police Chief', 'Police Chief'], fr: ['chef de la police du sous-district', 'chef du commissariat', 'commissaire'], zh: ['分局局长', '派出所所长', '区警察局长'], ja: ['警察分署長', '分署長', '警察署長'], ar: ['قائد مخفر الشرطة', 'رئيس مركز الشرطة', 'قائد شرطة الناحية'] } },
  { forms: ['Kepala Badan Reserse Kriminal', 'Kepala Bareskrim', 'Kabareskrim'], kind: 'police', renderings: {
    en: ['Chief of the Criminal Investigation Agency', 'Criminal Investigation Agency Chief', 'Bareskrim Chief', 'Head of the Criminal Investigation Department', 'Criminal Investigation Department Chief', 'CID Chief', 'Chief of Detectives'], fr: ['chef de la police judiciaire', "chef de l'Agence d'enquêtes criminelles", 'directeur de la police criminelle'], zh: ['刑事侦查局局长', '刑侦局局长', '刑事调查局局长'], ja: ['犯罪捜査局長', '刑事局長', '警察犯罪捜査局長'], ar: ['رئيس وكالة التحقيقات الجنائية', 'رئيس المباحث الجنائية', 'مدير التحقيقات الجنائية'] } },
  { forms: ['Kepala Divisi Hubungan Masyarakat Polri', 'Kepala Divisi Humas Polri', 'Kadiv Humas Polri', 'Kadiv Humas'], kind: 'police', renderings: {
    en: ['National Police Public Relations Head', 'Head of Public Relations of the National Police', 'Head of the National Police Public Relations Division', 'National Police Spokesperson', 'National Police Spokesman', 'Police Spokesperson', 'Public Relations Division Head'], fr: ['chef des relations publiques de la police nationale', 'porte-parole de la police nationale', 'porte-parole de la police'], zh: ['国家警察公共关系司司长', '国家警察公关部主任', '警方发言人'], ja: ['国家警察広報部長', '警察報道官', '国家警察報道官'], ar: ['رئيس قسم العلاقات العامة في الشرطة الوطنية', 'المتحدث باسم الشرطة الوطنية', 'المتحدث باسم الشرطة'] } },
  { forms: ['Kepala Bidang Hubungan Masyarakat', 'Kepala Bidang Humas', 'Kabid Humas', 'Kabid Humas Polda'], kind: 'police', renderings: {
    en: ['Public Relations Head', 'Head of Public Relations', 'Police Spokesperson', 'Police Spokesman', 'Regional Police Spokesperson', 'Spokesperson', 'Public Relations Chief'], fr: ['chef des relations publiques', 'porte-parole de la police', 'porte-parole'], zh: ['公共关系处处长', '公关处长', '警方发言人'], ja: ['広報部長', '広報課長', '警察報道官'], ar: ['رئيس قسم العلاقات العامة', 'المتحدث باسم الشرطة', 'مدير العلاقات العامة'] } },
  { forms: ['Kepala Satuan Reserse Kriminal', 'Kasat Reskrim', 'Kasatreskrim'], kind: 'police', renderings: {
    en: ['Head of the Criminal Investigation Unit', 'Criminal Investigation Unit Head', 'Criminal Investigation Unit Chief', 'Head of Detectives', 'Chief of Detectives', 'Head of Criminal Investigations'], fr: ['chef de la brigade criminelle', 'chef de la police judiciaire', "chef de l'unité d'enquêtes criminelles"], zh: ['刑侦队长', '刑事侦查队队长', '刑侦大队长'], ja: ['刑事課長', '犯罪捜査課長'], ar: ['رئيس وحدة التحقيقات الجنائية', 'رئيس المباحث'] } },

  // ── Police: ranks ────────────────────────────────────────────────────────────
  { forms: ['Jenderal Polisi', 'Jenderal Pol.', 'Jenderal Pol'], kind: 'police', renderings: {
    en: ['Police General', 'General', 'Gen.', 'Pol. Gen.'], fr: ['général de police', 'général'], zh: ['警察上将', '上将'], ja: ['警察大将', '大将'], ar: ['الفريق أول شرطة', 'الجنرال'] } },
  { forms: ['Komisaris Jenderal Polisi', 'Komisaris Jenderal', 'Komjen', 'Komjen Pol', 'Komjen Pol.'], kind: 'police', renderings: {
    en: ['Police Commissioner General', 'Commissioner General', 'Comr. Gen.', 'Police Comr. Gen.', 'Police Lieutenant General', 'Lt. Gen.'], fr: ['commissaire général', 'commissaire général de police', "général de corps d'armée de police"], zh: ['警察中将', '警务总监', '中将'], ja: ['警察中将', '中将'], ar: ['الفريق شرطة', 'المفوض العام'] } },
  { forms: ['Inspektur Jenderal Polisi', 'Inspektur Jenderal', 'Irjen', 'Irjen Pol', 'Irjen Pol.'], kind: 'police', renderings: {
    en: ['Police Inspector General', 'Inspector General', 'Insp. Gen.', 'Police Insp. Gen.', 'Police Major General', 'Maj. Gen.'], fr: ['inspecteur général', 'inspecteur général de police'], zh: ['警察少将', '监察长', '少将'], ja: ['警察少将', '監察官', '少将'], ar: ['اللواء شرطة', 'المفتش العام'] } },
  { forms: ['Brigadir Jenderal Polisi', 'Brigjen Pol', 'Brigjen Pol.', 'Brigjen Polisi'], kind: 'police', renderings: {
    en: ['Police Brigadier General', 'Brigadier General', 'Brig. Gen.', 'Police Brig. Gen.'], fr: ['général de brigade de police', 'général de brigade'], zh: ['警察准将', '准将'], ja: ['警察准将', '准将'], ar: ['العميد شرطة', 'العميد'] } },
  { forms: ['Komisaris Besar Polisi', 'Komisaris Besar', 'Kombes', 'Kombes Pol', 'Kombes Pol.', 'Kombespol'], kind: 'police', renderings: {
    en: ['Senior Commissioner', 'Police Senior Commissioner', 'Sr. Comr.', 'Police Grand Commissioner', 'Grand Commissioner', 'Chief Commissioner', 'Senior Superintendent', 'Police Colonel'], fr: ['commissaire principal', 'commissaire divisionnaire', 'colonel de police'], zh: ['高级警司', '警察大校', '警察上校'], ja: ['上級警視', '警視正', '警察大佐'], ar: ['العقيد شرطة', 'العقيد'] } },
  { forms: ['Ajun Komisaris Besar Polisi', 'Ajun Komisaris Besar', 'AKBP'], kind: 'police', renderings: {
    en: ['Adjunct Senior Commissioner', 'Police Adjunct Senior Commissioner', 'Adj. Sr. Comr.', 'Assistant Senior Commissioner', 'Police Grand Commissioner Adjutant', 'Superintendent', 'Police Lieutenant Colonel'], fr: ['commissaire adjoint principal', 'commissaire principal adjoint', 'lieutenant-colonel de police'], zh: ['副高级警司', '警察中校', '助理高级警司'], ja: ['警視', '警察中佐'], ar: ['المقدم شرطة', 'المقدم'] } },
  { forms: ['Komisaris Polisi', 'Kompol'], kind: 'police', renderings: {
    en: ['Police Commissioner', 'Commissioner', 'Comr.', 'Police Comr.', 'Assistant Superintendent', 'Police Major'], fr: ['commissaire', 'commissaire de police', 'commandant de police'], zh: ['警司', '警察少校'], ja: ['警部', '警察少佐'], ar: ['الرائد شرطة', 'الرائد'] } },
  { forms: ['Ajun Komisaris Polisi', 'AKP'], kind: 'police', renderings: {
    en: ['Adjunct Commissioner', 'Police Adjunct Commissioner', 'Adj. Comr.', 'Assistant Commissioner', 'Police Commissioner Adjutant', 'Police Captain'], fr: ['commissaire adjoint', 'capitaine de police'], zh: ['副警司', '警察上尉', '助理警司'], ja: ['警部補', '警察大尉'], ar: ['النقيب شرطة', 'النقيب'] } },
  { forms: ['Inspektur Polisi Satu', 'Iptu'], kind: 'police', renderings: {
    en: ['First Inspector', 'Police First Inspector', 'First Insp.', 'First Police Inspector', 'Inspector First Class', 'Police First Lieutenant'], fr: ['inspecteur principal', 'inspecteur de première classe', 'lieutenant de police'], zh: ['一级督察', '警察中尉'], ja: ['一等警部補', '警察中尉'], ar: ['الملازم أول شرطة', 'الملازم أول'] } },
  { forms: ['Inspektur Polisi Dua', 'Ipda'], kind: 'police', renderings: {
    en: ['Second Inspector', 'Police Second Inspector', 'Second Insp.', 'Second Police Inspector', 'Inspector Second Class', 'Police Second Lieutenant'], fr: ['inspecteur', 'inspecteur de seconde classe', 'sous-lieutenant de police'], zh: ['二级督察', '警察少尉'], ja: ['二等警部補', '警察少尉'], ar: ['الملازم شرطة', 'الملازم'] } },
  { forms: ['Ajun Inspektur Polisi Satu', 'Aiptu'], kind: 'police', renderings: {
    en: ['Adjunct First Inspector', 'First Assistant Inspector', 'Police First Assistant Inspector', 'First Police Inspector Adjutant', 'Chief Warrant Officer'], fr: ['inspecteur adjoint de première classe', 'adjudant-chef de police'], zh: ['一级副督察', '一级助理督察'], ja: ['一等準警部補', '准尉'], ar: ['المساعد أول شرطة', 'المساعد أول'] } },
  { forms: ['Ajun Inspektur Polisi Dua', 'Aipda'], kind: 'police', renderings: {
    en: ['Adjunct Second Inspector', 'Second Assistant Inspector', 'Police Second Assistant Inspector', 'Second Police Inspector Adjutant', 'Warrant Officer'], fr: ['inspecteur adjoint de seconde classe', 'adjudant de police'], zh: ['二级副督察', '二级助理督察'], ja: ['二等準警部補', '准尉'], ar: ['المساعد شرطة', 'المساعد'] } },
  { forms: ['Brigadir Polisi Kepala', 'Bripka'], kind: 'police', renderings: {
    en: ['Chief Brigadier', 'Police Chief Brigadier', 'Chief Police Brigadier', 'Brigadier Chief', 'Police Sergeant Major'], fr: ['brigadier-chef', 'brigadier-chef de police'], zh: ['高级警长', '警察上士'], ja: ['巡査部長', '上級巡査部長'], ar: ['الرقيب أول شرطة', 'رقيب أول'] } },
  { forms: ['Brigadir Polisi', 'Brigadir', 'Brigpol'], kind: 'police', renderings: {
    en: ['Brigadier', 'Police Brigadier', 'Brig.', 'Police Sergeant'], fr: ['brigadier', 'brigadier de police'], zh: ['警长', '警察中士'], ja: ['巡査長', '巡査部長'], ar: ['الرقيب شرطة', 'الرقيب'] } },
  { forms: ['Brigadir Polisi Satu', 'Briptu'], kind: 'police', renderings: {
    en: ['First Brigadier', 'Police First Brigadier', 'Brigadier First Class', 'First Police Brigadier'], fr: ['brigadier de première classe'], zh: ['一级警长', '一级警员'], ja: ['一等巡査', '巡査長'], ar: ['الرقيب شرطة', 'رقيب أول شرطة'] } },
  { forms: ['Brigadir Polisi Dua', 'Bripda'], kind: 'police', renderings: {
    en: ['Second Brigadier', 'Police Second Brigadier', 'Brigadier Second Class', 'Second Police Brigadier'], fr: ['brigadier de seconde classe'], zh: ['二级警长', '二级警员'], ja: ['二等巡査', '巡査'], ar: ['العريف شرطة', 'رقيب ثان شرطة'] } },
  { forms: ['Bhayangkara Dua', 'Bharada', 'Bhayangkara Satu', 'Bharatu', 'Bhayangkara Kepala', 'Bharaka'], kind: 'police', renderings: {
    en: ['Second Bhayangkara', 'Bhayangkara Second Class', 'Police Private', 'Private Second Class', 'First Bhayangkara', 'Chief Bhayangkara', 'Police Constable'], fr: ['agent de police', 'gardien de la paix', 'policier de seconde classe'], zh: ['二级警员', '警员', '一级警员'], ja: ['巡査', '二等巡査'], ar: ['الشرطي', 'جندي شرطة', 'الجندي شرطة'] } },

  // ── Regional government ──────────────────────────────────────────────────────
  { forms: ['Gubernur'], kind: 'regional', renderings: {
    en: ['Governor', 'Gov.'], fr: ['gouverneur', 'gouverneure'], zh: ['省长', '州长', '总督'], ja: ['州知事', '知事'], ar: ['المحافظ', 'محافظ', 'الحاكم'] } },
  { forms: ['Wakil Gubernur', 'Wagub'], kind: 'regional', renderings: {
    en: ['Deputy Governor', 'Vice Governor', 'Lieutenant Governor', 'Lt. Gov.'], fr: ['vice-gouverneur', 'gouverneur adjoint'], zh: ['副省长', '副州长'], ja: ['副州知事', '副知事'], ar: ['نائب المحافظ', 'نائب الحاكم'] } },
  { forms: ['Penjabat Gubernur', 'Pj Gubernur', 'Pj. Gubernur', 'Pelaksana Tugas Gubernur', 'Plt Gubernur', 'Plt. Gubernur'], kind: 'regional', renderings: {
    en: ['Acting Governor', 'Interim Governor', 'Caretaker Governor', 'Acting Gov.'], fr: ['gouverneur par intérim', 'gouverneur intérimaire'], zh: ['代理省长', '代省长', '代理州长'], ja: ['州知事代行', '知事代行', '知事代理'], ar: ['المحافظ بالإنابة', 'القائم بأعمال المحافظ', 'الحاكم بالإنابة'] } },
  { forms: ['Bupati'], kind: 'regional', renderings: {
    en: ['Regent', 'District Head', 'Regency Head', 'Head of Regency'], fr: ['régent', 'chef de district', 'préfet'], zh: ['县长', '摄政'], ja: ['県知事', '県令', '県長'], ar: ['رئيس المقاطعة', 'حاكم المقاطعة', 'الوصي'] } },
  { forms: ['Wakil Bupati', 'Wabup'], kind: 'regional', renderings: {
    en: ['Deputy Regent', 'Vice Regent', 'Deputy District Head'], fr: ['vice-régent', 'régent adjoint', 'chef de district adjoint'], zh: ['副县长'], ja: ['副県知事', '副県令'], ar: ['نائب رئيس المقاطعة', 'نائب حاكم المقاطعة'] } },
  { forms: ['Penjabat Bupati', 'Pj Bupati', 'Pj. Bupati', 'Pelaksana Tugas Bupati', 'Plt Bupati', 'Plt. Bupati'], kind: 'regional', renderings: {
    en: ['Acting Regent', 'Interim Regent', 'Caretaker Regent', 'Acting District Head'], fr: ['régent par intérim', 'chef de district par intérim'], zh: ['代理县长', '代县长'], ja: ['県知事代行', '県知事代理'], ar: ['رئيس المقاطعة بالإنابة', 'القائم بأعمال رئيس المقاطعة'] } },
  { forms: ['Wali Kota', 'Walikota', 'Wako'], kind: 'regional', renderings: {
    en: ['Mayor'], fr: ['maire', 'mairesse'], zh: ['市长'], ja: ['市長'], ar: ['عمدة', 'رئيس البلدية', 'العمدة'] } },
  { forms: ['Wakil Wali Kota', 'Wakil Walikota', 'Wawali', 'Wawako'], kind: 'regional', renderings: {
    en: ['Deputy Mayor', 'Vice Mayor'], fr: ['maire adjoint', 'adjoint au maire', 'vice-maire'], zh: ['副市长'], ja: ['副市長'], ar: ['نائب العمدة', 'نائب رئيس البلدية'] } },
  { forms: ['Penjabat Wali Kota', 'Pj Wali Kota', 'Pj. Wali Kota', 'Pj Walikota', 'Pj. Walikota', 'Pelaksana Tugas Wali Kota', 'Plt Wali Kota', 'Plt. Wali Kota', 'Plt Walikota', 'Plt. Walikota'], kind: 'regional', renderings: {
    en: ['Acting Mayor', 'Interim Mayor', 'Caretaker Mayor'], fr: ['maire par intérim', 'maire intérimaire'], zh: ['代理市长', '代市长'], ja: ['市長代行', '市長代理'], ar: ['العمدة بالإنابة', 'القائم بأعمال العمدة', 'رئيس البلدية بالإنابة'] } },
  { forms: ['Camat'], kind: 'regional', renderings: {
    en: ['Sub-district Head', 'Subdistrict Head', 'District Head', 'Head of Sub-district', 'Sub-district Chief'], fr: ['chef de sous-district', 'chef de district', 'chef de canton'], zh: ['区长', '分区长', '乡长'], ja: ['郡長', '区長'], ar: ['رئيس الناحية', 'رئيس المنطقة الفرعية', 'مدير الناحية'] } },
  { forms: ['Lurah'], kind: 'regional', renderings: {
    en: ['Village Head', 'Urban Village Head', 'Ward Head', 'Ward Chief', 'Subdistrict Head', 'Head of Kelurahan'], fr: ['chef de quartier', 'chef de village'], zh: ['村长', '街道办主任', '社区主任'], ja: ['町長', '村長', '地区長'], ar: ['رئيس الحي', 'رئيس القرية', 'مختار الحي'] } },
  { forms: ['Kepala Desa', 'Kades'], kind: 'regional', renderings: {
    en: ['Village Head', 'Village Chief', 'Head of Village', 'Village Leader'], fr: ['chef de village', 'chef du village'], zh: ['村长'], ja: ['村長'], ar: ['رئيس القرية', 'مختار القرية', 'عمدة القرية'] } },
  { forms: ['Sekretaris Daerah', 'Sekda', 'Sekretaris Daerah Provinsi', 'Sekdaprov'], kind: 'regional', renderings: {
    en: ['Regional Secretary', 'Provincial Secretary', 'Regional Secretary General', 'Secretary of the Region'], fr: ['secrétaire régional', 'secrétaire général de la province', 'secrétaire général'], zh: ['地区秘书长', '省秘书长', '秘书长'], ja: ['州官房長', '地方官房長', '事務総長'], ar: ['الأمين العام للمنطقة', 'الأمين الإقليمي', 'أمين المحافظة'] } },

  // ── Legislature and parties ──────────────────────────────────────────────────
  { forms: ['Ketua Dewan Perwakilan Rakyat', 'Ketua DPR', 'Ketua DPR RI'], kind: 'legislative', renderings: {
    en: ['House Speaker', 'Speaker of the House', 'Speaker of the House of Representatives', 'DPR Speaker', 'House of Representatives Speaker', 'Parliament Speaker', 'Speaker', 'DPR Chairman', 'DPR Chairwoman', 'Chairperson of the House of Representatives'], fr: ['présidente de la Chambre des représentants', 'président de la Chambre des représentants', 'présidente du Parlement', 'président du Parlement', 'président de la DPR'], zh: ['国会议长', '众议院议长', '人民代表会议议长', '议长'], ja: ['国会議長', '下院議長', '国民議会議長', '議長'], ar: ['رئيس مجلس النواب', 'رئيسة مجلس النواب', 'رئيس البرلمان', 'رئيسة البرلمان'] } },
  { forms: ['Wakil Ketua Dewan Perwakilan Rakyat', 'Wakil Ketua DPR', 'Wakil Ketua DPR RI'], kind: 'legislative', renderings: {
    en: ['Deputy Speaker', 'Deputy House Speaker', 'House Deputy Speaker', 'Deputy Speaker of the House', 'DPR Deputy Speaker', 'Vice Speaker', 'DPR Deputy Chairman'], fr: ['vice-président de la Chambre des représentants', 'vice-président du Parlement', 'vice-président de la DPR'], zh: ['国会副议长', '众议院副议长', '副议长'], ja: ['国会副議長', '下院副議長', '副議長'], ar: ['نائب رئيس مجلس النواب', 'نائب رئيس البرلمان'] } },
  { forms: ['Ketua Majelis Permusyawaratan Rakyat', 'Ketua MPR', 'Ketua MPR RI'], kind: 'legislative', renderings: {
    en: ["People's Consultative Assembly Speaker", "Speaker of the People's Consultative Assembly", 'MPR Speaker', 'MPR Chairman', "Chairman of the People's Consultative Assembly", 'Assembly Speaker'], fr: ["président de l'Assemblée délibérative du peuple", "président de l'Assemblée consultative du peuple", 'président du MPR'], zh: ['人民协商会议主席', '人协主席', '人民协商会议议长'], ja: ['国民協議会議長', '国民評議会議長'], ar: ['رئيس مجلس الشورى الشعبي', 'رئيس مجلس الشعب الاستشاري'] } },
  { forms: ['Wakil Ketua Majelis Permusyawaratan Rakyat', 'Wakil Ketua MPR', 'Wakil Ketua MPR RI'], kind: 'legislative', renderings: {
    en: ["People's Consultative Assembly Deputy Speaker", "Deputy Speaker of the People's Consultative Assembly", 'MPR Deputy Speaker', 'MPR Deputy Chairman', 'Assembly Deputy Speaker'], fr: ["vice-président de l'Assemblée délibérative du peuple", 'vice-président du MPR'], zh: ['人民协商会议副主席', '人协副主席'], ja: ['国民協議会副議長'], ar: ['نائب رئيس مجلس الشورى الشعبي', 'نائب رئيس مجلس الشعب الاستشاري'] } },
  { forms: ['Ketua Dewan Perwakilan Daerah', 'Ketua DPD', 'Ketua DPD RI'], kind: 'legislative', renderings: {
    en: ['Regional Representatives Council Speaker', 'Speaker of the Regional Representative Council', 'DPD Speaker', 'DPD Chairman', 'Chairman of the Regional Representatives Council', 'Senate Speaker'], fr: ['président du Conseil des représentants régionaux', 'président du DPD', 'président du Sénat'], zh: ['地方代表理事会主席', '地方代表会议主席', '地方代表理事会议长'], ja: ['地方代表議会議長', '地域代表議会議長'], ar: ['رئيس مجلس ممثلي الأقاليم', 'رئيس مجلس النواب الإقليمي'] } },
  { forms: ['Ketua Dewan Perwakilan Rakyat Daerah', 'Ketua DPRD'], kind: 'legislative', renderings: {
    en: ['Regional Legislative Council Speaker', 'DPRD Speaker', 'Speaker of the Regional Legislative Council', 'DPRD Chairman', 'Regional House Speaker', 'Council Speaker', 'Council Chairman'], fr: ['président du conseil régional', 'président du Parlement régional', 'président du DPRD'], zh: ['地方议会议长', '省议会议长', '议长'], ja: ['地方議会議長', '州議会議長', '議会議長'], ar: ['رئيس المجلس التشريعي الإقليمي', 'رئيس البرلمان المحلي', 'رئيس المجلس المحلي'] } },
  { forms: ['Anggota Dewan Perwakilan Rakyat', 'Anggota DPR', 'Anggota DPR RI'], kind: 'legislative', renderings: {
    en: ['Lawmaker', 'Legislator', 'House Member', 'Member of Parliament', 'MP', 'DPR Member', 'Member of the House of Representatives'], fr: ['député', 'députée', 'parlementaire'], zh: ['国会议员', '众议员', '议员'], ja: ['国会議員', '下院議員', '議員'], ar: ['عضو مجلس النواب', 'النائب', 'عضو البرلمان', 'النائبة'] } },
  { forms: ['Anggota Dewan Perwakilan Rakyat Daerah', 'Anggota DPRD'], kind: 'legislative', renderings: {
    en: ['Regional Lawmaker', 'Regional Legislator', 'Council Member', 'Councillor', 'Councilor', 'DPRD Member', 'Local Lawmaker'], fr: ['élu régional', 'conseiller régional', 'député régional'], zh: ['地方议员', '省议员', '议员'], ja: ['地方議会議員', '州議会議員', '議員'], ar: ['عضو المجلس التشريعي الإقليمي', 'عضو البرلمان المحلي', 'عضو المجلس المحلي'] } },
  { forms: ['Senator'], kind: 'legislative', renderings: {
    en: ['Senator', 'Sen.'], fr: ['sénateur', 'sénatrice'], zh: ['参议员'], ja: ['上院議員'], ar: ['السيناتور', 'عضو مجلس الشيوخ'] } },
  { forms: ['Anggota Kongres'], kind: 'legislative', renderings: {
    en: ['Congressman', 'Congresswoman', 'Congress Member', 'Representative', 'Rep.'], fr: ['membre du Congrès', 'représentant', 'élu du Congrès'], zh: ['国会议员', '众议员'], ja: ['下院議員', '連邦議会議員'], ar: ['عضو الكونغرس', 'النائب'] } },
  { forms: ['Ketua Umum', 'Ketum'], kind: 'legislative', renderings: {
    en: ['Chairman', 'Chairperson', 'Chairwoman', 'Chair', 'General Chairman', 'Party Chairman', 'Party Leader', 'Leader', 'President'], fr: ['président', 'présidente', 'président du parti', 'chef du parti'], zh: ['总主席', '主席', '党主席', '党魁'], ja: ['党首', '総裁', '代表', '会長'], ar: ['رئيس الحزب', 'الرئيس العام', 'رئيس', 'زعيم الحزب'] } },
  { forms: ['Ketua Harian'], kind: 'legislative', renderings: {
    en: ['Executive Chairman', 'Daily Chairman', 'Executive Chair', 'Acting Chairman'], fr: ['président exécutif'], zh: ['执行主席', '常务主席'], ja: ['執行議長', '常任議長', '筆頭副代表'], ar: ['الرئيس التنفيذي', 'رئيس الهيئة التنفيذية'] } },

  // ── Judiciary, prosecution and anti-graft ────────────────────────────────────
  { forms: ['Jaksa Agung'], kind: 'judicial', renderings: {
    en: ['Attorney General', 'AG', 'Prosecutor General', 'Chief Prosecutor'], fr: ['procureur général', 'procureure générale'], zh: ['总检察长'], ja: ['検事総長', '司法長官'], ar: ['النائب العام', 'المدعي العام'] } },
  { forms: ['Jaksa Agung Muda Bidang Tindak Pidana Khusus', 'Jaksa Agung Muda Pidana Khusus', 'Jampidsus'], kind: 'judicial', renderings: {
    en: ['Junior Attorney General for Special Crimes', 'Deputy Attorney General for Special Crimes', 'Special Crimes Deputy Attorney General', 'Junior Attorney General for Special Criminal Affairs'], fr: ['procureur général adjoint chargé des crimes spéciaux', 'procureur général adjoint'], zh: ['特别刑事案件副总检察长', '特殊犯罪助理总检察长'], ja: ['特別犯罪担当次長検事', '特別犯罪担当副検事総長'], ar: ['نائب النائب العام للجرائم الخاصة', 'مساعد النائب العام للجرائم الخاصة'] } },
  { forms: ['Jaksa Agung Muda Bidang Tindak Pidana Umum', 'Jaksa Agung Muda Pidana Umum', 'Jampidum'], kind: 'judicial', renderings: {
    en: ['Junior Attorney General for General Crimes', 'Deputy Attorney General for General Crimes', 'General Crimes Deputy Attorney General', 'Junior Attorney General for General Criminal Affairs'], fr: ['procureur général adjoint chargé des crimes de droit commun', 'procureur général adjoint'], zh: ['普通刑事案件副总检察长', '一般犯罪助理总检察长'], ja: ['一般犯罪担当次長検事', '一般犯罪担当副検事総長'], ar: ['نائب النائب العام للجرائم العامة', 'مساعد النائب العام للجرائم العامة'] } },
  { forms: ['Kepala Kejaksaan Tinggi', 'Kajati'], kind: 'judicial', renderings: {
    en: ["Head of the High Prosecutor's Office", "High Prosecutor's Office Head", 'Chief High Prosecutor', 'High Prosecutor', 'Provincial Chief Prosecutor', "Head of the Provincial Prosecutor's Office"], fr: ['procureur général de la province', 'chef du parquet général', 'procureur général'], zh: ['高等检察院检察长', '省检察长', '高级检察长'], ja: ['高等検察庁検事長', '高検検事長', '州検事長'], ar: ['رئيس النيابة العليا', 'رئيس النيابة العامة الإقليمية'] } },
  { forms: ['Kepala Kejaksaan Negeri', 'Kajari'], kind: 'judicial', renderings: {
    en: ["Head of the District Prosecutor's Office", "District Prosecutor's Office Head", 'Chief District Prosecutor', 'District Prosecutor', 'District Attorney', 'Chief Prosecutor'], fr: ['procureur de district', 'procureur de la République', 'chef du parquet'], zh: ['地区检察院检察长', '地方检察长', '地区检察长'], ja: ['地方検察庁検事正', '地検検事正', '検事正'], ar: ['رئيس النيابة المحلية', 'رئيس نيابة المقاطعة', 'وكيل النيابة العامة'] } },
  { forms: ['Jaksa Penuntut Umum', 'Jaksa', 'JPU'], kind: 'judicial', renderings: {
    en: ['Prosecutor', 'Public Prosecutor', 'State Prosecutor'], fr: ['procureur', 'procureure', 'magistrat du parquet'], zh: ['检察官', '公诉人'], ja: ['検察官', '検事'], ar: ['المدعي العام', 'وكيل النيابة', 'المدعية العامة'] } },
  { forms: ['Hakim'], kind: 'judicial', renderings: {
    en: ['Judge', 'Justice'], fr: ['juge'], zh: ['法官'], ja: ['裁判官', '判事'], ar: ['القاضي', 'القاضية'] } },
  { forms: ['Hakim Ketua', 'Ketua Majelis Hakim'], kind: 'judicial', renderings: {
    en: ['Presiding Judge', 'Chief Judge', 'Head Judge', 'Chairman of the Panel of Judges'], fr: ['président du tribunal', 'juge président', 'président de la cour'], zh: ['首席法官', '审判长', '主审法官'], ja: ['裁判長'], ar: ['رئيس المحكمة', 'رئيس هيئة المحكمة', 'القاضي الرئيس'] } },
  { forms: ['Hakim Agung'], kind: 'judicial', renderings: {
    en: ['Supreme Court Justice', 'Justice', 'Supreme Court Judge'], fr: ['juge à la Cour suprême', 'juge suprême'], zh: ['最高法院法官', '大法官'], ja: ['最高裁判事', '最高裁判所判事'], ar: ['قاضي المحكمة العليا', 'القاضي'] } },
  { forms: ['Hakim Konstitusi', 'Hakim MK'], kind: 'judicial', renderings: {
    en: ['Constitutional Court Justice', 'Constitutional Justice', 'Constitutional Court Judge', 'Justice'], fr: ['juge constitutionnel', 'juge à la Cour constitutionnelle'], zh: ['宪法法院法官', '宪法法官'], ja: ['憲法裁判所判事', '憲法裁判事'], ar: ['قاضي المحكمة الدستورية', 'القاضي الدستوري'] } },
  { forms: ['Ketua Mahkamah Konstitusi', 'Ketua MK'], kind: 'judicial', renderings: {
    en: ['Constitutional Court Chief Justice', 'Chief Justice of the Constitutional Court', 'Constitutional Court Chief', 'Constitutional Court President', 'Constitutional Court Chairman'], fr: ['président de la Cour constitutionnelle'], zh: ['宪法法院院长', '宪法法院首席法官'], ja: ['憲法裁判所長官', '憲法裁長官'], ar: ['رئيس المحكمة الدستورية'] } },
  { forms: ['Ketua Mahkamah Agung', 'Ketua MA'], kind: 'judicial', renderings: {
    en: ['Supreme Court Chief Justice', 'Chief Justice of the Supreme Court', 'Chief Justice', 'Supreme Court Chief', 'Supreme Court President'], fr: ['président de la Cour suprême'], zh: ['最高法院院长', '首席大法官'], ja: ['最高裁長官', '最高裁判所長官'], ar: ['رئيس المحكمة العليا'] } },
  { forms: ['Ketua Komisi Pemberantasan Korupsi', 'Ketua KPK'], kind: 'judicial', renderings: {
    en: ['KPK Chairman', 'KPK Chief', 'KPK Head', 'Chairman of the Corruption Eradication Commission', 'Corruption Eradication Commission Chairman', 'Anti-graft Agency Chief', 'KPK Chairperson'], fr: ["président de la Commission pour l'éradication de la corruption", 'président de la KPK', "président de l'agence anticorruption"], zh: ['肃贪委员会主席', '反腐败委员会主席', '肃贪会主席', '反贪委员会主席'], ja: ['汚職撲滅委員会委員長', '汚職撲滅委員長'], ar: ['رئيس لجنة مكافحة الفساد', 'رئيس لجنة القضاء على الفساد'] } },

  // ── Civil service, agencies and commissions ──────────────────────────────────
  { forms: ['Ketua Komisi Pemilihan Umum', 'Ketua KPU', 'Ketua KPU RI'], kind: 'civil', renderings: {
    en: ['KPU Chairman', 'KPU Chief', 'KPU Head', 'General Elections Commission Chairman', 'Chairman of the General Elections Commission', 'Election Commission Chief', 'KPU Chairperson'], fr: ['président de la Commission électorale générale', 'président de la commission électorale', 'président de la KPU'], zh: ['选举委员会主席', '大选委员会主席', '普选委员会主席'], ja: ['総選挙委員会委員長', '選挙委員会委員長'], ar: ['رئيس لجنة الانتخابات العامة', 'رئيس لجنة الانتخابات'] } },
  { forms: ['Ketua Badan Pengawas Pemilihan Umum', 'Ketua Bawaslu', 'Ketua Bawaslu RI'], kind: 'civil', renderings: {
    en: ['Bawaslu Chairman', 'Bawaslu Chief', 'Bawaslu Head', 'Elections Supervisory Agency Chairman', 'Chairman of the Elections Supervisory Agency', 'Election Supervisory Body Chief', 'Election Watchdog Chief'], fr: ["président de l'Agence de surveillance des élections", 'président du Bawaslu'], zh: ['选举监督机构主席', '大选监督机构主席', '选举监督委员会主席'], ja: ['総選挙監視庁長官', '選挙監視庁長官', '選挙監視委員長'], ar: ['رئيس هيئة الإشراف على الانتخابات', 'رئيس هيئة مراقبة الانتخابات'] } },
  { forms: ['Ketua Komisi Nasional Hak Asasi Manusia', 'Ketua Komnas HAM'], kind: 'civil', renderings: {
    en: ['Komnas HAM Chairman', 'Komnas HAM Chief', 'National Commission on Human Rights Chairman', 'Chairman of the National Commission on Human Rights', 'Human Rights Commission Chief', 'Komnas HAM Chairperson'], fr: ["président de la Commission nationale des droits de l'homme", 'président de Komnas HAM'], zh: ['国家人权委员会主席', '人权委员会主席'], ja: ['国家人権委員会委員長', '人権委員長'], ar: ['رئيس اللجنة الوطنية لحقوق الإنسان'] } },
  { forms: ['Kepala Badan Nasional Penanggulangan Bencana', 'Kepala BNPB'], kind: 'civil', renderings: {
    en: ['BNPB Head', 'BNPB Chief', 'Head of the National Disaster Management Agency', 'National Disaster Management Agency Head', 'National Disaster Mitigation Agency Head', 'Head of the National Disaster Mitigation Agency', 'Disaster Agency Chief'], fr: ["chef de l'Agence nationale de gestion des catastrophes", 'chef de la BNPB', "directeur de l'agence de gestion des catastrophes"], zh: ['国家抗灾署署长', '国家灾害管理局局长', '国家减灾局局长', '抗灾署署长'], ja: ['国家防災庁長官', '国家災害対策庁長官', '防災庁長官'], ar: ['رئيس الوكالة الوطنية لإدارة الكوارث', 'رئيس الهيئة الوطنية لمواجهة الكوارث'] } },
  { forms: ['Kepala Badan Meteorologi, Klimatologi, dan Geofisika', 'Kepala BMKG'], kind: 'civil', renderings: {
    en: ['BMKG Head', 'BMKG Chief', 'Head of the Meteorology, Climatology and Geophysics Agency', 'Meteorology, Climatology and Geophysics Agency Head', 'Head of the Meteorology, Climatology, and Geophysics Agency', 'Weather Agency Chief'], fr: ["chef de l'Agence de météorologie, de climatologie et de géophysique", 'chef de la BMKG', "directeur de l'agence météorologique"], zh: ['气象气候和地球物理局局长', '气象、气候和地球物理局局长', '气象局局长'], ja: ['気象気候地球物理庁長官', '気象庁長官'], ar: ['رئيس وكالة الأرصاد الجوية والمناخ والجيوفيزياء', 'رئيس هيئة الأرصاد الجوية'] } },
  { forms: ['Kepala Badan Intelijen Negara', 'Kepala BIN'], kind: 'civil', renderings: {
    en: ['BIN Head', 'BIN Chief', 'Head of the State Intelligence Agency', 'State Intelligence Agency Chief', 'State Intelligence Agency Head', 'Intelligence Chief', 'Spy Chief'], fr: ['chef des services de renseignement', "chef de l'Agence nationale du renseignement", 'chef du BIN'], zh: ['国家情报局局长', '情报局局长', '情报首长'], ja: ['国家情報庁長官', '情報機関長官'], ar: ['رئيس وكالة الاستخبارات الحكومية', 'رئيس جهاز المخابرات', 'رئيس الاستخبارات'] } },
  { forms: ['Kepala Badan Narkotika Nasional', 'Kepala BNN'], kind: 'civil', renderings: {
    en: ['BNN Head', 'BNN Chief', 'Head of the National Narcotics Agency', 'National Narcotics Agency Chief', 'National Narcotics Agency Head', 'Anti-drug Agency Chief', 'Drug Czar'], fr: ["chef de l'Agence nationale des stupéfiants", 'chef de la BNN', "chef de l'agence antidrogue"], zh: ['国家禁毒局局长', '禁毒局局长', '国家麻醉品局局长'], ja: ['国家麻薬取締庁長官', '麻薬取締庁長官'], ar: ['رئيس الوكالة الوطنية لمكافحة المخدرات', 'رئيس هيئة مكافحة المخدرات'] } },
  { forms: ['Kepala Badan Pengawas Obat dan Makanan', 'Kepala BPOM'], kind: 'civil', renderings: {
    en: ['BPOM Head', 'BPOM Chief', 'Head of the Food and Drug Monitoring Agency', 'Food and Drug Monitoring Agency Head', 'Food and Drug Supervisory Agency Head', 'Food and Drug Agency Chief'], fr: ["chef de l'Agence de contrôle des aliments et des médicaments", 'chef de la BPOM'], zh: ['食品药品监督局局长', '食品药品监管局局长', '药监局局长'], ja: ['食品医薬品監督庁長官', '食品医薬品庁長官'], ar: ['رئيس هيئة الرقابة على الأغذية والأدوية', 'رئيس هيئة الغذاء والدواء'] } },
  { forms: ['Kepala Badan Nasional Pencarian dan Pertolongan', 'Kepala Basarnas'], kind: 'civil', renderings: {
    en: ['Basarnas Head', 'Basarnas Chief', 'Head of the National Search and Rescue Agency', 'National Search and Rescue Agency Head', 'National Search and Rescue Agency Chief', 'Search and Rescue Chief'], fr: ["chef de l'Agence nationale de recherche et de sauvetage", 'chef de Basarnas', 'chef des secours'], zh: ['国家搜救局局长', '搜救局局长', '国家搜救署署长'], ja: ['国家捜索救助庁長官', '捜索救助庁長官'], ar: ['رئيس الوكالة الوطنية للبحث والإنقاذ', 'رئيس هيئة البحث والإنقاذ'] } },
  { forms: ['Kepala Otorita Ibu Kota Nusantara', 'Kepala Otorita IKN', 'Kepala OIKN'], kind: 'civil', renderings: {
    en: ['Head of the Nusantara Capital Authority', 'Nusantara Capital Authority Head', 'Nusantara Capital Authority Chief', 'IKN Authority Head', 'IKN Authority Chief'], fr: ["chef de l'Autorité de la capitale Nusantara", "chef de l'Autorité de la capitale"], zh: ['努山塔拉首都管理局局长', '新首都管理局局长', '首都管理局局长'], ja: ['ヌサンタラ首都庁長官', '新首都庁長官'], ar: ['رئيس هيئة العاصمة نوسانتارا', 'رئيس هيئة العاصمة الجديدة'] } },
  { forms: ['Gubernur Bank Indonesia', 'Gubernur BI'], kind: 'civil', renderings: {
    en: ['Bank Indonesia Governor', 'Governor of Bank Indonesia', 'BI Governor', 'Central Bank Governor', 'Central Bank Chief'], fr: ["gouverneur de la Banque d'Indonésie", 'gouverneur de la banque centrale', 'gouverneur de Bank Indonesia'], zh: ['印尼央行行长', '印尼银行行长', '央行行长', '印度尼西亚银行行长'], ja: ['インドネシア中銀総裁', 'インドネシア銀行総裁', '中銀総裁'], ar: ['محافظ البنك المركزي', 'محافظ بنك إندونيسيا', 'محافظ البنك المركزي الإندونيسي'] } },
  { forms: ['Ketua Dewan Komisioner Otoritas Jasa Keuangan', 'Ketua Dewan Komisioner OJK', 'Ketua OJK'], kind: 'civil', renderings: {
    en: ['OJK Chairman', 'OJK Chief', 'OJK Head', 'Financial Services Authority Chairman', 'Chairman of the Financial Services Authority', 'Chairman of the OJK Board of Commissioners', 'Financial Regulator Chief'], fr: ["président de l'Autorité des services financiers", "président de l'OJK"], zh: ['金融服务管理局主席', '金融服务管理局局长', '金融监管局主席'], ja: ['金融サービス庁長官', '金融庁長官'], ar: ['رئيس هيئة الخدمات المالية', 'رئيس مجلس مفوضي هيئة الخدمات المالية'] } },
  { forms: ['Direktur Jenderal', 'Dirjen'], kind: 'civil', renderings: {
    en: ['Director General', 'Director-General', 'DG'], fr: ['directeur général', 'directrice générale'], zh: ['总司长', '司长', '总干事', '总局长'], ja: ['総局長', '局長', '事務局長'], ar: ['المدير العام', 'المديرة العامة'] } },
  { forms: ['Sekretaris Jenderal', 'Sekjen'], kind: 'civil', renderings: {
    en: ['Secretary-General', 'Secretary General', 'General Secretary', 'Secretary'], fr: ['secrétaire général', 'secrétaire générale'], zh: ['秘书长', '总书记'], ja: ['事務総長', '幹事長', '書記長', '事務局長'], ar: ['الأمين العام', 'الأمينة العامة'] } },
  { forms: ['Pelatih', 'Pelatih Kepala'], kind: 'civil', renderings: {
    en: ['Coach', 'Head Coach', 'Manager', 'Trainer'], fr: ['entraîneur', 'sélectionneur', 'entraîneuse', 'coach'], zh: ['主教练', '教练'], ja: ['監督', 'コーチ', 'ヘッドコーチ'], ar: ['المدرب', 'المدير الفني', 'المدربة'] } },

  // ── Diplomatic and international ─────────────────────────────────────────────
  { forms: ['Duta Besar', 'Duta Besar Luar Biasa dan Berkuasa Penuh', 'Duta Besar RI', 'Dubes', 'Dubes RI'], kind: 'diplomatic', renderings: {
    en: ['Ambassador', 'Amb.', 'Ambassador Extraordinary and Plenipotentiary', 'Envoy'], fr: ['ambassadeur', 'ambassadrice'], zh: ['大使'], ja: ['大使', '特命全権大使'], ar: ['السفير', 'سفير', 'السفيرة'] } },
  { forms: ['Konsul Jenderal', 'Konjen'], kind: 'diplomatic', renderings: {
    en: ['Consul General', 'Consul-General', 'CG'], fr: ['consul général', 'consule générale'], zh: ['总领事'], ja: ['総領事'], ar: ['القنصل العام', 'القنصلة العامة'] } },
  { forms: ['Konsul'], kind: 'diplomatic', renderings: {
    en: ['Consul'], fr: ['consul', 'consule'], zh: ['领事'], ja: ['領事'], ar: ['القنصل'] } },
  { forms: ['Kuasa Usaha', 'Kuasa Usaha Ad Interim'], kind: 'diplomatic', renderings: {
    en: ["Chargé d'Affaires", "Charge d'Affaires", "Chargé d'Affaires ad interim"], fr: ["chargé d'affaires", "chargée d'affaires"], zh: ['临时代办', '代办'], ja: ['臨時代理大使', '代理大使'], ar: ['القائم بالأعمال'] } },
  { forms: ['Utusan Khusus', 'Utusan Khusus Presiden'], kind: 'diplomatic', renderings: {
    en: ['Special Envoy', 'Envoy', 'Presidential Special Envoy', 'Special Representative'], fr: ['envoyé spécial', 'envoyée spéciale'], zh: ['特使', '特别代表'], ja: ['特使', '特別代表'], ar: ['المبعوث الخاص', 'المبعوث'] } },
  { forms: ['Atase Pertahanan'], kind: 'diplomatic', renderings: {
    en: ['Defense Attaché', 'Defence Attaché', 'Defense Attache', 'Defence Attache', 'Military Attaché'], fr: ['attaché de défense', 'attaché militaire'], zh: ['武官', '国防武官'], ja: ['駐在武官', '防衛駐在官'], ar: ['الملحق العسكري', 'ملحق الدفاع'] } },
  { forms: ['Sekretaris Jenderal Perserikatan Bangsa-Bangsa', 'Sekretaris Jenderal PBB', 'Sekjen PBB'], kind: 'diplomatic', renderings: {
    en: ['UN Secretary-General', 'UN Secretary General', 'Secretary-General', 'United Nations Secretary-General', 'UN Chief', 'Secretary-General of the United Nations'], fr: ["secrétaire général de l'ONU", 'secrétaire général des Nations unies', 'secrétaire général'], zh: ['联合国秘书长', '秘书长'], ja: ['国連事務総長', '事務総長'], ar: ['الأمين العام للأمم المتحدة', 'الأمين العام'] } },
  { forms: ['Sekretaris Jenderal ASEAN', 'Sekjen ASEAN'], kind: 'diplomatic', renderings: {
    en: ['ASEAN Secretary-General', 'ASEAN Secretary General', 'Secretary-General of ASEAN', 'Secretary-General'], fr: ["secrétaire général de l'ASEAN", "secrétaire général de l'Asean"], zh: ['东盟秘书长'], ja: ['ASEAN事務総長', '東南アジア諸国連合事務総長'], ar: ['الأمين العام لرابطة آسيان', 'الأمين العام للآسيان'] } },

  // ── Corporate ────────────────────────────────────────────────────────────────
  { forms: ['Direktur Utama', 'Dirut'], kind: 'corporate', renderings: {
    en: ['President Director', 'CEO', 'Chief Executive Officer', 'President-Director', 'Managing Director', 'Chief Executive', 'Main Director'], fr: ['PDG', 'président-directeur général', 'directeur général', 'patron'], zh: ['总裁', '总经理', '首席执行官', '董事总经理'], ja: ['社長', '最高経営責任者', 'CEO', '代表取締役'], ar: ['الرئيس التنفيذي', 'المدير العام', 'المدير التنفيذي'] } },
  { forms: ['Presiden Direktur', 'Presdir'], kind: 'corporate', renderings: {
    en: ['President Director', 'CEO', 'President and CEO', 'President-Director', 'Chief Executive Officer'], fr: ['PDG', 'président-directeur général', 'président'], zh: ['总裁', '总经理', '首席执行官'], ja: ['社長', '最高経営責任者', 'CEO'], ar: ['الرئيس التنفيذي', 'رئيس مجلس الإدارة'] } },
  { forms: ['Direktur'], kind: 'corporate', renderings: {
    en: ['Director'], fr: ['directeur', 'directrice'], zh: ['董事', '总监', '主任', '局长'], ja: ['取締役', '理事', 'ディレクター', '局長'], ar: ['المدير', 'المديرة'] } },
  { forms: ['Direktur Eksekutif'], kind: 'corporate', renderings: {
    en: ['Executive Director', 'Exec. Director'], fr: ['directeur exécutif', 'directrice exécutive'], zh: ['执行董事', '执行主任', '执行理事'], ja: ['事務局長', '専務理事', 'エグゼクティブディレクター'], ar: ['المدير التنفيذي', 'المديرة التنفيذية'] } },
  { forms: ['Komisaris Utama', 'Komut'], kind: 'corporate', renderings: {
    en: ['President Commissioner', 'Chief Commissioner', 'Chairman of the Board of Commissioners', 'Chairman', 'Main Commissioner'], fr: ['président du conseil de surveillance', 'président du conseil des commissaires'], zh: ['监事会主席', '董事长', '总监事'], ja: ['監査役会会長', '会長', '筆頭コミサリス'], ar: ['رئيس مجلس المفوضين', 'رئيس مجلس الإدارة'] } },
  { forms: ['Komisaris'], kind: 'corporate', renderings: {
    en: ['Commissioner', 'Board Commissioner', 'Board Member'], fr: ['commissaire', 'membre du conseil de surveillance'], zh: ['监事', '董事'], ja: ['監査役', 'コミサリス'], ar: ['المفوض', 'عضو مجلس المفوضين'] } },
  { forms: ['CEO'], kind: 'corporate', renderings: {
    en: ['CEO', 'Chief Executive', 'Chief Executive Officer', 'Boss'], fr: ['PDG', 'directeur général', 'patron'], zh: ['首席执行官', 'CEO', '总裁'], ja: ['最高経営責任者', 'CEO'], ar: ['الرئيس التنفيذي'] } },
  { forms: ['Pendiri'], kind: 'corporate', renderings: {
    en: ['Founder', 'Co-founder'], fr: ['fondateur', 'fondatrice', 'cofondateur'], zh: ['创始人', '创办人'], ja: ['創業者', '創設者', '創始者'], ar: ['مؤسس', 'المؤسس'] } },
  { forms: ['Ketua Umum Kadin', 'Ketum Kadin', 'Ketua Kadin'], kind: 'corporate', renderings: {
    en: ['Kadin Chairman', 'Kadin Chief', 'Chairman of the Indonesian Chamber of Commerce and Industry', 'Indonesian Chamber of Commerce and Industry Chairman', 'Chamber of Commerce Chairman'], fr: ["président de la Chambre de commerce et d'industrie", 'président de la Kadin'], zh: ['印尼工商会主席', '工商会会长', '工商会主席'], ja: ['インドネシア商工会議所会頭', '商工会議所会頭'], ar: ['رئيس غرفة التجارة والصناعة', 'رئيس غرفة التجارة والصناعة الإندونيسية'] } },

  // ── Religious ────────────────────────────────────────────────────────────────
  { forms: ['Sri Paus', 'Paus'], kind: 'religious', renderings: {
    en: ['Pope', 'Holy Father'], fr: ['pape', 'le pape', 'Saint-Père'], zh: ['教宗', '教皇'], ja: ['ローマ教皇', '教皇', 'ローマ法王', '法王'], ar: ['البابا', 'بابا الفاتيكان'] } },
  { forms: ['Ayatollah', 'Ayatullah'], kind: 'religious', renderings: {
    en: ['Ayatollah', 'Grand Ayatollah'], fr: ['ayatollah', 'grand ayatollah'], zh: ['阿亚图拉', '大阿亚图拉'], ja: ['アヤトラ', '師'], ar: ['آية الله', 'آية الله العظمى'] } },
  { forms: ['Imam Besar'], kind: 'religious', renderings: {
    en: ['Grand Imam', 'Chief Imam', 'Head Imam'], fr: ['grand imam', 'imam principal'], zh: ['大伊玛目', '首席伊玛目'], ja: ['大イマーム', '最高イマーム'], ar: ['الإمام الأكبر', 'كبير الأئمة', 'الإمام الأعظم'] } },
  { forms: ['Mufti Agung', 'Mufti Besar', 'Mufti'], kind: 'religious', renderings: {
    en: ['Grand Mufti', 'Mufti', 'Chief Mufti'], fr: ['grand mufti', 'mufti', 'moufti'], zh: ['大穆夫提', '穆夫提'], ja: ['大ムフティー', 'ムフティー'], ar: ['المفتي العام', 'مفتي', 'المفتي'] } },
  { forms: ['Ustaz', 'Ustad', 'Ustadz', 'Ustazah', 'Ustadzah'], kind: 'religious', renderings: {
    en: ['Ustaz', 'Ustad', 'Ustadz', 'Ustadh', 'Cleric', 'Preacher', 'Islamic Teacher', 'Teacher'], fr: ['oustaz', 'prédicateur', 'prédicatrice', 'religieux'], zh: ['乌斯塔兹', '宗教导师', '伊斯兰教师', '传教士'], ja: ['ウスタズ', 'イスラム教指導者', '説教師', '宗教講師'], ar: ['الأستاذ', 'الداعية', 'الشيخ', 'الأستاذة'] } },
  { forms: ['Kiai Haji', 'Kiai', 'Kyai', 'KH', 'KH.', 'K.H.'], kind: 'religious', renderings: {
    en: ['Kiai', 'Kyai', 'Kiai Haji', 'Cleric', 'Islamic Cleric', 'Islamic Scholar', 'Muslim Cleric'], fr: ['kiai', 'religieux', 'ouléma', 'dignitaire religieux'], zh: ['吉亚伊', '伊斯兰教长老', '宗教学者', '教长'], ja: ['キヤイ', 'イスラム指導者', '宗教指導者', 'イスラム学者'], ar: ['الشيخ', 'الكياهي', 'العالم', 'الكياي الحاج'] } },
  { forms: ['Habib'], kind: 'religious', renderings: {
    en: ['Habib', 'Cleric'], fr: ['habib'], zh: ['哈比卜', '哈比布'], ja: ['ハビブ'], ar: ['الحبيب'] } },
  { forms: ['Haji', 'Hajah', 'Hj.'], kind: 'religious', renderings: {
    en: ['Haji', 'Hajj', 'Hajji', 'Hajja', 'Hajah', 'Hadji'], fr: ['hadj', 'hadji', 'hadja'], zh: ['哈吉', '哈只'], ja: ['ハジ', 'ハッジ'], ar: ['الحاج', 'الحاجة'] } },
  { forms: ['Ketua Umum Majelis Ulama Indonesia', 'Ketua Umum MUI', 'Ketua MUI'], kind: 'religious', renderings: {
    en: ['MUI Chairman', 'MUI Chief', 'MUI Head', 'Chairman of the Indonesian Ulema Council', 'Indonesian Ulema Council Chairman', 'Indonesian Ulema Council Chief'], fr: ['président du Conseil indonésien des oulémas', 'président du MUI'], zh: ['印尼乌理玛理事会主席', '乌理玛理事会主席', '印尼伊斯兰学者理事会主席'], ja: ['インドネシア・ウラマー評議会議長', 'ウラマー評議会議長'], ar: ['رئيس مجلس العلماء الإندونيسي', 'رئيس مجلس علماء إندونيسيا'] } },
  { forms: ['Ketua Umum Pengurus Besar Nahdlatul Ulama', 'Ketua Umum PBNU', 'Ketum PBNU', 'Ketua PBNU'], kind: 'religious', renderings: {
    en: ['PBNU Chairman', 'NU Chairman', 'Nahdlatul Ulama Chairman', 'Chairman of Nahdlatul Ulama', 'NU Chief', 'PBNU General Chairman', 'Nahdlatul Ulama Leader'], fr: ['président de la Nahdlatul Ulama', 'président du PBNU', 'chef de la Nahdlatul Ulama'], zh: ['伊斯兰教士联合会主席', '伊联主席', '宗教学者复兴会主席'], ja: ['ナフダトゥル・ウラマー議長', 'NU議長', 'ナフダトゥル・ウラマ総裁'], ar: ['رئيس جمعية نهضة العلماء', 'رئيس نهضة العلماء'] } },
  { forms: ['Ketua Umum Pimpinan Pusat Muhammadiyah', 'Ketua Umum PP Muhammadiyah', 'Ketum PP Muhammadiyah', 'Ketua PP Muhammadiyah', 'Ketua Umum Muhammadiyah'], kind: 'religious', renderings: {
    en: ['Muhammadiyah Chairman', 'Chairman of Muhammadiyah', 'Muhammadiyah Chief', 'Muhammadiyah Leader', 'Muhammadiyah General Chairman'], fr: ['président de la Muhammadiyah', 'chef de la Muhammadiyah'], zh: ['穆罕默迪亚主席', '穆罕默迪亚协会主席'], ja: ['ムハマディヤ議長', 'ムハマディア総裁'], ar: ['رئيس الجمعية المحمدية', 'رئيس جمعية المحمدية'] } },
  { forms: ['Pastor', 'Pastur'], kind: 'religious', renderings: {
    en: ['Father', 'Fr.', 'Pastor', 'Priest'], fr: ['père', 'le père', 'abbé', 'prêtre'], zh: ['神父', '牧师'], ja: ['神父'], ar: ['الأب', 'القس'] } },
  { forms: ['Romo'], kind: 'religious', renderings: {
    en: ['Father', 'Fr.', 'Romo'], fr: ['père', 'le père', 'abbé'], zh: ['神父'], ja: ['神父'], ar: ['الأب'] } },
  { forms: ['Pendeta', 'Pdt.'], kind: 'religious', renderings: {
    en: ['Reverend', 'Rev.', 'Pastor', 'Minister', 'Priest'], fr: ['pasteur', 'révérend', 'pasteure'], zh: ['牧师'], ja: ['牧師'], ar: ['القس', 'القسيس'] } },
  { forms: ['Uskup'], kind: 'religious', renderings: {
    en: ['Bishop', 'Bp.'], fr: ['évêque', 'Mgr'], zh: ['主教'], ja: ['司教', '主教'], ar: ['الأسقف', 'المطران'] } },
  { forms: ['Uskup Agung'], kind: 'religious', renderings: {
    en: ['Archbishop', 'Abp.'], fr: ['archevêque', 'Mgr'], zh: ['大主教', '总主教'], ja: ['大司教', '大主教'], ar: ['رئيس الأساقفة', 'المطران'] } },
  { forms: ['Kardinal'], kind: 'religious', renderings: {
    en: ['Cardinal'], fr: ['cardinal'], zh: ['枢机主教', '枢机', '红衣主教'], ja: ['枢機卿'], ar: ['الكاردينال'] } },
  { forms: ['Monsinyur', 'Mgr.'], kind: 'religious', renderings: {
    en: ['Monsignor', 'Msgr.', 'Mgr.', 'Bishop'], fr: ['Mgr', 'monseigneur'], zh: ['蒙席', '主教'], ja: ['モンシニョール', '司教'], ar: ['المونسنيور', 'المطران'] } },
  { forms: ['Suster'], kind: 'religious', renderings: {
    en: ['Sister', 'Sr.', 'Nun'], fr: ['sœur', 'religieuse'], zh: ['修女'], ja: ['シスター', '修道女'], ar: ['الأخت', 'الراهبة'] } },
  { forms: ['Bhikkhu', 'Biksu', 'Bhante'], kind: 'religious', renderings: {
    en: ['Venerable', 'Ven.', 'Bhikkhu', 'Bhante', 'Monk', 'Buddhist Monk'], fr: ['vénérable', 'moine', 'bhikkhu'], zh: ['法师', '比丘', '僧人'], ja: ['比丘', '僧侶', '師'], ar: ['الراهب', 'الراهب البوذي', 'المبجل'] } },
  { forms: ['Rabi', 'Rabbi'], kind: 'religious', renderings: {
    en: ['Rabbi'], fr: ['rabbin', 'grand rabbin'], zh: ['拉比'], ja: ['ラビ'], ar: ['الحاخام'] } },

  // ── Academic and professional honorifics ─────────────────────────────────────
  { forms: ['Profesor', 'Prof.', 'Prof'], kind: 'academic', renderings: {
    en: ['Professor', 'Prof.', 'Prof'], fr: ['professeur', 'professeure', 'Pr'], zh: ['教授'], ja: ['教授'], ar: ['البروفيسور', 'الأستاذ الدكتور', 'الأستاذ'] } },
  { forms: ['Guru Besar'], kind: 'academic', renderings: {
    en: ['Professor', 'Prof.', 'Full Professor', 'Great Teacher'], fr: ['professeur', 'professeur titulaire'], zh: ['教授', '正教授'], ja: ['教授'], ar: ['الأستاذ', 'البروفيسور'] } },
  { forms: ['Dokter', 'dr.', 'Doktor', 'Dr.'], kind: 'academic', renderings: {
    en: ['Dr.', 'Dr', 'Doctor'], fr: ['docteur', 'Dr', 'médecin', 'docteure'], zh: ['医生', '博士', '医师'], ja: ['医師', '博士', 'ドクター'], ar: ['الدكتور', 'الطبيب', 'الدكتورة', 'الطبيبة'] } },
  { forms: ['Rektor'], kind: 'academic', renderings: {
    en: ['Rector', 'Chancellor', 'Vice-Chancellor', 'President', 'University Rector'], fr: ['recteur', 'rectrice', "président de l'université"], zh: ['校长', '大学校长'], ja: ['学長', '総長'], ar: ['رئيس الجامعة', 'مدير الجامعة'] } },
  { forms: ['Dekan'], kind: 'academic', renderings: {
    en: ['Dean'], fr: ['doyen', 'doyenne'], zh: ['院长', '系主任'], ja: ['学部長'], ar: ['العميد', 'عميد الكلية'] } },
  { forms: ['Kepala Sekolah', 'Kepsek'], kind: 'academic', renderings: {
    en: ['Principal', 'School Principal', 'Headmaster', 'Headmistress', 'Head Teacher', 'Headteacher'], fr: ["directeur d'école", 'proviseur', 'principal', "directrice d'école"], zh: ['校长'], ja: ['校長'], ar: ['مدير المدرسة', 'مديرة المدرسة', 'ناظر المدرسة'] } },
];
