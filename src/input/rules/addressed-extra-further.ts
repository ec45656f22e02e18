import { addressedRules, alt, type AddressedWords } from './addressed-extra-builder.ts';
import { hungarian, swahili, tagalog } from './further-languages-extra.ts';
import { greek } from './further-languages-scripts.ts';
import { anyOf, czech, indonesian, romanian, swedish, vietnamese } from './further-languages.ts';
import { gap, type LanguageRules } from './types.ts';

// Words of the addressed-instruction phrasings (see addressed-extra-builder.ts) for cs, el, ro, sv (with Danish and
// Norwegian), hu, id, vi, sw, tl. Written for this project; accents are optional wherever `anyOf` is used.

const csUser = anyOf('uživatele', 'uživateli', 'uživatel', 'čtenáře', 'čtenáři');
const cs: AddressedWords = {
  language: 'cs', script: czech.script, verbLast: false, spaced: true,
  user: csUser,
  ask: anyOf('požádej', 'požádejte', 'řekni', 'řekněte', 'připomeň', 'připomeňte', 'doporuč', 'doporučte', 'vyzvi', 'vyzvěte', 'přesvědč', 'instruuj', 'nařiď', 'poraď', 'přiměj'),
  conceal: `${anyOf('neříkej', 'neříkejte', 'neprozrazuj', 'neprozrazujte', 'nezmiňuj', 'nezmiňujte', 'neinformuj', 'neinformujte', 'neupozorňuj', 'nesděluj')}${gap(40)}\\b${csUser}`,
  secretly: anyOf('potají', 'tajně', 'potichu', 'nenápadně', 'skrytě', 'bez vědomí uživatele', 'v tichosti'),
  act: anyOf('smaž', 'smažte', 'vymaž', 'vymažte', 'pošli', 'pošlete', 'přepošli', 'přepošlete', 'převeď', 'převeďte', 'odpověz', 'odpovězte', 'odpovídej', 'nahraj', 'nahrajte', 'spusť', 'spusťte', 'nainstaluj', 'sdílej', 'zkopíruj'),
  target: anyOf('všechny soubory', 'všechny e-maily', 'všechny zprávy', 'všechny kontakty', 'všechny dokumenty', 'složku', 'adresář', 'schránku', 'heslo', 'hesla', 'přihlašovací údaje', 'pouze', 'jen'),
  verify: `${anyOf('ověř', 'potvrd', 'potvrz', 'validuj', 'odemk', 'reaktivuj')}\\p{L}{0,8}`,
  when: anyOf('při shrnutí', 'při shrnování', 'při překladu', 'když shrnuješ', 'až budeš shrnovat', 'když překládáš', 'až to shrneš'),
  ai: anyOf('ai', 'ui', 'asistente', 'asistent', 'modele', 'agente', 'chatbote', 'bote'),
};

