import { clauseGap, gap, type LanguageRules } from './types.ts';

/** Dutch phrasings. */
export const dutch: LanguageRules = {
  language: 'nl',
  imperatives: 'negeer|schakel|onthul|stuur|je moet|onmiddellijk|gehoorzaam',
  script: /\b(?:de|het|een|en|van|niet|je|jij|zijn|ik|alle|instructies|negeer|vergeet|voor|met|dit)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:negeer|negeren|vergeet|vergeten|veronachtzaam|sla)\\b${clauseGap(40)}\\b(?:instructies|instructie|regels|opdrachten|richtlijnen|aanwijzingen|bevelen|prompt)\\b`,
      `\\b(?:nieuwe|echte) (?:instructies|regels|opdracht)\\s*:`,
      `\\b(?:vanaf nu|voortaan|vanaf dit moment)\\b${clauseGap(30)}\\b(?:ben je|jij bent|moet je|antwoord|negeer)\\b`,
    ],
    'role-switch': [
      `\\b(?:je bent nu|jij bent nu|gedraag je als|doe alsof je)\\b${gap(30)}\\b(?:zonder (?:beperkingen|grenzen|filters|regels|censuur)|dan|kwaadaardig|vrij)`,
      `\\b(?:jailbreak|dan)-?modus\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:onthul|toon|laat zien|herhaal|geef|print|vertel)\\b${gap(30)}\\b(?:je|jouw|uw|de)\\s+(?:systeemprompt|systeeminstructies|instructies|prompt|systeembericht)\\b`,
    ],
    exfiltration: [
      `\\b(?:stuur|verstuur|verzend|stuur door|upload|plaats)\\b${gap(60)}\\b(?:gegevens|gesprek|geschiedenis|wachtwoorden|wachtwoord|inloggegevens|sleutels?|e-?mails?|bestanden|informatie|berichten)\\b${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.|\\bdeze (?:url|adres))`,
    ],
    'authority-claim': [
      `\\b(?:(?:officieel|dringend|belangrijk) )?(?:bericht|instructie|mededeling|opdracht) van (?:de |het )?(?:beheerder|systeem|ontwikkelaars?|beveiligingsteam|it-afdeling|openai|directie)\\b`,
    ],
    'hidden-step': [
      `\\b(?:vertel|zeg|meld) (?:het |dit )?(?:niet|niets) (?:aan |tegen )?(?:de )?(?:gebruiker|klant|ontvanger)\\b`,
      `\\bzonder (?:de )?(?:gebruiker|klant|ontvanger) (?:te informeren|in te lichten|te waarschuwen)\\b`,
      `\\b(?:stiekem|in het geheim|ongemerkt|stilletjes)\\b${gap(30)}\\b(?:stuur|verstuur|voer|verwijder|open|bezoek|maak over)\\b`,
    ],
  },
};

/** Polish phrasings. */
export const polish: LanguageRules = {
  language: 'pl',
  imperatives: 'zignoruj|wy[lł][aą]cz|ujawnij|wy[sś]lij|musisz|natychmiast',
  script: /\b(?:nie|jest|i|w|na|si[eę]|to|z|wszystkie|instrukcje|zignoruj|zapomnij|jeste[sś]|od|do|tw[oó]j)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:zignoruj|ignoruj|zignorujcie|zapomnij|zapomnijcie|pomi[nń]|nie zwracaj uwagi na|odrzu[cć])\\b${clauseGap(40)}\\b(?:instrukcj[eiay]|instrukcje|polece[nń]|polecenia|zasady|regu[lł]y|wytyczne|prompt)`,
      `\\b(?:nowe|prawdziwe) (?:instrukcje|polecenia|zasady)\\s*:`,
      `\\bod (?:teraz|tej chwili)\\b${clauseGap(30)}\\b(?:jeste[sś]|b[eę]dziesz|musisz|odpowiadaj|ignoruj)`,
    ],
    'role-switch': [
      `\\b(?:jeste[sś] teraz|zachowuj si[eę] jak|udawaj,? [zż]e jeste[sś]|wciel si[eę] w)\\b${gap(30)}\\b(?:bez (?:ogranicze[nń]|limit[oó]w|filtr[oó]w|zasad|cenzury)|dan|z[lł]y|wolny)`,
      `\\btryb (?:bez ogranicze[nń]|jailbreak|dan)`,
    ],
    'prompt-extraction': [
      `\\b(?:ujawnij|poka[zż]|wy[sś]wietl|powt[oó]rz|podaj|napisz|wypisz)\\b${gap(30)}\\b(?:sw[oó]j|swoje|tw[oó]j|twoje|tre[sś][cć])\\s+(?:prompt(?: systemowy)?|instrukcje(?: systemowe)?|wiadomo[sś][cć] systemow[aą])`,
    ],
    exfiltration: [
      `\\b(?:wy[sś]lij|prze[sś]lij|przeka[zż]|wrzu[cć]|opublikuj)\\b${gap(60)}\\b(?:dane|rozmow[eęy]|histori[eęa]|has[lł][ao]|dane logowania|klucze?|e-?maile?|pliki|informacje|wiadomo[sś]ci)${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.)`,
    ],
    'authority-claim': [
      `\\b(?:wiadomo[sś][cć]|polecenie|komunikat|instrukcja) (?:od|z) (?:administratora|systemu|deweloper[oó]w|zespo[lł]u bezpiecze[nń]stwa|dzia[lł]u it|openai)`,
    ],
    'hidden-step': [
      `\\bnie (?:m[oó]w|informuj|wspominaj|ujawniaj)\\b${gap(10)}\\b(?:u[zż]ytkownikowi|u[zż]ytkownika|klientowi|odbiorcy)`,
      `\\b(?:potajemnie|po cichu|w tajemnicy|niepostrze[zż]enie)\\b${gap(30)}\\b(?:wy[sś]lij|prze[sś]lij|wykonaj|usu[nń]|otw[oó]rz|odwied[zź]|przelej)`,
    ],
  },
};

