import { anyOf } from './further-languages.ts';
import { clauseGap, gap, type LanguageRules } from './types.ts';

// Hungarian, Swahili and Tagalog (Latin script, marks optional), Bengali and Urdu (no `\b`: verbs close the sentence).

const url = '(?:https?:\\/\\/|@[\\w-]{1,64}\\.)';
const urlThenVerb = '(?:https?:\\/\\/\\S{1,120}|[\\w.-]{1,64}@[\\w.-]{1,64})';

const huNouns = `(?:${anyOf('utasítás', 'szabály', 'parancs', 'irányelv')}\\p{L}{0,8}|prompt\\p{L}{0,4})`;
const huEarlier = anyOf('korábbi', 'előző', 'eddigi', 'fenti', 'összes', 'minden', 'eredeti', 'rendszer');
const huIgnore = `(?:${anyOf('hagyd figyelmen kívül', 'hagyja figyelmen kívül', 'hagyjátok figyelmen kívül', 'ne törődj', 'ne törődjön', 'ne kövesd', 'ne kövesse', 'ignoráld', 'ignorálja', 'vesd el')}|(?<!ne\\s)${anyOf('felejtsd el', 'felejtse el', 'felejtsétek el')})`;

/** Hungarian phrasings (accents optional). */
export const hungarian: LanguageRules = {
  language: 'hu',
  imperatives: anyOf('hagyd figyelmen kívül', 'kapcsold ki', 'tiltsd le', 'fedd fel', 'küldd el', 'engedelmeskedj'),
  // Whole words only: a bare `\begy` prefix opened the gate on "Egypt"; "egy" and "és" count only between spaces before a letter ("EGY | 3" is a country code in a table).
  script: /[őű]|\b(?:hogy|vagy|nem|ezt|minden|k[ée]rlek|mostant[óo]l)\b|(?:^|\s)(?:és|egy)\s(?=[a-záéíóöőúüű])|\b(?:korábbi|korabbi|k[üu]ldd|mutasd|hagyd|felejtsd|utas[íi]t)/i,
  patterns: {
    'instruction-override': [
      `\\b${huIgnore}\\b${clauseGap(30)}\\b${huEarlier}\\b${clauseGap(25)}\\b${huNouns}`,
      `\\b${huEarlier}\\b${clauseGap(20)}\\b${huNouns}\\b${clauseGap(20)}\\b${huIgnore}\\b`,
      `\\b${anyOf('új', 'valódi')} ${anyOf('utasítások', 'utasításaid', 'utasításod', 'szabályok', 'szabályaid', 'feladat', 'feladatod')}\\s*:`,
      `\\b${anyOf('mostantól kezdve', 'mostantól', 'ettől kezdve', 'innentől')}\\b${clauseGap(30)}\\b${anyOf('csak válaszolj', 'válaszolj csak', 'hagyd figyelmen kívül', 'nincsenek korlátaid', 'nincsenek szabályaid', 'te vagy dan')}\\b`,
    ],
    'role-switch': [
      `\\b${anyOf('most te', 'te most', 'viselkedj úgy', 'viselkedjen úgy', 'tegyél úgy, mintha', 'tegyél úgy mintha', 'játszd el', 'játszd a szerepét')}\\b${gap(30)}\\b(?:${anyOf('korlátozások nélkül', 'korlátok nélkül', 'szűrők nélkül', 'szabályok nélkül', 'cenzúra nélkül')}\\p{L}{0,3}|dan|${anyOf('gonosz')})\\b`,
      `\\b(?:jailbreak|dan)[ -]${anyOf('mód')}\\p{L}{0,4}\\b`,
      `\\b${anyOf('fejlesztői mód')}\\p{L}{0,4}\\b${gap(40)}\\b${anyOf('nélkül', 'hagyd figyelmen')}`,
    ],
    'prompt-extraction': [
      `\\b${anyOf('fedd fel', 'mutasd meg', 'mutasd', 'írd ki', 'ismételd meg', 'add meg', 'áruld el', 'mondd el')}\\b${gap(30)}\\b(?:${anyOf('rendszerprompt', 'rendszerüzenet', 'rendszerutasítás')}\\p{L}{0,6}|${anyOf('eredeti', 'rejtett', 'titkos')} ${anyOf('utasítás')}\\p{L}{0,6}|${anyOf('utasításaidat', 'promptodat')})`,
    ],
    exfiltration: [
      `\\b${anyOf('küldd el', 'küldje el', 'küldd', 'továbbítsd', 'töltsd fel', 'tedd közzé')}\\b${gap(60)}\\b(?:${anyOf('beszélgetés', 'előzmény', 'jelszav', 'jelszó', 'hitelesítő adat', 'bejelentkezési adat', 'api-kulcs', 'api kulcs', 'felhasználói adat', 'személyes adat', 'összes e-mail', 'összes fájl', 'összes üzenet')})\\p{L}{0,6}${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b${anyOf('üzenet', 'utasítás', 'értesítés', 'parancs')} (?:${anyOf('hivatalos', 'sürgős', 'fontos')} )?(?:az? )?${anyOf('rendszergazdától', 'adminisztrátortól', 'rendszertől', 'fejlesztőktől', 'biztonsági csapattól', 'it-osztálytól', 'openai-tól')}`,
    ],
    'hidden-step': [
      `\\b${anyOf('ne mondd el', 'ne szólj', 'ne áruld el', 'ne említsd')}\\b${gap(20)}\\b${anyOf('felhasználónak', 'ügyfélnek', 'címzettnek')}\\b`,
      `\\b${anyOf('titokban', 'észrevétlenül', 'feltűnés nélkül')}\\b${gap(20)}\\b${anyOf('küldd', 'továbbítsd', 'futtasd', 'töröld', 'nyisd meg', 'látogasd meg', 'utald')}\\b`,
    ],
  },
};