const elUser = `(?:${anyOf('τον', 'την', 'στον', 'στην')} )?${anyOf('χρήστη', 'αναγνώστη', 'χρήστες', 'αναγνώστες')}`;
const el: AddressedWords = {
  language: 'el', script: greek.script, verbLast: false, spaced: true,
  user: elUser,
  ask: anyOf('ζήτησε από', 'ζητήστε από', 'ζήτα από', 'πες', 'πείτε', 'υπενθύμισε', 'υπενθυμίστε', 'συμβούλεψε', 'συμβουλέψτε', 'πρότεινε', 'προτείνετε', 'παρότρυνε', 'πείσε', 'καθοδήγησε', 'ενημέρωσε', 'ζήτησε'),
  conceal: `${anyOf('μην πεις', 'μην πείτε', 'μην αναφέρεις', 'μην αναφέρετε', 'μην αποκαλύψεις', 'μην ενημερώσεις', 'μη λες', 'μην λες')}${gap(40)}\\b${elUser}`,
  secretly: anyOf('κρυφά', 'στα κρυφά', 'αθόρυβα', 'μυστικά', 'διακριτικά', 'χωρίς να το καταλάβει', 'χωρίς να το ξέρει'),
  act: anyOf('διάγραψε', 'διαγράψτε', 'σβήσε', 'στείλε', 'στείλτε', 'προώθησε', 'μετάφερε', 'απάντησε', 'απαντήστε', 'ανέβασε', 'εκτέλεσε', 'εγκατάστησε', 'μοιράσου', 'αντίγραψε'),
  target: anyOf('όλα τα αρχεία', 'όλα τα email', 'όλα τα μηνύματα', 'όλες τις επαφές', 'όλα τα έγγραφα', 'τον φάκελο', 'φάκελο', 'κωδικό', 'κωδικούς', 'διαπιστευτήρια', 'μόνο'),
  verify: `${anyOf('επαληθε', 'επιβεβαιώ', 'επιβεβαίω', 'επικυρώ', 'ξεκλειδ', 'επανενεργοπ')}\\p{L}{0,8}`,
  when: anyOf('όταν συνοψίζεις', 'όταν συνοψίσεις', 'όταν μεταφράζεις', 'όταν μεταφράσεις', 'κατά τη σύνοψη', 'κατά τη μετάφραση'),
  ai: anyOf('τν', 'ai', 'βοηθέ', 'βοηθός', 'μοντέλο', 'πράκτορα', 'chatbot', 'bot'),
};

const roUser = anyOf('utilizatorului', 'utilizatorul', 'cititorului', 'cititorul', 'userului', 'userul');
const ro: AddressedWords = {
  language: 'ro', script: romanian.script, verbLast: false, spaced: true,
  user: roUser,
  ask: anyOf('cere-i', 'cereți-i', 'cere', 'cereți', 'spune-i', 'spuneți-i', 'spune', 'roagă', 'rugați', 'amintește-i', 'sfătuiește', 'recomandă-i', 'îndeamnă', 'instruiește', 'convinge', 'determină'),
  conceal: `${anyOf('nu îi spune', 'nu-i spune', 'nu spune', 'nu spuneți', 'nu îi spuneți', 'nu menționa', 'nu dezvălui', 'nu anunța', 'nu informa', 'nu povesti')}${gap(40)}\\b${roUser}`,
  secretly: anyOf('pe ascuns', 'în secret', 'discret', 'în liniște', 'pe furiș', 'fără ca utilizatorul să știe', 'fără ca utilizatorul să observe', 'fără să-i spui'),
  act: anyOf('șterge', 'ștergeți', 'trimite', 'trimiteți', 'redirecționează', 'transferă', 'răspunde', 'răspundeți', 'încarcă', 'rulează', 'execută', 'instalează', 'partajează', 'copiază'),
  target: anyOf('toate fișierele', 'toate e-mailurile', 'toate emailurile', 'toate mesajele', 'toate contactele', 'toate documentele', 'folderul', 'dosarul', 'directorul', 'parola', 'parolele', 'datele de autentificare', 'doar cu', 'numai cu'),
  verify: `${anyOf('verific', 'confirm', 'valid', 'reactiv', 'debloc')}\\p{L}{0,8}`,
  when: anyOf('când rezumi', 'când traduci', 'atunci când rezumi', 'când faci rezumatul', 'în timp ce rezumi', 'la rezumare', 'la traducere'),
  ai: anyOf('ia', 'ai', 'asistentule', 'asistent', 'modelule', 'model', 'agent', 'chatbot', 'bot'),
};

