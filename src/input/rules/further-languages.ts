import { clauseGap, gap, type HeuristicCategory, type LanguageRules } from './types.ts';

// Latin-script languages where people often type without diacritics: every accented letter in a phrase passed to
// `anyOf` also matches its bare base letter (`bỏ qua` matches `bo qua`), `đ` also matches `d`.

/** Makes the marks of every accented letter optional: `bỏ qua` becomes `b[ỏo] qua`. Plain phrases only (no classes). */
export function withOptionalMarks(phrase: string): string {
  return [...phrase].map((character) => {
    // The confusable fold writes `đ` as `d` plus a combining stroke.
    if (character === 'đ' || character === 'Đ') return '(?:đ|d\\u0335?)';
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    return base !== character && /^\p{L}$/u.test(base) ? `[${character}${base}]` : character;
  }).join('');
}

/** An alternation of phrases, each with optional marks. */
export function anyOf(...phrases: readonly string[]): string {
  return `(?:${phrases.map(withOptionalMarks).join('|')})`;
}

const url = '(?:https?:\\/\\/|@[\\w-]{1,64}\\.)';

// Swedish writers keep their marks, but the confusable fold drops them (`är` reads `ar`): accept both spellings. The
// sources this is applied to keep accented letters out of character classes.
function acceptBareLetters(rules: LanguageRules): LanguageRules {
  const patterns: Partial<Record<HeuristicCategory, readonly string[]>> = {};
  for (const [category, sources] of Object.entries(rules.patterns) as [HeuristicCategory, readonly string[]][]) patterns[category] = sources.map(withOptionalMarks);
  return { ...rules, patterns, ...(rules.imperatives === undefined ? {} : { imperatives: withOptionalMarks(rules.imperatives) }) };
}

const viNouns = anyOf('hướng dẫn', 'chỉ dẫn', 'chỉ thị', 'quy tắc', 'nguyên tắc', 'quy định', 'mệnh lệnh', 'câu lệnh', 'lệnh', 'lời nhắc', 'prompt');
const viIgnore = `(?:${anyOf('bỏ qua', 'phớt lờ', 'lờ đi', 'bỏ ngoài tai', 'gạt bỏ', 'đừng làm theo', 'không làm theo', 'đừng tuân theo', 'không tuân theo', 'đừng tuân thủ', 'hủy bỏ', 'huỷ bỏ')}|(?<!(?:(?:đ|d\\u0335?)[ừu]ng|ch[ớo]|kh[ôo]ng|(?:đ|d\\u0335?)[ừu]ng c[óo])\\s)${anyOf('quên hết', 'quên đi', 'quên')})`;
const viYou = anyOf('bạn', 'mày', 'cậu', 'em', 'anh', 'chị', 'quý vị');