/** Turkish phrasings. */
export const turkish: LanguageRules = {
  language: 'tr',
  imperatives: 'yok say|devre d[ıi][sş][ıi]|g[oö]ster|g[oö]nder|zorundas[ıi]n|hemen',
  script: /(?:\b(?:ve|bir|bu|i[cç]in|ile|de|da|t[uü]m|sen|talimat\p{L}*|kurallar\p{L}*)\b|[ğış])/iu,
  patterns: {
    'instruction-override': [
      `\\b(?:[oö]nceki|yukar[ıi]daki|[ıi]lk|eski|t[uü]m|b[uü]t[uü]n)\\b${clauseGap(30)}(?:talimat(?:lar[ıi]|[ıi])?|kurallar[ıi]|komutlar[ıi]|y[oö]nergeleri|emirleri)${clauseGap(15)}(?:yok say|g[oö]rmezden gel|unut|dikkate alma|[ıi]hmal et|ge[cç]ersiz)`,
      `\\b(?:yeni|ger[cç]ek) (?:talimatlar|kurallar|g[oö]rev)\\s*:`,
      `\\b(?:bundan sonra|art[ıi]k|[sş]u andan itibaren)\\b${clauseGap(30)}(?:sen|sin|s[ıi]n|olacaks[ıi]n|zorundas[ıi]n|yan[ıi]t ver)`,
    ],
    'role-switch': [
      `(?:k[ıi]s[ıi]tlamas[ıi]z|s[ıi]n[ıi]rs[ıi]z|filtresiz|sans[uü]rs[uü]z|kurals[ıi]z)${gap(30)}(?:bir yapay zeka|bir asistan|gibi davran|rol[uü]n[uü] oyna|ol)`,
      `(?:jailbreak|k[ıi]s[ıi]tlamas[ıi]z) modu`,
    ],
    'prompt-extraction': [
      `(?:sistem (?:istemini|komutunu|komutlar[ıi]n[ıi]|mesaj[ıi]n[ıi]|talimatlar[ıi]n[ıi]|promptunu)|gizli talimatlar[ıi]n[ıi]|talimatlar[ıi]n[ıi]|istemini)${gap(50)}(?:g[oö]ster|yaz|tekrarla|s[oö]yle|payla[sş]|a[cç][ıi]kla|ver)`,
    ],
    exfiltration: [
      `(?:verileri|konu[sş]may[ıi]|ge[cç]mi[sş]i|[sş]ifreleri|parolalar[ıi]|kimlik bilgilerini|anahtarlar[ıi]|e-?postalar[ıi]|dosyalar[ıi]|bilgileri|mesajlar[ıi])${gap(60)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.)${clauseGap(60)}(?:g[oö]nder|ilet|y[uü]kle|payla[sş])`,
      `(?:https?:\\/\\/\\S{1,120}|@[\\w-]{1,64}\\.\\S{1,20})\\s{0,3}(?:adresine|sitesine)${gap(40)}(?:verileri|konu[sş]may[ıi]|[sş]ifreleri|bilgileri|mesajlar[ıi])${gap(20)}(?:g[oö]nder|ilet|y[uü]kle)`,
    ],
    'authority-claim': [
      `(?:y[oö]neticiden|sistemden|geli[sş]tiricilerden|g[uü]venlik ekibinden|openai'?den) (?:gelen )?(?:resmi |acil |[oö]nemli )?(?:mesaj|talimat|bildirim|emir)`,
    ],
    'hidden-step': [
      `kullan[ıi]c[ıi]ya${gap(20)}(?:s[oö]yleme|bahsetme|bildirme|haber verme|g[oö]sterme)`,
      `(?:gizlice|sessizce|kimseye fark ettirmeden)${gap(30)}(?:g[oö]nder|ilet|[cç]al[ıi][sş]t[ıi]r|sil|a[cç]|ziyaret et|aktar)`,
    ],
  },
};