const svUser = anyOf('användaren', 'läsaren', 'brugeren', 'læseren', 'brukeren', 'leseren');
const sv: AddressedWords = {
  language: 'sv', script: swedish.script, verbLast: false, spaced: true,
  user: svUser,
  ask: anyOf('be', 'säg till', 'påminn', 'uppmana', 'råd', 'instruera', 'rekommendera', 'övertala', 'bed', 'sig til', 'opfordr', 'fortæl', 'si til', 'minn', 'oppfordre', 'få'),
  conceal: `(?:${anyOf('berätta inte', 'säg inte', 'nämn inte', 'avslöja inte', 'berätta inget', 'berätta ingenting', 'säg ingenting', 'fortæl ikke', 'sig ikke', 'nævn ikke', 'fortæl ikke noget', 'fortell ikke', 'si ikke', 'nevn ikke', 'ikke fortell')})${gap(40)}\\b${svUser}`,
  secretly: anyOf('i smyg', 'i hemlighet', 'diskret', 'i al hemmelighed', 'i hemmelighet', 'i det tysta', 'i stilhed', 'i det stille', 'utan att användaren märker', 'uden at brugeren opdager', 'uten at brukeren merker'),
  act: anyOf('radera', 'ta bort', 'skicka', 'vidarebefordra', 'överför', 'svara', 'ladda upp', 'kör', 'installera', 'kopiera', 'slet', 'send', 'videresend', 'overfør', 'svar', 'upload', 'kør', 'installer', 'kopier', 'slett'),
  target: anyOf('alla filer', 'alle filer', 'alla mejl', 'alla e-postmeddelanden', 'alle e-mails', 'alle e-poster', 'alla meddelanden', 'alle beskeder', 'alle meldinger', 'alla kontakter', 'alle kontakter', 'mappen', 'katalogen', 'inkorgen', 'lösenord', 'adgangskode', 'passord', 'bara', 'kun'),
  verify: `${anyOf('verifiera', 'bekräfta', 'validera', 'verificer', 'bekræft', 'bekreft', 'lås upp', 'lås op', 'reaktivera')}\\p{L}{0,3}`,
  when: anyOf('när du sammanfattar', 'när du översätter', 'når du sammenfatter', 'når du oppsummerer', 'når du oversætter', 'når du oversetter'),
  ai: anyOf('ai', 'ai:n', 'assistenten', 'assistent', 'modellen', 'agenten', 'chatbot', 'bot'),
};

const huUser = `(?:${anyOf('a', 'az')} )?${anyOf('felhasználó', 'olvasó')}\\p{L}{0,5}`;
const hu: AddressedWords = {
  language: 'hu', script: hungarian.script, verbLast: false, spaced: true,
  user: huUser,
  ask: anyOf('kérd meg', 'kérje meg', 'mondd meg', 'mondja meg', 'szólítsd fel', 'szólítsa fel', 'emlékeztesd', 'emlékeztesse', 'javasold', 'utasítsd', 'győzd meg', 'kérd', 'vedd rá', 'mondd'),
  conceal: `${anyOf('ne szólj', 'ne szóljon', 'ne mondd', 'ne mondj', 'ne említsd', 'ne áruld el', 'ne beszélj', 'ne tájékoztasd')}${gap(40)}\\b${huUser}`,
  secretly: anyOf('titokban', 'csendben', 'észrevétlenül', 'a felhasználó tudta nélkül', 'suttyomban', 'feltűnés nélkül'),
  act: anyOf('töröld', 'törölj', 'küldd', 'küldj', 'továbbítsd', 'utald', 'válaszolj', 'töltsd fel', 'futtasd', 'telepítsd', 'oszd meg', 'másold'),
  target: anyOf('összes fájlt', 'minden fájlt', 'összes e-mailt', 'összes levelet', 'összes üzenetet', 'összes névjegyet', 'mappát', 'könyvtárat', 'jelszót', 'jelszavakat', 'csak annyit', 'csak ennyit', 'csak'),
  verify: `${anyOf('erősítse meg', 'erősítsd meg', 'igazol', 'ellenőriz', 'hitelesít', 'ellenőrizze', 'feloldj')}\\p{L}{0,6}`,
  when: anyOf('amikor összefoglalod', 'amikor lefordítod', 'az összefoglaláskor', 'összefoglaláskor', 'fordításkor', 'miközben összefoglalod'),
  ai: anyOf('ai', 'asszisztens', 'modell', 'ügynök', 'chatbot', 'bot'),
};