const swNouns = '(?:maagizo|maelekezo|agizo|sheria|amri|kanuni|miongozo|prompt)';

/** Swahili phrasings. */
export const swahili: LanguageRules = {
  language: 'sw',
  imperatives: 'puuza|zima|fichua|tuma|tii',
  script: /\b(?:kwa|hii|wewe|yote|zote|maagizo|maelekezo|puuza|sahau|tafadhali|kuanzia|tuma|onyesha|mtumiaji|usimwambie|sasa)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:puuza|puuzeni|sahau|sahauni|usifuate|msifuate|achana na)\\b${clauseGap(30)}\\b${swNouns}\\b${clauseGap(25)}\\b(?:ya awali|yaliyotangulia|ya hapo awali|ya zamani|ya mwanzo|yote|zote|ya hapo juu|ya mfumo)\\b`,
      `\\b(?:maagizo|maelekezo|sheria|kazi) (?:mapya|mpya|halisi)\\s*:`,
      `\\b(?:kuanzia sasa|tangu sasa|kuanzia leo)\\b${clauseGap(30)}\\b(?:wewe ni dan|utajibu|jibu tu|puuza|huna (?:vikwazo|sheria|mipaka))\\b`,
    ],
    'role-switch': [
      `\\b(?:sasa wewe ni|wewe sasa ni|jifanye|igiza kama|tenda kama)\\b${gap(30)}\\b(?:bila (?:vikwazo|mipaka|vichujio|sheria|udhibiti)|dan|mwovu)\\b`,
      `\\bhali ya (?:jailbreak|dan)\\b`,
      `\\bhali ya msanidi\\b${gap(40)}\\b(?:bila|puuza)\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:onyesha|nionyeshe|fichua|rudia|andika|niambie|nipe|chapisha)\\b${gap(30)}\\b(?:maagizo ya mfumo|ujumbe wa mfumo|prompt ya mfumo|system prompt|maagizo yako|maagizo yaliyofichwa)\\b`,
    ],
    exfiltration: [
      `\\b(?:tuma|tumeni|peleka|pakia|sambaza)\\b${gap(60)}\\b(?:mazungumzo|historia ya (?:mazungumzo|gumzo)|nywila|nenosiri|manenosiri|vitambulisho vya kuingia|funguo za api|tokeni|data ya (?:mtumiaji|watumiaji|wateja)|barua pepe zote|faili zote|ujumbe wote)\\b${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b(?:ujumbe|agizo|tangazo|amri) (?:rasmi |wa dharura |muhimu )?(?:kutoka kwa|kutoka) (?:msimamizi|mfumo|wasanidi|timu ya usalama|idara ya tehama|openai)\\b`,
    ],
    'hidden-step': [
      `\\b(?:usimwambie|usimjulishe|usimweleze|msimwambie)\\b${gap(10)}\\b(?:mtumiaji|mteja|mpokeaji)\\b`,
      `\\b(?:kwa siri|kimyakimya|kimya kimya|bila mtu kujua)\\b${gap(20)}\\b(?:tuma|peleka|endesha|futa|fungua|tembelea|hamisha)\\b`,
    ],
  },
};

const tlNouns = '(?:tagubilin|instruksyon|instruksiyon|utos|patakaran|alituntunin|panuto|prompt)';

/** Tagalog (Filipino) phrasings. */
export const tagalog: LanguageRules = {
  language: 'tl',
  imperatives: 'huwag pansinin|i-disable|patayin|ibunyag|ipadala|sumunod',
  script: /\b(?:ang|ng|mga|ay|ikaw|huwag|wag|lahat|tagubilin|instruksyon|ipadala|ipakita|ngayon|balewalain|kalimutan)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:huwag (?:mong )?pansinin|wag (?:mong )?pansinin|balewalain|(?<!huwag |wag |'wag )kalimutan|huwag (?:mong )?sundin|wag (?:mong )?sundin|ipagwalang-bahala|i-ignore|iignore)\\b${clauseGap(30)}\\b(?:nakaraang|naunang|lahat|nasa itaas|orihinal na|dating|sistema)\\b${clauseGap(25)}\\b${tlNouns}\\b`,
      `\\b(?:bagong|tunay na) (?:mga )?(?:tagubilin|instruksyon|utos|patakaran)\\s*:`,
      `\\b(?:mula ngayon|simula ngayon|magmula ngayon)\\b${clauseGap(30)}\\b(?:ikaw (?:ay )?si dan|sasagot ka (?:lamang|lang)|sumagot ka (?:lamang|lang)|huwag (?:mong )?pansinin|wala ka nang (?:limitasyon|patakaran))\\b`,
    ],
    'role-switch': [
      `\\b(?:ikaw na ngayon|ngayon ikaw ay|ngayon ay ikaw|kumilos (?:ka )?bilang|kunwari ikaw ay|magpanggap (?:ka )?na ikaw ay|gampanan ang papel)\\b${gap(30)}\\b(?:walang (?:anumang )?(?:limitasyon|restriksyon|paghihigpit|patakaran|filter|sensura)|dan|masama)\\b`,
      `\\b(?:jailbreak|dan) mode\\b${gap(40)}\\b(?:walang|huwag|ikaw)\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:ipakita|ibunyag|ilabas|ulitin|sabihin sa akin|isulat|i-print|iprint)\\b${gap(30)}\\b(?:(?:ang )?(?:iyong|mong) (?:system prompt|tagubilin|instruksyon|prompt)|(?:tagubilin|instruksyon|prompt) (?:mo|ng sistema)|mga tagubilin ng sistema|orihinal na tagubilin|nakatagong tagubilin)\\b`,
    ],
    exfiltration: [
      `\\b(?:ipadala|ipasa|i-upload|iupload|i-post|i-forward)\\b${gap(60)}\\b(?:usapan|pag-uusap|kasaysayan ng (?:usapan|chat)|mga password|kredensyal|datos ng (?:user|gumagamit|mga customer)|lahat ng (?:email|file|mensahe))\\b${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b(?:mensahe|tagubilin|abiso|utos) (?:na (?:opisyal|agaran|mahalaga) )?mula sa (?:administrator|admin|sistema|mga developer|security team|it department|openai)\\b`,
    ],
    'hidden-step': [
      `\\b(?:huwag|wag) (?:mong )?(?:sabihin|ipaalam|banggitin)(?: ito)? sa (?:user|gumagamit|customer|kliyente|tatanggap)\\b`,
      `\\b(?:nang palihim|palihim na|nang tahimik|tahimik na)\\b${gap(20)}\\b(?:ipadala|ipasa|patakbuhin|burahin|buksan|bisitahin|ilipat)\\b`,
    ],
  },
};