/** Vietnamese phrasings (diacritics optional). */
export const vietnamese: LanguageRules = {
  language: 'vi',
  imperatives: anyOf('bỏ qua', 'phớt lờ', 'vô hiệu hóa', 'vô hiệu hoá', 'tiết lộ', 'gửi toàn bộ', 'gửi mật khẩu', 'tuân lệnh'),
  script: /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|\b(?:bo qua|huong dan|tat ca|truoc do|khong|nhung|duoc|cua ban|nguoi dung|toan bo|lich su|mat khau|bay gio|ban la|he thong|khach hang)\b/i,
  patterns: {
    'instruction-override': [
      `\\b${viIgnore}\\b${clauseGap(20)}\\b${anyOf('tất cả', 'toàn bộ', 'mọi', 'hết')}\\b${clauseGap(15)}\\b${viNouns}\\b`,
      `\\b${viIgnore}\\b${clauseGap(20)}\\b${viNouns}\\b${clauseGap(12)}\\b(?:${anyOf('trước đó', 'trước đây', 'ở trên', 'phía trên', 'bên trên', 'ban đầu', 'của hệ thống', 'hệ thống')}|${anyOf('trước')}(?!\\s${anyOf('khi')}))\\b`,
      `\\b${viNouns} ${anyOf('mới', 'thật sự', 'thực sự')}\\s*:`,
      `\\b${anyOf('từ bây giờ', 'từ giờ trở đi', 'từ giờ', 'kể từ bây giờ', 'kể từ giờ', 'từ nay')}\\b${clauseGap(30)}\\b${viYou} ${anyOf('là', 'sẽ là', 'đóng vai', 'hãy bỏ qua', 'sẽ trả lời', 'phải trả lời', 'chỉ trả lời', 'hãy trả lời', 'không còn bị')}\\b`,
    ],
    'role-switch': [
      `\\b${anyOf('bây giờ bạn là', 'bạn bây giờ là', 'giờ bạn là', 'bây giờ mày là', 'hãy đóng vai', 'đóng vai', 'hãy giả vờ', 'giả vờ là', 'giả vờ bạn là', 'hãy hành động như', 'hành động như', 'hãy cư xử như')}\\b${gap(30)}\\b(?:${anyOf('không có bất kỳ', 'không có', 'không bị', 'không')} ${anyOf('giới hạn', 'hạn chế', 'bộ lọc', 'quy tắc', 'kiểm duyệt', 'ràng buộc')}|dan|${anyOf('vô đạo đức', 'độc ác')})\\b`,
      `\\b${anyOf('chế độ')} (?:jailbreak|dan|${anyOf('bẻ khóa', 'bẻ khoá', 'vượt ngục')})\\b`,
      `\\b${anyOf('chế độ nhà phát triển', 'chế độ developer')}\\b${gap(40)}\\b(?:${anyOf('bỏ qua', 'không có giới hạn', 'không giới hạn', 'không kiểm duyệt', 'không có bộ lọc', 'không bị hạn chế')})\\b`,
    ],
    'prompt-extraction': [
      `\\b${anyOf('in nguyên văn', 'tiết lộ', 'hiển thị', 'cho tôi xem', 'cho tôi biết', 'cho tao xem', 'cho mình xem', 'in ra', 'lặp lại', 'nhắc lại', 'viết ra', 'chia sẻ', 'đưa ra')}\\b${gap(30)}\\b(?:${anyOf('lời nhắc hệ thống', 'chỉ thị hệ thống', 'thông điệp hệ thống', 'system prompt')}|${anyOf('hướng dẫn', 'chỉ thị', 'lời nhắc', 'prompt')} ${anyOf('ban đầu', 'gốc', 'ẩn', 'bí mật', 'hệ thống')} ${anyOf('của')} ${viYou}|${anyOf('prompt', 'chỉ thị')} ${anyOf('của')} ${viYou})\\b`,
    ],
    exfiltration: [
      `\\b${anyOf('gửi', 'chuyển tiếp', 'chuyển', 'tải lên', 'đăng', 'upload')}\\b${gap(60)}\\b${anyOf('cuộc trò chuyện', 'cuộc hội thoại', 'lịch sử trò chuyện', 'lịch sử chat', 'mật khẩu', 'thông tin đăng nhập', 'khóa api', 'khoá api', 'khóa bí mật', 'dữ liệu người dùng', 'dữ liệu cá nhân', 'dữ liệu khách hàng', 'toàn bộ dữ liệu', 'toàn bộ email', 'tất cả email', 'toàn bộ tin nhắn', 'tất cả tin nhắn')}\\b${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b${anyOf('tin nhắn', 'thông báo', 'chỉ thị', 'mệnh lệnh', 'lệnh')} (?:${anyOf('chính thức', 'khẩn cấp', 'quan trọng')} )?${anyOf('từ')} ${anyOf('quản trị viên', 'người quản trị', 'hệ thống', 'nhà phát triển', 'đội ngũ bảo mật', 'nhóm bảo mật', 'bộ phận it', 'openai', 'ban giám đốc')}\\b`,
    ],
    'hidden-step': [
      `\\b${anyOf('đừng', 'không được', 'chớ')} ${anyOf('nói', 'cho biết', 'báo', 'thông báo', 'kể', 'tiết lộ')}(?: ${anyOf('gì', 'điều này', 'việc này')})?(?: ${anyOf('cho', 'với')})? ${anyOf('người dùng', 'khách hàng', 'người nhận')}\\b`,
      `\\b${anyOf('hãy', 'rồi', 'sau đó', 'và')} ${anyOf('bí mật', 'lặng lẽ', 'âm thầm', 'lén lút', 'lén')} ${anyOf('gửi', 'chuyển tiếp', 'xóa', 'xoá', 'chuyển tiền', 'chuyển khoản', 'chạy', 'thực thi')}\\b`,
      `\\b${anyOf('mà không', 'nhưng không')} (?:${anyOf('cho', 'để')} )${anyOf('người dùng', 'khách hàng')} ${anyOf('biết')}\\b`,
    ],
  },
};