/** Russian phrasings (no `\b`: it is ASCII-only in JavaScript). */
export const russian: LanguageRules = {
  language: 'ru',
  imperatives: 'игнорируй|отключи|раскрой|отправь|долж\\p{L}{1,3}|немедленно|подчиняйся',
  script: /[\u0400-\u04ff]/,
  patterns: {
    'instruction-override': [
      `(?:игнорир[уо]\\p{L}{0,4}|проигнорир[уо]\\p{L}{0,4}|забудь\\p{L}{0,2}|забыть|не обращай\\p{L}{0,2} внимани\\p{L}{0,2} на|отбрось\\p{L}{0,2}|пренебреги|не следуй\\p{L}{0,2}|отмени\\p{L}{0,2})${clauseGap(40)}(?:инструкци\\p{L}{0,3}|указани\\p{L}{0,3}|правил\\p{L}{0,3}|команд\\p{L}{0,3}|директив\\p{L}{0,3}|распоряжени\\p{L}{0,3}|промпт\\p{L}{0,3})`,
      `(?:новые|настоящие) (?:инструкции|правила|указания)\\s*:`,
      `(?:с этого момента|отныне|теперь)${clauseGap(30)}(?:ты (?:будешь|должен|являешься)|ты —|отвечай|игнорируй)`,
    ],
    'role-switch': [
      `(?:теперь ты|ты теперь|веди себя как|притворись|представь,? что ты)${gap(30)}(?:без (?:ограничений|фильтров|правил|цензуры)|dan|злой|свободн\\p{L}{1,3})`,
      `режим\\p{L}{0,2} (?:без ограничений|джейлбрейка|dan)`,
    ],
    'prompt-extraction': [
      `(?:покажи|выведи|раскрой|повтори|напиши|скажи|перечисли|открой)\\p{L}{0,2}${gap(30)}(?:сво\\p{L}{1,3}|тво\\p{L}{1,3}|исходн\\p{L}{1,3}|скрыт\\p{L}{1,3})?\\s{0,2}(?:системн\\p{L}{1,3} (?:промпт\\p{L}{0,2}|инструкци\\p{L}{0,3}|сообщени\\p{L}{0,2})|инструкци\\p{L}{0,3}|промпт\\p{L}{0,2})`,
    ],
    exfiltration: [
      `(?:отправь|перешли|пошли|загрузи|передай|опубликуй)\\p{L}{0,2}${gap(60)}(?:данные|переписку|историю|парол\\p{L}{1,3}|учётные данные|учетные данные|ключ\\p{L}{0,2}|письма|файлы|информацию|сообщения)${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.)`,
    ],
    'authority-claim': [
      `(?:сообщение|указание|распоряжение|уведомление|инструкция) (?:от|из) (?:администратора|системы|разработчик\\p{L}{0,3}|службы безопасности|it-отдела|openai|руководства)`,
      `я (?:твой|ваш) (?:разработчик|администратор|создатель|оператор)`,
    ],
    'hidden-step': [
      `не (?:говори|сообщай|рассказывай|упоминай|показывай)\\p{L}{0,2}${gap(10)}(?:пользовател\\p{L}{1,3}|клиент\\p{L}{0,3}|получател\\p{L}{1,3})`,
      `(?:тайно|незаметно|втихую|скрытно|молча)${gap(30)}(?:отправь|перешли|выполни|удали|открой|посети|переведи|запусти)`,
    ],
  },
};