/** Bengali phrasings. */
export const bengali: LanguageRules = {
  language: 'bn',
  imperatives: 'উপেক্ষা কর|বন্ধ কর|প্রকাশ কর|পাঠাও|পাঠান',
  script: /[\u0980-\u09ff]/,
  patterns: {
    'instruction-override': [
      `(?:আগের|পূর্ববর্তী|পূর্বের|উপরের|সব|সমস্ত|মূল|সিস্টেমের)${clauseGap(20)}(?:নির্দেশনা|নির্দেশাবলী|নির্দেশ|নিয়ম|আদেশ)${clauseGap(20)}(?:উপেক্ষা কর|ভুলে যা|মানবে না|মেনো না|অগ্রাহ্য কর|বাতিল কর)`,
      `(?:নতুন|আসল) (?:নির্দেশনা|নির্দেশ|নিয়ম)\\s*:`,
      `এখন থেকে${clauseGap(30)}(?:তুমি DAN|শুধু উত্তর দেবে|উপেক্ষা কর|তোমার কোনো (?:সীমাবদ্ধতা|নিয়ম) নেই)`,
    ],
    'role-switch': [
      `(?:এখন তুমি|তুমি এখন|এখন আপনি|আপনি এখন|ভান কর|অভিনয় কর)${gap(30)}(?:(?:কোনো )?(?:সীমাবদ্ধতা|বিধিনিষেধ|নিয়ম|ফিল্টার|সেন্সরশিপ) ?(?:ছাড়া|নেই)|DAN)`,
      `(?:জেলব্রেক|DAN) মোড`,
    ],
    'prompt-extraction': [
      `(?:সিস্টেম প্রম্পট|সিস্টেম নির্দেশনা|তোমার নির্দেশনা|আপনার নির্দেশনা|মূল নির্দেশনা|গোপন নির্দেশনা|system prompt)${gap(15)}(?:দেখাও|দেখান|বলো|বলুন|প্রকাশ কর|লেখো|লিখুন|পুনরাবৃত্তি কর)`,
    ],
    exfiltration: [
      `(?:কথোপকথন|চ্যাটের ইতিহাস|পাসওয়ার্ড|ক্রেডেনশিয়াল|এপিআই কী|API key|টোকেন|ব্যবহারকারীর তথ্য|ব্যক্তিগত তথ্য|সব ইমেইল)${gap(60)}${urlThenVerb}${gap(20)}(?:পাঠাও|পাঠান|পাঠিয়ে দাও|আপলোড কর|ফরওয়ার্ড কর)`,
    ],
    'authority-claim': [
      `(?:অ্যাডমিন|প্রশাসক|সিস্টেম|ডেভেলপার|নিরাপত্তা দল|OpenAI)(?:ের|এর)? (?:পক্ষ থেকে|থেকে) (?:জরুরি |অফিসিয়াল |গুরুত্বপূর্ণ )?(?:বার্তা|নির্দেশ|নোটিশ|আদেশ)`,
    ],
    'hidden-step': [
      `(?:ব্যবহারকারীকে|গ্রাহককে|প্রাপককে)${gap(15)}(?:বলো না|বলবে না|বলবেন না|জানাবে না|জানাবেন না|জানিও না)`,
      `(?:গোপনে|চুপিচুপি|চুপচাপ|লুকিয়ে)${gap(30)}(?:পাঠাও|পাঠান|চালাও|মুছে ফেল|খোলো|স্থানান্তর কর)`,
    ],
  },
};

