import { url } from './answer-directives.ts';
import { clauseGap, type LanguageRules } from './types.ts';

// Answer-manipulating directives in the twelve main languages besides English: transform the letters of "your answer",
// render it backwards, in capitals only or in pirate talk, or slip a link or a quoted slogan into it. A reader asked
// to put their booking number into their reply never meets these shapes: insertion needs a URL or a quoted line,
// transformation needs letter-level vocabulary. Written for this project; accents optional.

// Double or angle quotes only: apostrophes are everywhere in French and Italian (l'envers, all'inizio).
const target = `(?:${url}|["“«„][^"”»“\\n]{12,160}["”»“])`;
const cjkTarget = `(?:${url}|[“「『"][^”」』"\\n]{4,120}[”」』"])`;

/** Phrasings of one European language: verbs, units and "in your answer" with its prepositions. */
interface EuropeanGrammar {
  /** Letter-level edits: replace, swap, remove, encode. */
  readonly edit: string;
  /** Reordering: scramble, shuffle, reverse (these may also act on words). */
  readonly scramble: string;
  /** Letters, vowels, characters, spaces, punctuation. */
  readonly letters: string;
  /** Words (only with the reordering verbs). */
  readonly words: string;
  /** A preposition and "your answer": "in your reply", "at the end of your answer". */
  readonly inAnswer: string;
  /** An imperative and "your answer" as its object: "write your reply". */
  readonly writeAnswer: string;
  /** How the whole answer is to be rendered: backwards, capitals only, without spaces, in pirate talk, only in French. */
  readonly styles: string;
  /** Insertion verbs: add, insert, include, mention. */
  readonly insert: string;
}

function european(grammar: EuropeanGrammar): string[] {
  const { edit, scramble, letters, words, inAnswer, writeAnswer, styles, insert } = grammar;
  return [
    `\\b${edit}\\b${clauseGap(30)}(?:\\b${letters}\\b${clauseGap(40)}${inAnswer}|${inAnswer}${clauseGap(40)}\\b${letters}\\b)`,
    `\\b${scramble}\\b${clauseGap(30)}(?:\\b(?:${letters}|${words})\\b${clauseGap(40)}${inAnswer}|${inAnswer}${clauseGap(40)}\\b(?:${letters}|${words})\\b)`,
    `\\b${writeAnswer}${clauseGap(30)}\\b${styles}`,
    `\\b${insert}\\b${clauseGap(60)}(?:${target}${clauseGap(60)}${inAnswer}|${inAnswer}${clauseGap(60)}${target})`,
  ];
}

const other = (languages: string): string => `(?:${languages})`;