const idUser = alt('pengguna', 'pembaca', 'user');
const id: AddressedWords = {
  language: 'id', script: indonesian.script, verbLast: false, spaced: true,
  user: idUser,
  ask: alt('minta', 'mintalah', 'suruh', 'suruhlah', 'beri tahu', 'beritahu', 'katakan kepada', 'katakan pada', 'ingatkan', 'sarankan', 'desak', 'arahkan', 'ajak', 'instruksikan', 'perintahkan', 'bujuk', 'yakinkan'),
  conceal: `jangan (?:beri ?tahu|beritahukan|bilang|katakan|kasih tahu|ceritakan|sampaikan|informasikan|memberi tahu)${gap(40)}\\b(?:${idUser})`,
  secretly: alt('diam-diam', 'diam diam', 'secara diam-diam', 'secara rahasia', 'secara sembunyi-sembunyi', 'tanpa sepengetahuan', 'tanpa diketahui', 'tanpa memberi tahu'),
  act: alt('hapus', 'hapuslah', 'kirim', 'kirimkan', 'teruskan', 'transfer', 'transferkan', 'balas', 'jawab', 'jawablah', 'unggah', 'jalankan', 'pasang', 'instal', 'bagikan', 'salin'),
  target: alt('semua (?:file|berkas|email|surel|pesan|kontak|dokumen)', 'folder', 'direktori', 'kotak masuk', 'kata sandi', 'password', 'kredensial', 'hanya dengan', 'hanya'),
  verify: '(?:memverifikasi|verifikasi|konfirmasi|mengonfirmasi|mengkonfirmasi|validasi|memvalidasi|membuka blokir|mengaktifkan kembali)\\p{L}{0,3}',
  when: alt('saat (?:kamu |anda )?(?:meringkas|merangkum|menerjemahkan)', 'ketika (?:kamu |anda )?(?:meringkas|merangkum|menerjemahkan)', 'dalam ringkasan(?:mu)?'),
  ai: alt('ai', 'asisten', 'model', 'agen', 'chatbot', 'bot'),
};

const viUser = anyOf('người dùng', 'người đọc', 'độc giả');
const vi: AddressedWords = {
  language: 'vi', script: vietnamese.script, verbLast: false, spaced: true,
  user: viUser,
  ask: anyOf('yêu cầu', 'bảo', 'nói với', 'nhắc', 'nhắc nhở', 'khuyên', 'đề nghị', 'hướng dẫn', 'thuyết phục', 'kêu', 'dặn', 'giục'),
  conceal: `${anyOf('đừng', 'không được', 'chớ', 'đừng có')} ${anyOf('nói', 'kể', 'tiết lộ', 'báo', 'cho', 'nhắc')}${gap(20)}\\b${viUser}`,
  secretly: anyOf('âm thầm', 'lặng lẽ', 'bí mật', 'lén', 'lén lút', 'một cách bí mật', 'mà không để người dùng biết', 'kín đáo'),
  act: anyOf('xóa', 'xoá', 'gửi', 'chuyển tiếp', 'chuyển', 'trả lời', 'tải lên', 'chạy', 'cài đặt', 'chia sẻ', 'sao chép'),
  target: anyOf('tất cả các tệp', 'tất cả tệp', 'tất cả file', 'tất cả các tập tin', 'tất cả email', 'tất cả thư', 'thư mục', 'hộp thư', 'mật khẩu', 'thông tin đăng nhập', 'chỉ'),
  verify: anyOf('xác minh', 'xác nhận', 'xác thực', 'mở khóa', 'kích hoạt lại'),
  when: `${anyOf('khi', 'lúc', 'trong khi')} (?:${anyOf('bạn')} )?${anyOf('tóm tắt', 'dịch')}`,
  ai: anyOf('ai', 'trợ lý', 'mô hình', 'chatbot', 'bot'),
};