/** Urdu phrasings. */
export const urdu: LanguageRules = {
  language: 'ur',
  imperatives: 'نظر انداز کرو|نظرانداز کرو|بند کرو|ظاہر کرو|بھیجو|بھیجیں',
  script: /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/,
  patterns: {
    'instruction-override': [
      `(?:پچھلی|پچھلے|سابقہ|اوپر کی|اوپر دی گئی|تمام|سب|اصل|سسٹم کی)${clauseGap(20)}(?:ہدایات|ہدایت|احکامات|قواعد|اصول|پرامپٹ)${clauseGap(20)}(?:نظر انداز کر|نظرانداز کر|بھول جا|مت مانو|نہ مانیں|رد کرو)`,
      `(?:نئی|اصل) (?:ہدایات|قواعد|احکامات)\\s*:`,
      `(?:اب سے|آج سے|اس لمحے سے)${clauseGap(30)}(?:تم DAN ہو|صرف جواب دو|نظر انداز کرو|تمہاری کوئی (?:حد|پابندی) نہیں)`,
    ],
    'role-switch': [
      `(?:اب تم|تم اب|اب آپ|آپ اب|دکھاوا کرو|کا کردار ادا کرو)${gap(30)}(?:بغیر (?:کسی )?(?:پابندی|حد|فلٹر|قواعد|سنسر)|(?:کسی )?(?:پابندی|حد|فلٹر|سنسرشپ) کے بغیر|DAN)`,
      `جیل ?بریک موڈ`,
    ],
    'prompt-extraction': [
      `(?:سسٹم پرامپٹ|سسٹم کی ہدایات|اپنی ہدایات|اپنا پرامپٹ|اصل ہدایات|چھپی ہوئی ہدایات|system prompt)${gap(15)}(?:دکھاؤ|دکھائیں|بتاؤ|بتائیں|ظاہر کرو|لکھو|دہراؤ)`,
    ],
    exfiltration: [
      `(?:گفتگو|بات چیت|چیٹ کی تاریخ|پاس ورڈ|پاسورڈ|اسناد|ٹوکن|صارف کا ڈیٹا|ذاتی معلومات|تمام ای میلز)${gap(60)}${urlThenVerb}${gap(20)}(?:بھیجو|بھیجیں|بھیج دو|اپ لوڈ کرو|فارورڈ کرو)`,
    ],
    'authority-claim': [
      `(?:ایڈمن|منتظم|سسٹم|ڈویلپر|سیکیورٹی ٹیم|OpenAI) (?:کی طرف سے|سے) (?:سرکاری |فوری |اہم )?(?:پیغام|ہدایت|اطلاع|حکم)`,
    ],
    'hidden-step': [
      `(?:صارف|کسٹمر|گاہک|وصول کنندہ) کو${gap(15)}(?:مت بتاؤ|نہ بتائیں|مت بتانا|اطلاع نہ دیں|پتا نہ چلے)`,
      `(?:چپکے سے|خفیہ طور پر|چپ چاپ|چھپ کر)${gap(30)}(?:بھیجو|بھیجیں|چلاؤ|مٹا دو|ڈیلیٹ کرو|کھولو|منتقل کرو)`,
    ],
  },
};