const idNouns = '(?:instruksi|petunjuk|arahan|perintah|aturan|peraturan|pedoman|prompt)(?:nya|mu)?';
const idYou = '(?:kamu|anda|engkau|kau|awak)';

/** Indonesian and Malay phrasings. */
export const indonesian: LanguageRules = {
  language: 'id',
  imperatives: 'abaikan|nonaktifkan|matikan (?:filter|sensor|keamanan|pencatatan)|ungkapkan|bocorkan|kirimkan semua|patuhi',
  script: /\b(?:yang|ini|itu|dengan|untuk|tidak|anda|kamu|semua|abaikan|lupakan|instruksi|arahan|jangan|adalah|sebelumnya|sekarang|sebagai|tanpa|berperan|berperanlah|kirim|kirimkan|tunjukkan|pengguna)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:abaikan|abaikanlah|lupakan|lupakanlah|acuhkan|hiraukan|kesampingkan|jangan (?:ikuti|hiraukan|patuhi|endahkan|pedulikan)|tidak usah (?:ikuti|hiraukan|patuhi)|buang)\\b${clauseGap(30)}\\b${idNouns}\\b${clauseGap(25)}\\b(?:sebelumnya|sebelum ini|di atas|terdahulu|lama|asli|awal|sistem)\\b`,
      `\\b(?:abaikan|abaikanlah|lupakan|lupakanlah|acuhkan|hiraukan|kesampingkan|jangan (?:ikuti|hiraukan|patuhi|endahkan))\\s+(?:semua|seluruh|segala|segenap)\\b${clauseGap(15)}\\b${idNouns}\\b`,
      `\\b(?:instruksi|perintah|arahan|aturan|tugas) (?:baru|sebenarnya)(?:mu|nya)?\\s*:`,
      `\\b(?:mulai (?:dari )?sekarang|mulai saat ini|dari sekarang|sejak saat ini|mulai hari ini)\\b${clauseGap(30)}\\b${idYou} (?:adalah|akan menjadi|bukan lagi|tidak lagi terikat|hanya (?:boleh )?menjawab|harus mengabaikan|berperan sebagai)\\b`,
    ],
    'role-switch': [
      `\\b(?:sekarang ${idYou} adalah|${idYou} sekarang (?:adalah|menjadi)|berperanlah sebagai|berperan sebagai|bertindaklah sebagai|bertindak sebagai|berpura-puralah|pura-pura (?:menjadi|jadi))\\b${gap(30)}\\b(?:tanpa (?:batasan|batas|filter|aturan|sensor)|bebas dari (?:semua )?(?:aturan|batasan)|dan|jahat)\\b`,
      `\\bmode (?:jailbreak|dan|tanpa batas(?:an)?)\\b`,
      `\\bmode (?:pengembang|developer)\\b${gap(40)}\\b(?:abaikan|tanpa (?:batasan|filter|sensor))\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:tunjukkan|tampilkan|ungkapkan|bocorkan|cetak|ulangi|sebutkan|beri tahu|beritahu|berikan|tuliskan|perlihatkan)(?:lah)?\\b${gap(30)}\\b(?:prompt sistem|system prompt|instruksi sistem|pesan sistem|arahan sistem|(?:instruksi|arahan|prompt) (?:awal|asli|tersembunyi|rahasia)|(?:instruksi|prompt|arahan) ${idYou}|(?:instruksi|prompt|arahan)mu)\\b`,
    ],
    exfiltration: [
      `\\b(?:kirim|kirimkan|teruskan|unggah|posting|hantar|hantarkan|bocorkan)\\b${gap(60)}\\b(?:percakapan|riwayat (?:obrolan|percakapan|chat)|kata sandi|sandi|kata laluan|kredensial|kunci api|kunci rahasia|token akses|data (?:pengguna|pribadi|peribadi|pelanggan)|semua (?:email|e-mel|data|pesan|mesej|file|fail))\\b${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b(?:pesan|mesej|instruksi|pemberitahuan|perintah|arahan) (?:resmi |rasmi |mendesak |penting )?dari (?:administrator|admin|pentadbir|sistem|pengembang|developer|tim keamanan|pasukan keselamatan|departemen it|openai)\\b`,
    ],
    'hidden-step': [
      `\\bjangan (?:beri tahu|beritahu|bilang|katakan|kasih tahu|memberi tahu|sampaikan|informasikan|maklumkan)(?: hal ini| ini)?(?: kepada| ke| pada)? (?:pengguna|user|pelanggan|penerima)\\b`,
      `\\b(?:diam-diam|secara diam-diam|secara rahasia|secara rahsia|secara tersembunyi|senyap-senyap)\\b${gap(20)}\\b(?:kirim|kirimkan|teruskan|jalankan|hapus|padam|buka|kunjungi|transfer|pindahkan)\\b`,
    ],
  },
};

const svIgnore = '(?:ignorera|ignorer|strunta i|bortse från|bortse fra|se bort fra|se bort från|hoppa över|hopp over|spring over|åsidosätt|tilsidesæt|overse|följ inte|følg ikke|glöm(?! inte)|glem(?! ikke))';
const svEarlier = '(?:tidigare|tidligere|föregående|foregående|forrige|ovanstående|ovenstående|alla|alle|samtliga|ursprungliga|oprindelige|opprinnelige|gamla|gamle)';
const svNouns = '(?:instruktion(?:er(?:na|ne)?|en)?|instruks(?:joner(?:ne)?|er|ene)?|regl(?:er(?:na|ne)?)|anvisning(?:ar(?:na)?|er(?:ne)?)|direktiv(?:en|et|ene)?|riktlinjer(?:na)?|retningslinjer(?:ne)?|kommando(?:n|na|er|erne|ene)|prompt(?:en)?)';
const svTell = '(?:berätta|säg|nämn|avslöja|fortæl|fortell|sig|si|nævn|nevn|avslør|afslør)';

/** Swedish phrasings with the Danish and Norwegian (bokmål) variants where the words differ. */
export const swedish: LanguageRules = acceptBareLetters({
  language: 'sv',
  imperatives: 'ignorera|ignorer|inaktivera|deaktiver|stäng av|slå av|slå fra|avslöja|afslør|avslør|skicka|lyd',
  script: /[åæø]|\b(?:och|att|inte|jag|ikke|jeg|og|det|du|din|dina|ditt|dine|alla|alle|hela|visa|vis|skicka|ignorera|ignorer|instruktioner|instruksjoner|gl[öo]m|glem)\b/i,
  patterns: {
    'instruction-override': [
      `\\b${svIgnore}\\b${clauseGap(30)}\\b${svEarlier}\\b${clauseGap(25)}\\b${svNouns}\\b`,
      `\\b${svIgnore}\\s+(?:alla |alle )?(?:dina|dine|era|jeres|deres|systemets)\\s+${svNouns}\\b`,
      `\\b(?:nya|nye|riktiga|egentliga|rigtige|virkelige) (?:instruktioner|instruksjoner|regler|uppgift|opgave|oppgave)\\s*:`,
      `\\b(?:från och med nu|hädanefter|fra nu af|herefter|fremover|fra nå av|heretter)\\b${clauseGap(30)}\\b(?:(?:ska(?:ll)?|skal|måste|må) du\\s+(?:svara|svare|ignorera|ignorere|agera som|opptre som|optræde som)|svara (?:bara|endast|alltid)|svar (?:kun|bare|altid|alltid))\\b`,
    ],
    'role-switch': [
      `\\b(?:du är nu|är du nu|nu är du|du er nu|er du nu|nu er du|du er nå|er du nå|nå er du|du är från och med nu|agera som|bete dig som|låtsas att du är|låtsas vara|spela rollen som|opfør dig som|oppfør deg som|lad som om du er|lat som om du er|spil rollen som|spill rollen som)\\b${gap(30)}\\b(?:(?:utan|uden|uten) (?:några |nogen |noen )?(?:begränsningar|begrænsninger|begrensninger|restriktioner|restriksjoner|filter|filtre|regler|censur|sensur)|dan|ondskefull|ond)\\b`,
      `\\b(?:jailbreak|dan)-?(?:läge|läget|tilstand|modus)\\b`,
      `\\b(?:utvecklarläge|utvecklarläget|udviklertilstand|utviklermodus|utviklermodusen)\\b${gap(40)}\\b(?:utan|uden|uten|ignorera|ignorer)\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:visa|vis|avslöja|avslør|afslør|skriv ut|upprepa|gentag|gjenta|berätta|fortæl|fortell|ge mig|giv mig|gi meg)\\b${gap(30)}\\b(?:din|dina|ditt|dine|dit|systemets|den|de)\\s+(?:systemprompt(?:en)?|systeminstruktioner(?:na|ne)?|systeminstruksjoner(?:ne)?|systemmeddelande(?:t)?|systembesked(?:en)?|(?:ursprungliga|oprindelige|opprinnelige|dolda|skjulte) (?:instruktioner(?:na|ne)?|instruksjoner(?:ne)?)|instruktioner(?:na|ne)?|instruksjoner(?:ne)?|prompt)\\b`,
    ],
    exfiltration: [
      `\\b(?:skicka|vidarebefordra|ladda upp|publicera|send|videresend|upload|last opp)\\b${gap(60)}\\b(?:konversation(?:en)?|samtal(?:et)?|samtale(?:n)?|chatthistorik(?:en)?|historik(?:en|ken)?|lösenord(?:en)?|adgangskode(?:r|rne)?|passord(?:ene)?|inloggningsuppgifter(?:na)?|loginoplysninger(?:ne)?|påloggingsinformasjon(?:en)?|api-nycklar(?:na)?|api-nøgler(?:ne)?|api-nøkler(?:ne)?|användardata|brugerdata|brukerdata|(?:alla|alle) (?:mejl|mail|e-post|e-poster|e-mails|filer|meddelanden|beskeder|meldinger))\\b${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b(?:meddelande|instruktion|besked|melding|meddelelse|ordre|order) (?:officiellt |brådskande |viktigt |vigtig |viktig )?(?:från|fra) (?:administratören|administratoren|systemet|utvecklarna|udviklerne|utviklerne|säkerhetsteamet|sikkerhedsteamet|sikkerhetsteamet|it-avdelningen|it-afdelingen|it-avdelingen|openai)\\b`,
    ],
    'hidden-step': [
      `\\b${svTell} (?:inte|ikke|inget|ingenting|intet)\\b${gap(12)}\\b(?:för|till|til) (?:användaren|brugeren|brukeren|kunden|mottagaren|modtageren|mottakeren)\\b`,
      `\\b(?:i hemlighet|i smyg|i hemmelighed|i det skjulte|i all hemmelighet|i stillhet|i tysthet)\\b${gap(20)}\\b(?:skicka|vidarebefordra|kör|radera|öppna|besök|överför|send|videresend|kør|kjør|slet|slett|åbn|åpne|overfør)\\b`,
    ],
  },});

const csNouns = `(?:instrukc\\p{L}{1,3}|pokyn\\p{L}{0,3}|pravid\\p{L}{1,3}|p[řr][íi]kaz\\p{L}{0,3}|sm[ěe]rnic\\p{L}{0,3}|zad[áa]n[íi]|prompt\\p{L}{0,2})`;
const csIgnore = anyOf('ignoruj', 'ignorujte', 'zapomeň', 'zapomeňte', 'nevšímej si', 'nevšímejte si', 'neřiď se', 'neřiďte se', 'nedbej', 'zahoď', 'zahoďte', 'pomiň', 'pomiňte', 'přeskoč', 'přeskočte');

/** Czech phrasings (diacritics optional). */
export const czech: LanguageRules = {
  language: 'cs',
  imperatives: anyOf('ignoruj', 'ignorujte', 'vypni', 'vypněte', 'deaktivuj', 'odhal', 'prozraď', 'pošli', 'pošlete', 'poslechni'),
  script: /[ěščřžůťďň]|\b(?:jsi|jste|nebo|pokyny|instrukce|vsechny|predchozi|ignoruj|ignorujte|zapomen|posli|poslete|ukaz|ted|heslo|hesla|uzivateli|nerikej)\b/i,
  patterns: {
    'instruction-override': [
      `\\b${csIgnore}\\b${clauseGap(25)}\\b${anyOf('předchozí', 'předešlé', 'všechny', 'veškeré', 'výše uvedené', 'původní', 'dosavadní', 'systémové', 'dřívější')}\\b${clauseGap(25)}\\b${csNouns}`,
      `\\b${csIgnore}\\b${clauseGap(25)}\\b${csNouns}\\b${clauseGap(10)}\\b${anyOf('výše', 'nahoře', 'předtím', 'dříve', 'od systému')}\\b`,
      `\\b${anyOf('nové', 'skutečné', 'pravé')} ${anyOf('instrukce', 'pokyny', 'příkazy', 'pravidla', 'zadání')}\\s*:`,
      `\\b${anyOf('od teď', 'od nynějška', 'od této chvíle', 'odteď', 'napříště')}\\b${clauseGap(30)}\\b(?:${anyOf('budeš odpovídat', 'budeš ignorovat', 'budeš jednat', 'budeš hrát', 'odpovídej', 'odpovídejte', 'ignoruj', 'ignorujte')}|${anyOf('jsi')} (?:dan|ai|${anyOf('bez omezení')}))\\b`,
    ],
    'role-switch': [
      `\\b${anyOf('teď jsi', 'nyní jsi', 'jsi teď', 'jsi nyní', 'chovej se jako', 'chovejte se jako', 'předstírej, že jsi', 'předstírej že jsi', 'hraj roli', 'vžij se do role')}\\b${gap(30)}\\b(?:${anyOf('bez')} (?:${anyOf('jakýchkoli', 'jakýchkoliv')} )?${anyOf('omezení', 'filtrů', 'pravidel', 'cenzury', 'zábran')}|dan|${anyOf('zlý', 'zlá')})\\b`,
      `\\b${anyOf('režim')} (?:jailbreak|dan|${anyOf('bez omezení')})\\b`,
      `\\b${anyOf('vývojářský režim', 'režim vývojáře')}\\b${gap(40)}\\b${anyOf('bez', 'ignoruj')}\\b`,
    ],
    'prompt-extraction': [
      `\\b${anyOf('odhal', 'odhalte', 'ukaž', 'ukažte', 'zobraz', 'zobrazte', 'vypiš', 'vypište', 'zopakuj', 'zopakujte', 'řekni mi', 'napiš', 'prozraď', 'prozraďte')}\\b${gap(30)}\\b(?:${anyOf('systémový prompt', 'systémové instrukce', 'systémové pokyny', 'systémovou zprávu', 'skryté pokyny', 'skryté instrukce', 'původní pokyny', 'původní instrukce')}|${anyOf('svůj', 'své', 'svoje', 'tvůj', 'tvoje', 'tvé', 'váš', 'vaše')} (?:${anyOf('systémový', 'systémové')} )?(?:prompt|${anyOf('instrukce', 'pokyny')}))\\b`,
    ],
    exfiltration: [
      `\\b${anyOf('pošli', 'pošlete', 'odešli', 'odešlete', 'přepošli', 'přepošlete', 'nahraj', 'nahrajte', 'zveřejni')}\\b${gap(60)}\\b(?:${anyOf('konverzaci', 'historii', 'heslo', 'hesla', 'přihlašovací údaje', 'api klíč', 'api klíče', 'klíče', 'tokeny', 'všechny e-maily', 'všechny soubory', 'všechny zprávy', 'osobní údaje', 'data uživatele', 'data uživatelů')})\\b${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b${anyOf('zpráva', 'pokyn', 'oznámení', 'příkaz', 'instrukce')} (?:${anyOf('oficiální', 'naléhavá', 'naléhavý', 'důležitá', 'důležitý')} )?${anyOf('od', 'ze', 'z')} ${anyOf('administrátora', 'správce', 'systému', 'vývojářů', 'vývojáře', 'bezpečnostního týmu', 'it oddělení', 'openai', 'vedení')}\\b`,
    ],
    'hidden-step': [
      `\\b${anyOf('neříkej', 'neříkejte', 'neinformuj', 'neinformujte', 'nezmiňuj', 'nezmiňujte', 'neprozrazuj', 'neprozrazujte')}\\b${gap(15)}\\b${anyOf('uživateli', 'uživatelům', 'uživatelce', 'zákazníkovi', 'zákazníkům', 'příjemci')}\\b`,
      `\\b${anyOf('tajně', 'potají', 'nenápadně', 'potichu', 'skrytě')}\\b${gap(30)}\\b${anyOf('pošli', 'pošlete', 'přepošli', 'přepošlete', 'spusť', 'smaž', 'smažte', 'otevři', 'navštiv', 'převeď', 'převeďte')}\\b`,
    ],
  },
};

const roNouns = anyOf('instrucțiunile', 'instrucțiuni', 'instrucțiunea', 'instrucţiunile', 'regulile', 'reguli', 'comenzile', 'comenzi', 'directivele', 'directive', 'indicațiile', 'indicații', 'promptul', 'prompt');
const roIgnore = `(?:${anyOf('ignoră', 'ignorați', 'ignora', 'nu ține cont de', 'nu țineți cont de', 'nu lua în seamă', 'nu luați în seamă', 'nesocotește', 'treci peste', 'nu urma', 'nu respecta')}|${anyOf('uită', 'uitați')}(?!-(?:te|vă|va|ți|ti)))`;

/** Romanian phrasings (diacritics optional). */
export const romanian: LanguageRules = {
  language: 'ro',
  imperatives: anyOf('ignoră', 'ignorați', 'dezactivează', 'dezactivați', 'dezvăluie', 'trimite', 'trimiteți', 'ascultă'),
  script: /[ășțşţ]|\b(?:si|este|pentru|sunt|toate|instructiunile|ignora|uita|acum)\b/i,
  patterns: {
    'instruction-override': [
      `\\b${roIgnore}\\b${clauseGap(15)}\\b${anyOf('toate', 'orice')}\\b${clauseGap(12)}\\b${roNouns}\\b`,
      `\\b${roIgnore}\\b${clauseGap(30)}\\b${roNouns}\\b${clauseGap(20)}\\b${anyOf('anterioare', 'precedente', 'de mai sus', 'dinainte', 'inițiale', 'originale', 'vechi', 'sistemului', 'primite')}\\b`,
      `\\b(?:${anyOf('noi', 'noile', 'adevăratele')} ${anyOf('instrucțiuni', 'reguli', 'sarcini')}|${anyOf('instrucțiuni noi', 'reguli noi', 'sarcina nouă')})\\s*:`,
      `\\b${anyOf('de acum înainte', 'de acum încolo', 'începând de acum', 'din acest moment', 'de acum')}\\b${clauseGap(30)}\\b(?:${anyOf('vei răspunde', 'vei ignora', 'trebuie să răspunzi', 'trebuie să ignori', 'răspunde doar', 'răspunde numai', 'ignoră')}|${anyOf('ești')} (?:dan|${anyOf('un ai', 'o inteligență')}))\\b`,
    ],
    'role-switch': [
      `\\b${anyOf('acum ești', 'ești acum', 'comportă-te ca', 'poartă-te ca', 'prefă-te că ești', 'joacă rolul')}\\b${gap(30)}\\b(?:${anyOf('fără')} (?:${anyOf('nicio', 'niciun', 'vreo')} )?${anyOf('restricții', 'restricție', 'limite', 'limită', 'filtre', 'filtru', 'reguli', 'regulă', 'cenzură')}|dan|malefic|${anyOf('rău')})\\b`,
      `\\b${anyOf('modul', 'mod')} (?:jailbreak|dan|${anyOf('fără restricții')})\\b`,
      `\\b${anyOf('modul dezvoltator', 'modul de dezvoltator', 'mod dezvoltator')}\\b${gap(40)}\\b${anyOf('fără', 'ignoră')}\\b`,
    ],
    'prompt-extraction': [
      `\\b${anyOf('dezvăluie', 'arată-mi', 'arată', 'afișează', 'tipărește', 'repetă', 'spune-mi', 'scrie', 'divulgă')}\\b${gap(30)}\\b(?:${anyOf('promptul de sistem', 'promptul sistemului', 'promptul tău', 'mesajul de sistem', 'mesajul sistemului', 'system prompt')}|${anyOf('instrucțiunile')} (?:${anyOf('tale', 'de sistem', 'sistemului', 'inițiale', 'originale', 'ascunse')}))\\b`,
    ],
    exfiltration: [
      `\\b${anyOf('trimite', 'trimiteți', 'redirecționează', 'încarcă', 'publică', 'transmite')}\\b${gap(60)}\\b${anyOf('conversația', 'conversațiile', 'istoricul', 'parola', 'parolele', 'datele de autentificare', 'credențialele', 'cheile api', 'cheia api', 'tokenul', 'toate e-mailurile', 'toate emailurile', 'toate fișierele', 'toate mesajele', 'datele utilizatorului', 'datele personale', 'datele clienților')}\\b${gap(50)}${url}`,
    ],
    'authority-claim': [
      `\\b${anyOf('mesaj', 'mesajul', 'instrucțiune', 'notificare', 'ordin', 'comunicat')} (?:${anyOf('oficial', 'urgent', 'important')} )?${anyOf('de la')} ${anyOf('administrator', 'administratorul', 'sistem', 'sistemul', 'dezvoltatori', 'dezvoltatorul', 'echipa de securitate', 'departamentul it', 'openai', 'conducere')}\\b`,
    ],
    'hidden-step': [
      `\\b${anyOf('nu')} (?:${anyOf('îi')} )?${anyOf('spune', 'spuneți', 'zice', 'menționa', 'menționați', 'dezvălui', 'informa', 'informați')}\\b${gap(15)}\\b${anyOf('utilizatorului', 'utilizatorul', 'clientului', 'destinatarului')}\\b`,
      `\\b${anyOf('în secret', 'pe ascuns', 'în liniște', 'fără să observe nimeni')}\\b${gap(20)}\\b${anyOf('trimite', 'redirecționează', 'execută', 'șterge', 'deschide', 'vizitează', 'transferă')}\\b`,
    ],
  },
};