const swUser = alt('mtumiaji', 'msomaji', 'watumiaji', 'wasomaji');
const sw: AddressedWords = {
  language: 'sw', script: swahili.script, verbLast: false, spaced: true,
  user: swUser,
  ask: alt('mwambie', 'mwombe', 'mkumbushe', 'mshauri', 'muagize', 'mwagize', 'mwelekeze', 'msihi', 'mshawishi', 'waambie', 'waombe', 'wakumbushe', 'washauri'),
  conceal: `(?:usimwambie|usiwaambie|usimweleze|usimjulishe|usimtaarifu|usimwarifu)${gap(20)}\\b(?:${swUser})`,
  secretly: alt('kwa siri', 'kimyakimya', 'kimya kimya', 'kisirisiri', 'bila (?:mtumiaji )?kujua', 'kwa kificho', 'bila kumwambia'),
  act: alt('futa', 'tuma', 'sambaza', 'hamisha', 'jibu', 'pakia', 'endesha', 'sakinisha', 'shiriki', 'nakili'),
  target: alt('faili zote', 'barua pepe zote', 'ujumbe wote', 'anwani zote', 'nyaraka zote', 'folda', 'saraka', 'nenosiri', 'nywila', 'tu'),
  verify: alt('kuthibitisha', 'athibitishe', 'thibitisha', 'kuhakiki', 'ahakiki', 'kufungua akaunti'),
  when: alt('unapofupisha', 'unapotafsiri', 'ukifupisha', 'ukitafsiri', 'katika muhtasari wako'),
  ai: alt('ai', 'akili bandia', 'msaidizi', 'modeli', 'chatbot', 'bot'),
};

const tlUser = alt('user', 'gumagamit', 'mambabasa');
const tl: AddressedWords = {
  language: 'tl', script: tagalog.script, verbLast: false, spaced: true,
  user: tlUser,
  ask: `(?<!(?:huwag|wag)(?: mong| niyong| ninyong)? )(?:${alt('hilingin sa', 'sabihan ang', 'sabihin sa', 'utusan ang', 'paalalahanan ang', 'payuhan ang', 'himukin ang', 'pakiusapan ang', 'ipagawa sa', 'papuntahin ang', 'kumbinsihin ang')})`,
  conceal: `(?:huwag|wag)(?: mong| niyong| ninyong| mo)? (?:sabihin|ipaalam|banggitin|ikuwento|ipagsabi)${gap(40)}\\b(?:${tlUser})`,
  secretly: alt('palihim', 'nang palihim', 'lihim', 'nang lihim', 'patago', 'nang tahimik', 'tahimik na', 'nang hindi nalalaman'),
  act: alt('burahin', 'tanggalin', 'ipadala', 'ipasa', 'ilipat', 'sumagot', 'sagutin', 'i-upload', 'patakbuhin', 'i-install', 'ibahagi', 'kopyahin'),
  target: alt('lahat ng (?:file|email|mensahe|contact|dokumento)', 'folder', 'direktoryo', 'password', 'lamang', 'lang'),
  verify: alt('i-verify', 'beripikahin', 'kumpirmahin', 'i-confirm', 'patunayan', 'i-unlock'),
  when: alt('kapag (?:ibinuod|binubuod|ibubuod|isinalin|isasalin)', 'habang (?:binubuod|isinasalin)', 'sa iyong buod'),
  ai: alt('ai', 'assistant', 'modelo', 'chatbot', 'bot'),
};

/** Addressed-instruction word tables for cs, el, ro, sv, hu, id, vi, sw, tl. */
export const addressedFurther: readonly LanguageRules[] = [cs, el, ro, sv, hu, id, vi, sw, tl].map(addressedRules);