const byLanguage: Readonly<Record<string, readonly string[]>> = {
  es: european({
    edit: '(?:reemplaza|sustituye|intercambia|cambia|convierte|codifica|cifra|elimina|quita|suprime|omite)',
    scramble: '(?:desordena|mezcla|revuelve|invierte|baraja|cifra|codifica)',
    letters: '(?:letras?|vocales?|consonantes?|caracteres?|espacios|signos de puntuaci[oó]n|puntuaci[oó]n)',
    words: '(?:palabras)',
    inAnswer: '\\b(?:en|de|a|al final de|al principio de|a lo largo de|dentro de)\\s+(?:tu|su)\\s+(?:propia\\s+)?(?:respuesta|contestaci[oó]n|resumen|traducci[oó]n)\\b',
    writeAnswer: '(?:escribe|escriba|redacta|redacte|da|d[eé]|presenta|presente|entrega|formula|formule)\\s+(?:toda\\s+)?(?:tu|su)\\s+(?:respuesta|contestaci[oó]n)\\b',
    styles: `(?:al rev[eé]s|de atr[aá]s (?:hacia|para) adelante|en orden inverso|(?:toda|enteramente|solo|[uú]nicamente|solamente) en may[uú]sculas|sin (?:espacios|puntuaci[oó]n|vocales)|en (?:lenguaje |jerga )?(?:pirata|emojis?|c[oó]digo morse|binario|clave secreta)|(?:solo|[uú]nicamente|solamente|exclusivamente) en ${other('ingl[eé]s|franc[eé]s|alem[aá]n|italiano|portugu[eé]s|chino|ruso|japon[eé]s|emojis?')}|en rima|rimando)\\b`,
    insert: '(?:a[nñ]ade|a[nñ]ada|agrega|agregue|incluye|incluya|inserta|inserte|integra|incorpora|menciona|mencione|promociona|pon|coloca|coloque)',
  }),
  fr: european({
    edit: '(?:remplace[zr]?|substitue[zr]?|[eé]change[zr]?|convertis(?:sez)?|code[zr]?|chiffre[zr]?|supprime[zr]?|retire[zr]?|enl[eè]ve[zr]?|enlevez|omets|omettez)',
    scramble: '(?:m[eé]lange[zr]?|brouille[zr]?|inverse[zr]?|permute[zr]?|chiffre[zr]?|code[zr]?)',
    letters: '(?:lettres?|voyelles?|consonnes?|caract[eè]res?|espaces|ponctuation|signes de ponctuation)',
    words: '(?:mots)',
    inAnswer: "\\b(?:dans|de|[àa]|en fin de|[àa] la fin de|au d[ée]but de|tout au long de)\\s+(?:ta|votre|sa)\\s+(?:propre\\s+)?(?:r[ée]ponse|r[ée]sum[ée]|traduction|synth[eè]se)\\b",
    writeAnswer: '(?:[ée]cris|[ée]crivez|r[ée]dige[zr]?|donne[zr]?|pr[ée]sente[zr]?|formule[zr]?)\\s+(?:toute\\s+)?(?:ta|votre)\\s+(?:r[ée]ponse)\\b',
    styles: `(?:[àa] l'envers|en sens inverse|en ordre inverse|(?:enti[eè]rement|uniquement|seulement|tout) en majuscules|sans (?:espaces|ponctuation|voyelles)|en (?:langage )?(?:pirate|[ée]mojis?|morse|binaire|code secret)|(?:uniquement|seulement|exclusivement) en ${other('anglais|espagnol|allemand|italien|chinois|russe|japonais|[ée]mojis?')}|en rimes)\\b`,
    insert: '(?:ajoute[zr]?|ins[eè]re[zr]?|ins[ée]rez|inclus|incluez|int[eè]gre[zr]?|int[ée]grez|mentionne[zr]?|place[zr]?|glisse[zr]?)',
  }),
  de: european({
    edit: '(?:ersetze|ersetzen sie|vertausche|tausche|wandle|verwandle|kodiere|codiere|verschl[uü]ssele|entferne|entfernen sie|streiche|l[oö]sche)',
    scramble: '(?:mische|vermische|verdrehe|kehre|drehe|vertausche|verschl[uü]ssele|w[uü]rfle)',
    letters: '(?:buchstaben|vokale|konsonanten|zeichen|leerzeichen|satzzeichen|interpunktion)',
    words: '(?:w[oö]rter|worte)',
    inAnswer: '\\b(?:in|aus|an|am ende|am anfang)\\s+(?:deiner|deine|ihrer|ihre|eurer|eure)\\s+(?:antwort|zusammenfassung|[uü]bersetzung)\\b',
    writeAnswer: '(?:schreibe|schreib|schreiben sie|verfasse|verfassen sie|formuliere|formulieren sie|gib|geben sie)\\s+(?:deine|ihre|eure)\\s+(?:antwort)\\b',
    styles: `(?:r[uü]ckw[aä]rts|in umgekehrter reihenfolge|(?:komplett|ganz|nur|ausschlie[sß]lich) in gro[sß]buchstaben|ohne (?:leerzeichen|satzzeichen|vokale)|in (?:piratensprache|emojis?|morsecode|bin[aä]rcode|geheimschrift)|(?:nur|ausschlie[sß]lich) (?:auf|in) ${other('englisch|franz[oö]sisch|spanisch|italienisch|russisch|chinesisch|japanisch|emojis?')}|in reimen|gereimt)\\b`,
    insert: '(?:f[uü]ge|f[uü]gen sie|setze|setzen sie|baue|bauen sie|erw[aä]hne|erw[aä]hnen sie|binde|binden sie|packe|h[aä]nge|h[aä]ngen sie)',
  }),
  it: european({
    edit: '(?:sostituisci|sostituite|scambia|converti|codifica|cifra|rimuovi|rimuovete|elimina|eliminate|togli|ometti)',
    scramble: '(?:mescola|rimescola|inverti|invertite|anagramma|cifra|codifica)',
    letters: '(?:letter[ae]|vocal[ei]|consonant[ei]|caratter[ei]|spazi|punteggiatura)',
    words: '(?:parole)',
    inAnswer: "\\b(?:nella|della|dalla|alla|in fondo alla|alla fine della|all'inizio della)\\s+(?:tua|sua|vostra)\\s+(?:risposta|sintesi|traduzione)\\b",
    writeAnswer: '(?:scrivi|scrivete|formula|formulate|dai|fornisci|presenta)\\s+(?:tutta\\s+)?(?:la\\s+)?(?:tua|sua|vostra)\\s+risposta\\b',
    styles: `(?:al contrario|all'incontrario|in ordine inverso|(?:tutta|interamente|solo|soltanto) in maiuscol[oe]|senza (?:spazi|punteggiatura|vocali)|in (?:linguaggio )?(?:pirata|emoji|codice morse|binario|codice segreto)|(?:solo|soltanto|esclusivamente) in ${other('inglese|francese|tedesco|spagnolo|cinese|russo|emoji')}|in rima)\\b`,
    insert: '(?:aggiungi|aggiungete|inserisci|inserite|includi|includete|integra|menziona|metti|mettete)',
  }),
  pt: european({
    edit: '(?:substitua|substitui|troque|troca|converta|codifique|criptografe|remova|retire|elimine|omita)',
    scramble: '(?:embaralhe|embaralha|misture|inverta|inverte|criptografe|codifique)',
    letters: '(?:letras?|vogais|vogal|consoantes?|caracteres?|espa[cç]os|pontua[cç][aã]o)',
    words: '(?:palavras)',
    inAnswer: '\\b(?:na|da|[àa]|no final da|no in[ií]cio da|ao longo da|em)\\s+(?:sua|tua)\\s+(?:pr[oó]pria\\s+)?(?:resposta|tradu[cç][aã]o|s[ií]ntese)\\b',
    writeAnswer: '(?:escreva|escreve|d[eê]|formule|apresente|redija)\\s+(?:toda\\s+)?(?:a\\s+)?(?:sua|tua)\\s+(?:resposta)\\b',
    styles: `(?:de tr[aá]s para (?:a )?frente|ao contr[aá]rio|em ordem inversa|(?:toda|inteiramente|somente|apenas) em mai[uú]sculas|sem (?:espa[cç]os|pontua[cç][aã]o|vogais)|em (?:linguagem )?(?:pirata|emojis?|c[oó]digo morse|bin[aá]rio|c[oó]digo secreto)|(?:somente|apenas|exclusivamente|s[oó]) em ${other('ingl[eê]s|franc[eê]s|alem[aã]o|espanhol|chin[eê]s|russo|emojis?')}|em rimas?|rimando)\\b`,
    insert: '(?:adicione|adiciona|acrescente|insira|inclua|integre|mencione|coloque|ponha)',
  }),
  nl: european({
    edit: '(?:vervang|verwissel|wissel|verander|codeer|versleutel|verwijder|schrap|laat)',
    scramble: '(?:hussel|husselen|schud|draai|keer|versleutel|codeer)',
    letters: '(?:letters?|klinkers?|medeklinkers?|tekens|spaties|leestekens|interpunctie)',
    words: '(?:woorden)',
    inAnswer: '\\b(?:in|uit|van|aan|onderaan|aan het (?:eind|einde|begin) van)\\s+(?:je|jouw|uw)\\s+(?:antwoord|reactie|samenvatting|vertaling)\\b',
    writeAnswer: '(?:schrijf|geef|formuleer|typ)\\s+(?:je|jouw|uw)\\s+(?:hele\\s+)?(?:antwoord|reactie)\\b',
    styles: `(?:achterstevoren|omgekeerd|in omgekeerde volgorde|(?:volledig|helemaal|alleen|uitsluitend) in hoofdletters|zonder (?:spaties|leestekens|klinkers)|in (?:piratentaal|emoji'?s|morsecode|binaire code|geheimschrift)|(?:alleen|uitsluitend) in het ${other('engels|frans|duits|spaans|chinees|russisch')}|op rijm|rijmend)\\b`,
    insert: '(?:voeg|plaats|zet|neem|verwerk|noem|vermeld|plak)',
  }),
  pl: european({
    edit: '(?:zamie[nń]|podmie[nń]|wymie[nń]|zakoduj|zaszyfruj|usu[nń]|pomi[nń]|wyrzu[cć])',
    scramble: '(?:przestaw|wymieszaj|pomieszaj|odwr[oó][cć]|zaszyfruj|zakoduj)',
    letters: '(?:liter\\p{L}{0,2}|samog[lł]osk\\p{L}{0,2}|sp[oó][lł]g[lł]osk\\p{L}{0,2}|znak\\p{L}{0,3}|spacj\\p{L}{0,2}|interpunkcj\\p{L})',
    words: '(?:s[lł]ow\\p{L}{0,2})',
    inAnswer: '\\b(?:w|z|ze|do|na ko[nń]cu|na pocz[aą]tku)\\s+(?:swojej|twojej|pana|pani|waszej)\\s+(?:odpowiedzi|streszczeniu|t[lł]umaczeniu)\\b',
    writeAnswer: '(?:napisz|napiszcie|sformu[lł]uj|podaj|przedstaw|zredaguj)\\s+(?:ca[lł][aą]\\s+)?(?:swoj[aą]|twoj[aą])\\s+(?:odpowied[zź])(?!\\p{L})',
    styles: `(?:od ty[lł]u|wspak|w odwrotnej kolejno[sś]ci|(?:wy[lł][aą]cznie|tylko|w ca[lł]o[sś]ci) (?:wielkimi|du[zż]ymi) literami|bez (?:spacji|interpunkcji|samog[lł]osek)|j[eę]zykiem pirat[oó]w|(?:wy[lł][aą]cznie|tylko) (?:emoji|po angielsku|po francusku|po niemiecku|po rosyjsku|alfabetem morse'?a)|rymem|rymowan\\p{L}{1,3})(?!\\p{L})`,
    insert: '(?:dodaj|dodajcie|wstaw|umie[sś][cć]|do[lł][aą]cz|wspomnij|wple[cć]|wklej)',
  }),
  ru: european({
    edit: '(?:замени|замените|поменяй|поменяйте|зашифруй|зашифруйте|закодируй|закодируйте|удали|удалите|убери|уберите)',
    scramble: '(?:переставь|переставьте|перемешай|перемешайте|переверни|переверните|зашифруй|зашифруйте)',
    letters: '(?:букв\\p{L}{0,2}|гласн\\p{L}{1,3}|согласн\\p{L}{1,3}|символ\\p{L}{0,3}|пробел\\p{L}{0,2}|знаки препинания|пунктуаци\\p{L})',
    words: '(?:слов\\p{L}{0,2})',
    inAnswer: '(?<!\\p{L})(?:в|из|во|к|в конце|в начале|в конец|в начало)\\s+(?:сво[её]м|сво[её]|твоём|твоем|твой|вашем|ваш|своего|твоего|вашего|свой)\\s+(?:ответ\\p{L}{0,2}|резюме|пересказ\\p{L}{0,2}|перевод\\p{L}{0,2})(?!\\p{L})',
    writeAnswer: '(?:напиши|напишите|дай|дайте|сформулируй|сформулируйте|составь|составьте|выдай|выдайте)\\s+(?:сво\\p{L}{1,2}|тво\\p{L}{1,2}|ваш\\p{L}{0,2}|весь)\\s+ответ(?!\\p{L})',
    styles: `(?:задом наперёд|задом наперед|наоборот|в обратном порядке|(?:целиком|полностью|только) (?:заглавными|прописными) буквами|без (?:пробелов|знаков препинания|гласных)|на пиратском|(?:только )?эмодзи|азбукой морзе|в двоичном коде|шифром|(?:только|исключительно) на ${other('английском|французском|немецком|китайском|испанском')}|в рифму)(?!\\p{L})`,
    insert: '(?:добавь|добавьте|вставь|вставьте|включи|включите|упомяни|упомяните|размести|разместите|допиши|допишите)',
  }),
  tr: [
    `\\b(?:cevab|yan[ıi]t)\\p{L}{0,10}${clauseGap(30)}\\b(?:harf\\p{L}{0,8}|sesli harf\\p{L}{0,8}|[üu]nl[üu]\\p{L}{0,8}|karakter\\p{L}{0,8}|bo[sş]luk\\p{L}{0,8}|noktalama\\p{L}{0,10}|kelime\\p{L}{0,8}|s[öo]zc[üu]k\\p{L}{0,8})${clauseGap(30)}\\b(?:de[gğ]i[sş]tir|kar[ıi][sş]t[ıi]r|ters [cç]evir|tersine [cç]evir|[sş]ifrele|kodla|kald[ıi]r|sil|[cç][ıi]kar)`,
    `\\b(?:cevab|yan[ıi]t)\\p{L}{0,10}${clauseGap(20)}\\b(?:tersten|ters s[ıi]rayla|(?:tamamen|t[üu]m[üu]yle|sadece) b[üu]y[üu]k harf(?:le|lerle)|bo[sş]luk (?:kullanmadan|olmadan|b[ıi]rakmadan)|noktalama (?:i[sş]areti )?(?:kullanmadan|olmadan)|korsan a[gğ]z[ıi]yla|sadece emoji(?:lerle)?|mors alfabesiyle|(?:sadece|yaln[ıi]zca) (?:ingilizce|frans[ıi]zca|almanca|[cç]ince|rus[cç]a))${clauseGap(10)}\\b(?:yaz|ver|olu[sş]tur|haz[ıi]rla)`,
    // The link comes first in Turkish; the answer word is matched first and the link found by a lookbehind
    // from there (a lookbehind or a URL scan at every position is slow).
    `\\b(?:cevab|yan[ıi]t|[oö]zet)(?<=${target}${clauseGap(40)}(?:cevab|yan[ıi]t|[oö]zet))\\p{L}{0,10}${clauseGap(10)}\\b(?:ekle|yerle[sş]tir|dahil et|koy|ilave et|belirt)`,
    `\\b(?:cevab|yan[ıi]t|[oö]zet)\\p{L}{0,10}${clauseGap(40)}(?:${target})${clauseGap(20)}\\b(?:ekle|yerle[sş]tir|dahil et|koy|ilave et)`,
  ],
  zh: [
    `(?:你的|您的)?(?:回答|回复|回覆|答复|答覆|摘要|翻译|翻譯)(?:中|里|裡|的|当中|當中)${clauseGap(10)}(?:字母|元音|字符|单词|單詞|空格|标点|標點)${clauseGap(20)}(?:替换|替換|换成|換成|改成|改为|改為|打乱|打亂|颠倒|顛倒|反转|反轉|删除|刪除|删掉|刪掉|去掉|去除|加密|编码|編碼)`,
    `(?:把|将|將)(?:你的|您的)?(?:回答|回复|回覆|答复|答覆)${clauseGap(6)}(?:倒着写|倒著寫|倒过来写|倒過來寫|反过来写|反過來寫|全部(?:用)?大写|全部(?:用)?大寫|用摩斯密码|用摩斯密碼|用二进制|用二進制|加密)`,
    `(?:你的|您的)?(?:回答|回复|回覆|答复|答覆)(?:要|必须|必須|请|請|应该|應該)?(?:倒着写|倒著寫|倒过来写|倒過來寫|全部(?:用)?大写|全部(?:用)?大寫|不(?:要|能)?(?:使用|用|带|帶)?(?:空格|标点|標點)|只(?:能)?用(?:表情符号|表情符號|法语|法語|英语|英語|德语|德語|日语|日語|海盗的口吻|海盜的口吻))`,
    `(?:用|以)(?:全大写字母|全大寫字母|倒序|摩斯密码|摩斯密碼|二进制|二進制|表情符号|表情符號|海盗|海盜)(?:的)?(?:方式|语气|語氣|口吻)?(?:来|來)?(?:写|寫|撰写|撰寫|给出|給出|输出|輸出)(?:你的|您的)?(?:回答|回复|回覆|答复|答覆)`,
    `(?:在|于|於)(?:你的|您的)?(?:回答|回复|回覆|答复|答覆|摘要|总结|總結)(?:中|里|裡|末尾|结尾|結尾|开头|開頭|最后|最後)?${clauseGap(20)}(?:加入|添加|加上|插入|附上|附加|嵌入|放入|包含|推广|推廣)${clauseGap(30)}${cjkTarget}`,
    `(?:把|将|將)${clauseGap(20)}${cjkTarget}${clauseGap(20)}(?:加到|加入|添加到|插入|放到|放进|放進|写进|寫進|嵌入|附在)(?:你的|您的)?(?:回答|回复|回覆|答复|答覆)`,
  ],
  ja: [
    `(?:回答|返答|返信|答え|応答|要約|翻訳)(?:の|中の|内の|に含まれる)${clauseGap(10)}(?:文字|母音|子音|単語|スペース|空白|句読点)${clauseGap(10)}(?:を|は)${clauseGap(20)}(?:置き換え|置換|入れ替え|並べ替え|逆に|逆順|暗号化|削除|取り除|抜い|変換|シャッフル)`,
    `(?:回答|返答|返信|答え|応答)(?:は|を)${clauseGap(20)}(?:逆から|逆さまに|逆順で|すべて大文字で|全部大文字で|大文字だけで|スペースなしで|空白なしで|句読点なしで|絵文字だけで|絵文字のみで|海賊(?:の)?(?:言葉|口調)で|モールス信号で|二進数で|(?:英語|フランス語|中国語|ドイツ語|スペイン語)(?:だけ|のみ)で)`,
    `(?:回答|返答|返信|答え|応答|要約)(?:の)?(?:中|最後|末尾|冒頭|文末)?(?:に|へ)${clauseGap(30)}${cjkTarget}${clauseGap(20)}(?:を)?(?:追加|挿入|含め|入れ|記載|掲載|貼|添え)`,
    `(?:回答|返答|返信|答え|応答)(?<=${cjkTarget}${clauseGap(20)}(?:を)${clauseGap(10)}(?:回答|返答|返信|答え|応答))(?:の)?(?:中|最後|末尾|冒頭|文末)?(?:に|へ)(?:追加|挿入|含め|入れ|記載|貼|添え)`,
  ],
  ko: [
    `(?:답변|응답|대답|답장|회신)(?:의|에\\s?있는|에서|속)\\s{0,2}${clauseGap(10)}(?:글자|문자|모음|자음|단어|공백|띄어쓰기|문장\\s?부호|구두점)(?:를|을|는|은)?${clauseGap(20)}(?:바꿔|바꾸|치환|대체|뒤섞|섞어|섞|뒤집|거꾸로|암호화|삭제|제거|빼고|없애)`,
    `(?:답변|응답|대답|답장|회신)(?:을|를|은|는)\\s{0,2}${clauseGap(20)}(?:거꾸로|역순으로|모두 대문자로|전부 대문자로|띄어쓰기 없이|공백 없이|구두점 없이|이모지로만|이모티콘으로만|해적 말투로|모스 부호로|이진수로|(?:영어|프랑스어|중국어|일본어|독일어)로만)`,
    `(?:답변|응답|대답|답장|회신|요약)(?:의)?\\s{0,2}(?:에|끝에|마지막에|맨 끝에|처음에|안에|속에)${clauseGap(30)}${cjkTarget}${clauseGap(30)}(?:추가|삽입|포함|넣어|넣|붙여)`,
    `(?:답변|응답|대답|답장|회신)(?<=${cjkTarget}${clauseGap(30)}(?:을|를)?\\s{0,2}(?:답변|응답|대답|답장|회신))(?:의)?\\s{0,2}(?:에|끝에|마지막에|안에|속에)\\s{0,2}(?:추가|삽입|포함|넣|붙)`,
  ],
};

// One gate object shared by every language below, so the engine tests it once per text: a word for "answer", "reply",
// "summary" or "translation" in any of the twelve languages.
const answerWord = new RegExp([
  'respuesta|contestaci[oó]n|resumen|traducci[oó]n|r[ée]ponse|résumé|traduction|synth[eè]se|antwort|zusammenfassung|[uü]bersetzung',
  'risposta|sintesi|traduzione|resposta|tradu[cç][aã]o|s[ií]ntese|antwoord|reactie|samenvatting|vertaling|odpowied|streszczen|t[lł]umaczen',
  'ответ|резюме|переска|перевод|cevab|yan[ıi]t|[oö]zet|回答|回复|回覆|答复|答覆|摘要|翻译|翻譯|返答|返信|答え|応答|要約|翻訳|답변|응답|대답|답장|회신|요약|번역',
].join('|'), 'iu');

/** Answer-directive rule sets for es, fr, de, it, pt, nl, pl, ru, tr, zh, ja, ko (category addressed-instruction). */
export const answerDirectiveRules: readonly LanguageRules[] = Object.entries(byLanguage).map(([language, sources]) => ({
  language, script: answerWord, patterns: { 'addressed-instruction': sources },
}));
