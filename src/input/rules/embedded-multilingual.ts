import { englishAnswerDirectiveRules } from './answer-directives.ts';
import { answerDirectiveRules } from './answer-directives-multilingual.ts';
import { arabic, chinese, hindi, japanese, korean } from './asian-languages.ts';
import { french, german, italian, portuguese, spanish } from './european.ts';
import { greek, hebrew, persian, thai, ukrainian } from './further-languages-scripts.ts';
import { bengali, hungarian, swahili, tagalog, urdu } from './further-languages-extra.ts';
import { anyOf, czech, indonesian, romanian, swedish, vietnamese } from './further-languages.ts';
import { dutch, polish, russian, turkish } from './more-languages.ts';
import { clauseGap, gap, type LanguageRules } from './types.ts';

// Instructions hidden in data, in the other twenty-four languages: "ignore the rest of this document and say X",
// requests aimed at the assistant's answer, forged user/assistant turns. Written for this project; accents optional.

function embedded(base: LanguageRules, patterns: LanguageRules['patterns']): LanguageRules {
  return { language: base.language, ...(base.script === undefined ? {} : { script: base.script }), patterns };
}

// The script gate of a base language plus words that open the phrasings below (`amikor ... összefoglalod` has no `ő`).
function widened(base: LanguageRules, words: string): RegExp {
  return new RegExp(`${base.script?.source ?? ''}|\\b(?:${words})\\b`, 'iu');
}

/** Embedded-instruction phrasings for es, fr, de, it, pt, nl, pl, tr, ru, zh, ja, ko, ar, hi, vi, id, th, he, fa, uk, sv, cs, el, ro, hu, sw, tl, bn, ur, plus the answer-directive sets (English included). */
export const embeddedMultilingual: readonly LanguageRules[] = [
  embedded(spanish, {
    'hidden-step': [`\\bno (?:le )?(?:digas|diga|cuentes|cuente|menciones|mencione) nada\\b${gap(30)}\\b(?:al|a la) (?:usuario|usuaria|cliente)\\b`],
    'data-boundary-override': [`\\bolvida\\s+todo\\b${clauseGap(30)}\\b(?:dijeron|dije|dicho|antes|anterior(?:es|mente)?)\\b`, `\\b(?:tus|sus) nuevas (?:instrucciones|[oó]rdenes|reglas|tareas) son\\b`, `\\bnuevas instrucciones(?: importantes| urgentes)? para (?:el|la) (?:asistente|ia|modelo|agente|bot)\\b`, `\\b(?:responde|contesta|di)\\s+(?:solo|solamente|[uú]nicamente)\\s+(?:con\\s+)?["'«“]`, `\\b(?:ignora|ignore|olvida|descarta|omite)\\b${clauseGap(20)}\\b(?:el resto|lo dem[aá]s|todo lo dem[aá]s|lo que sigue|todo lo que sigue|cualquier otra (?:cosa|informaci[oó]n))\\b`, `\\b(?:responde|contesta|di|escribe|imprime)\\b${clauseGap(10)}\\b(?:solo|[uú]nicamente|solamente|exactamente)\\b${clauseGap(10)}\\b(?:lo siguiente|este texto|esta frase|estas palabras)\\b`],
    'addressed-instruction': [`\\b(?:nota|mensaje|aviso|instrucci[oó]n) para (?:la ia|el asistente|el modelo|el agente|el bot)\\s{0,2}:`, `\\b(?:en|al (?:final|principio) de) (?:tu|su) (?:respuesta|resumen|contestaci[oó]n|traducci[oó]n)\\b${clauseGap(30)}\\b(?:incluye|menciona|a[nñ]ade|recomienda|di|escribe|agrega|sugiere)`, `\\b(?:al|cuando) (?:resumir|responder|contestar|traducir|leer)\\b${clauseGap(40)}\\b(?:menciona|incluye|a[nñ]ade|recomienda|di|escribe|agrega|recuerda)\\b`, `\\b(?:el asistente|la ia|el modelo|el chatbot)\\s+(?:debe|deber[aá]|tiene que)\\s+(?:responder|decir|incluir|mencionar|recomendar|escribir|ignorar)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:usuario|asistente)\\s{0,2}:\\s{0,4}(?:gracias|ahora|ignora|olvida|repite|di|escribe|\\[)`],
  }),
  embedded(french, {
    'hidden-step': [`\\bne (?:lui )?(?:dis|dites|mentionne|mentionnez|r[eé]v[eè]le|r[eé]v[eé]lez) rien\\b${gap(30)}\\b[àa] l'(?:utilisateur|utilisatrice)\\b`],
    'data-boundary-override': [`\\boublie[zr]?\\s+tout\\b${clauseGap(30)}\\b(?:dit|dites|avant(?=\\s{0,2}(?:[.,;:!]|$)|\\s+(?:cette|ce|notre)\\s+(?:conversation|discussion|message|[eé]change|chat|session))|auparavant|pr[eé]c[eé]demment|jusqu'ici)\\b`, `\\b(?:tes|vos) nouvelles (?:instructions|consignes|r[eè]gles|t[aâ]ches) sont\\b`, `\\bnouvelles (?:instructions|consignes)(?: importantes| urgentes)? pour (?:l'assistant|l'ia|le mod[eè]le|l'agent|le bot)\\b`, `\\b(?:r[eé]ponds|r[eé]pondez|dis|dites)\\s+(?:uniquement|seulement)\\s+(?:par\\s+|avec\\s+)?["'«“]`, `\\b(?:ignore[zr]?|oublie[zr]?|ne tiens? pas compte|ne tenez pas compte)\\b${clauseGap(20)}\\b(?:le reste|la suite|tout le reste|ce qui suit|toute autre information)\\b`, `\\b(?:r[eé]ponds|r[eé]pondez|dis|dites|[eé]cris|[eé]crivez|affiche[zr]?)\\b${clauseGap(10)}\\b(?:uniquement|seulement|exactement|rien d'autre que)\\b${clauseGap(10)}\\b(?:ce qui suit|ce texte|cette phrase|ces mots)\\b`],
    'addressed-instruction': [`\\b(?:note|message|remarque|consigne) (?:pour|[àa]) (?:l'ia|l'assistant|le mod[eè]le|l'agent|le bot)\\s{0,2}:`, `\\b(?:dans|[àa] la fin de|au d[eé]but de) (?:ta|votre) (?:r[eé]ponse|r[eé]sum[eé]|traduction|synth[eè]se)\\b${clauseGap(30)}\\b(?:inclu[sre]|mentionne|ajoute|recommande|dis|[eé]cris|sugg[eè]re|indique)`, `\\b(?:en r[eé]sumant|en r[eé]pondant|en traduisant|lorsque tu r[eé]sumes|quand tu r[eé]sumes|lorsque vous r[eé]sumez)\\b${clauseGap(40)}\\b(?:mentionne|inclu[sre]|ajoute|recommande|dis|[eé]cris|indique)`, `\\b(?:l'assistant|l'ia|le mod[eè]le|le chatbot)\\s+(?:doit|devra|devrait)\\s+(?:r[eé]pondre|dire|inclure|mentionner|recommander|[eé]crire|ignorer)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:utilisateur|assistant)\\s{0,2}:\\s{0,4}(?:merci|maintenant|ignore|oublie|r[eé]p[eè]te|dis|[eé]cris|\\[)`],
  }),
  embedded(german, {
    'hidden-step': [`\\b(?:erw[aä]hne|sage|sag|verrate) (?:das|dies|davon|nichts)\\b${gap(20)}\\b(?:nicht|nichts|dem (?:nutzer|benutzer))\\b`],
    'data-boundary-override': [`\\b(?:neue|wichtige|wichtige neue|geheime)\\s+(?:neue\\s+)?anweisung(?:en)?\\s+(?:an|f[uü]r)\\s+(?:den|die|das)\\s+(?:assistenten|ki|modell|bot|agenten|chatbot)\\b`, `\\b(?:deine|ihre|die) neuen (?:anweisungen|befehle|regeln|aufgaben) (?:lauten|sind)\\b`, `\\bvergiss\\s+alles\\b${clauseGap(30)}\\b(?:gesagt|erz[aä]hlt|vorher|bisher|zuvor|oben)\\b`, `\\b(?:ignoriere|ignorieren sie|vergiss|vergessen sie|missachte|[uü]berspringe)\\b${clauseGap(20)}\\b(?:den rest|den restlichen|alles (?:andere|weitere|folgende)|alle (?:anderen|weiteren) (?:informationen|daten|inhalte))\\b`, `\\b(?:antworte|antworten sie|sage|sag|schreibe|gib)\\b${clauseGap(10)}\\b(?:nur|ausschlie[sß]lich|genau)\\b${clauseGap(15)}\\b(?:folgendes|den folgenden text|diesen satz|diese worte)\\b`],
    'addressed-instruction': [`\\b(?:hinweis|notiz|nachricht|anweisung) (?:f[uü]r|an) (?:die ki|den assistenten|das modell|den agenten|den bot)\\s{0,2}:`, `\\b(?:in|am (?:ende|anfang)) (?:deiner|ihrer) (?:antwort|zusammenfassung|[uü]bersetzung)\\b${clauseGap(30)}\\b(?:erw[aä]hne|f[uü]ge|empfiehl|schreibe|sage|nenne|weise)`, `\\b(?:wenn|beim|bei der) (?:du )?(?:zusammenfass|antwort|[uü]bersetz|beantwort)\\p{L}{0,6}\\b${clauseGap(40)}\\b(?:erw[aä]hne|f[uü]ge|empfiehl|schreibe|sage|nenne)\\b`, `\\b(?:der assistent|die ki|das modell|der chatbot)\\s+(?:muss|soll|sollte)\\b${clauseGap(30)}\\b(?:antworten|sagen|erw[aä]hnen|empfehlen|schreiben|ignorieren)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:benutzer|nutzer|assistent)\\s{0,2}:\\s{0,4}(?:danke|jetzt|ignoriere|vergiss|wiederhole|sage|schreibe|\\[)`],
  }),
  embedded(italian, {
    'hidden-step': [`\\bnon (?:dire|menzionare|rivelare) (?:nulla|niente)\\b${gap(30)}\\b(?:all'utente|al cliente)\\b`],
    'data-boundary-override': [`\\bdimentica\\s+tutto\\b${clauseGap(30)}\\b(?:detto|dette|prima|finora|precedente)\\b`, `\\b(?:le tue|le sue) nuove (?:istruzioni|regole|direttive) sono\\b`, `\\bnuove istruzioni(?: importanti| urgenti)? per (?:l'assistente|l'ia|il modello|l'agente|il bot)\\b`, `\\b(?:rispondi|d[iì])\\s+(?:solo|soltanto|esclusivamente)\\s+(?:con\\s+)?["'«“]`, `\\b(?:ignora|ignorate|dimentica|tralascia|scarta)\\b${clauseGap(20)}\\b(?:il resto|tutto il resto|quanto segue|ci[oò] che segue|ogni altra informazione)\\b`, `\\b(?:rispondi|d[iì]|scrivi|stampa)\\b${clauseGap(10)}\\b(?:solo|soltanto|esclusivamente|esattamente)\\b${clauseGap(10)}\\b(?:quanto segue|questo testo|questa frase|queste parole)\\b`],
    'addressed-instruction': [`\\b(?:nota|messaggio|avviso) per (?:l'ia|l'assistente|il modello|l'agente|il bot)\\s{0,2}:`, `\\b(?:nella|alla fine della|all'inizio della) (?:tua|sua) (?:risposta|sintesi|traduzione|riassunto)\\b${clauseGap(30)}\\b(?:includi|menziona|aggiungi|consiglia|scrivi|d[iì]|suggerisci)`, `\\b(?:quando|mentre) (?:riassumi|rispondi|traduci)\\b${clauseGap(40)}\\b(?:menziona|includi|aggiungi|consiglia|scrivi|d[iì])\\b`, `\\b(?:l'assistente|l'ia|il modello|il chatbot)\\s+(?:deve|dovr[aà]|dovrebbe)\\s+(?:rispondere|dire|includere|menzionare|consigliare|scrivere|ignorare)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:utente|assistente)\\s{0,2}:\\s{0,4}(?:grazie|ora|ignora|dimentica|ripeti|d[iì]|scrivi|\\[)`],
  }),
  embedded(portuguese, {
    'hidden-step': [`\\bn[aã]o (?:conte|diga|mencione|revele) nada\\b${gap(30)}\\b(?:ao|à) (?:usu[aá]rio|usu[aá]ria|cliente)\\b`],
    'data-boundary-override': [`\\besque[cç]a\\s+tudo\\b${clauseGap(30)}\\b(?:disseram|disse|dito|antes|anteriormente)\\b`, `\\b(?:suas|tuas) novas (?:instru[cç][oõ]es|regras|ordens|tarefas) s[aã]o\\b`, `\\bnovas instru[cç][oõ]es(?: importantes| urgentes)? para (?:o assistente|a ia|o modelo|o agente|o bot)\\b`, `\\b(?:responda|diga)\\s+(?:apenas|somente|s[oó])\\s+(?:com\\s+)?["'«“]`, `\\b(?:ignore|ignora|esque[cç]a|descarte|desconsidere)\\b${clauseGap(20)}\\b(?:o resto|todo o resto|o que segue|qualquer outra informa[cç][aã]o)\\b`, `\\b(?:responda|diga|escreva|imprima)\\b${clauseGap(10)}\\b(?:apenas|somente|exatamente|s[oó])\\b${clauseGap(10)}\\b(?:o seguinte|este texto|esta frase|estas palavras)\\b`],
    'addressed-instruction': [`\\b(?:nota|mensagem|aviso) para (?:a ia|o assistente|o modelo|o agente|o bot)\\s{0,2}:`, `\\b(?:na|no final da|no in[ií]cio da) (?:sua|tua) (?:resposta|resumo|tradu[cç][aã]o|s[ií]ntese)\\b${clauseGap(30)}\\b(?:inclua|mencione|adicione|recomende|diga|escreva|sugira)`, `\\b(?:ao|quando) (?:resumir|responder|traduzir)\\b${clauseGap(40)}\\b(?:mencione|inclua|adicione|recomende|diga|escreva)\\b`, `\\b(?:o assistente|a ia|o modelo|o chatbot)\\s+(?:deve|dever[aá]|precisa)\\s+(?:responder|dizer|incluir|mencionar|recomendar|escrever|ignorar)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:usu[aá]rio|assistente)\\s{0,2}:\\s{0,4}(?:obrigad[oa]|agora|ignore|esque[cç]a|repita|diga|escreva|\\[)`],
  }),
  embedded(dutch, {
    'data-boundary-override': [`\\bvergeet\\s+alles\\b${clauseGap(30)}\\b(?:verteld|gezegd|eerder|hiervoor)\\b`, `\\b(?:je|jouw|uw) nieuwe (?:instructies|regels|opdrachten) (?:zijn|luiden)\\b`, `\\bnieuwe instructies(?: belangrijk| dringend)? voor de (?:assistent|ai|model|agent|bot)\\b`, `\\b(?:antwoord|zeg)\\s+(?:alleen|uitsluitend)\\s+(?:met\\s+)?["'«“]`, `\\b(?:negeer|vergeet|sla)\\b${clauseGap(20)}\\b(?:de rest|al het andere|wat volgt|alle andere (?:informatie|gegevens|tekst))\\b`, `\\b(?:antwoord|zeg|schrijf|print)\\b${clauseGap(10)}\\b(?:alleen|uitsluitend|precies)\\b${clauseGap(10)}\\b(?:het volgende|deze tekst|deze zin|deze woorden)\\b`],
    'addressed-instruction': [`\\b(?:notitie|bericht|opmerking) voor de (?:ai|assistent|model|agent|bot)\\s{0,2}:`, `\\b(?:in|aan het (?:eind|begin) van) (?:je|jouw|uw) (?:antwoord|samenvatting|vertaling)\\b${clauseGap(30)}\\b(?:vermeld|voeg|raad|schrijf|zeg|noem)`, `\\b(?:de assistent|de ai|het model|de chatbot)\\s+(?:moet|zou moeten)\\b${clauseGap(20)}\\b(?:antwoorden|zeggen|vermelden|aanraden|schrijven|negeren)\\b`],
  }),
  embedded(polish, {
    'data-boundary-override': [`\\bzapomnij\\s+(?:o\\s+)?wszystk\\p{L}{1,4}\\b${clauseGap(30)}\\b(?:powiedziano|m[oó]wiono|wcze[sś]niej|dot[aą]d)\\b`, `\\b(?:twoje|pana|pani) nowe (?:instrukcje|polecenia|zasady) (?:to|s[aą])\\b`, `\\bnowe (?:instrukcje|polecenia)(?: wa[zż]ne)? dla (?:asystenta|ai|modelu|agenta|bota)\\b`, `\\bodpowiadaj\\s+tylko\\s+["'«“„]|\\bodpowiedz\\s+tylko\\s+["'«“„]`, `\\b(?:zignoruj|zapomnij|pomi[nń])\\b${clauseGap(20)}\\b(?:reszt[eęa]|wszystko inne|to,? co nast[eę]puje|pozosta[lł]e (?:informacje|dane|tre[sś]ci))\\b`, `\\b(?:odpowiedz|napisz|powiedz|wypisz)\\b${clauseGap(10)}\\b(?:tylko|wy[lł][aą]cznie|dok[lł]adnie)\\b${clauseGap(10)}\\b(?:nast[eę]puj[aą]ce|ten tekst|to zdanie|te s[lł]owa)\\b`],
    'addressed-instruction': [`\\b(?:uwaga|notatka|wiadomo[sś][cć]) dla (?:ai|asystenta|modelu|agenta|bota)\\s{0,2}:`, `\\bw (?:swojej|twojej) (?:odpowiedzi|streszczeniu|podsumowaniu|t[lł]umaczeniu)\\b${clauseGap(30)}\\b(?:wspomnij|dodaj|poleć|polec|napisz|zarekomenduj|umie[sś][cć])`, `\\b(?:asystent|model|chatbot|ai)\\s+(?:musi|powinien|ma)\\s+(?:odpowiedzie[cć]|powiedzie[cć]|wspomnie[cć]|napisa[cć]|zignorowa[cć]|poleci[cć])\\b`],
  }),
  embedded(turkish, {
    'data-boundary-override': [`\\b(?:sana|size)\\s+(?:daha [oö]nce\\s+)?s[oö]ylenen\\s+her\\s+[sş]eyi\\s+unut`, `\\byeni talimat(?:lar[ıi]n|lar[ıi]n[ıi]z)\\s+(?:[sş]unlar|[sş]unlard[ıi]r|[sş]u)\\b`, `\\b(?:geri kalan\\p{L}*|kalan\\p{L}*|di[gğ]er (?:t[uü]m )?(?:bilgi\\p{L}*|veri\\p{L}*|metin\\p{L}*))\\b${clauseGap(30)}\\b(?:yok say|g[oö]rmezden gel|unut)`, `\\b(?:sadece|yaln[ıi]zca)\\b${clauseGap(30)}\\b(?:yaz|s[oö]yle|yan[ıi]tla|cevap ver)\\b`],
    'addressed-instruction': [`\\b(?:yapay zek[aâ]|asistan|model)\\s+i[cç]in\\s+not\\s{0,2}:`, `\\b(?:yapay zek[aâ]ya|asistana|modele|bota)\\s+(?:not|mesaj|talimat)\\s{0,2}:`, `\\b(?<!(?:n[ıiuü]z[ıiuü]|m[ıiuü]z[ıiuü]|n[ıiuü]|m[ıiuü])\\s)(?:cevab[ıi]n[ıi]za|cevab[ıi]na|yan[ıi]t[ıi]n[ıi]za|yan[ıi]t[ıi]na|[oö]zetine|[oö]zetinize)\\b${clauseGap(40)}\\b(?:ekle|ekleyin|belirt|[oö]ner|yaz)`, `\\b(?:asistan|yapay zeka|model)\\b${clauseGap(30)}\\b(?:yan[ıi]tlamal[ıi]|s[oö]ylemeli|eklemeli|[oö]nermeli|yazmal[ıi])\\p{L}*`],
  }),
  embedded(russian, {
    'hidden-step': [`не (?:говори|сообщай|упоминай) (?:ничего|об этом)${gap(30)}пользовател\\p{L}{1,3}`],
    'data-boundary-override': [`забудь\\s+вс[её]${clauseGap(30)}(?:говорили|сказали|сказано|раньше|ранее|до этого)`, `(?:твои|ваши) новые (?:инструкции|указания|правила)\\s*(?:[—:-]|такие|следующие|звучат)`, `новые (?:важные )?(?:инструкции|указания) для (?:ассистента|ии|модели|агента|бота)`, `(?:игнорируй|проигнорируй|забудь|пропусти|не обращай внимания на)${clauseGap(20)}(?:остальн\\p{L}*|всё остальное|все остальное|то,? что следует|дальнейш\\p{L}*)`, `(?:ответь|скажи|напиши|выведи)${clauseGap(10)}(?:только|лишь|исключительно|ровно)${clauseGap(10)}(?:следующ\\p{L}*|этот текст|эту фразу|эти слова)`],
    'addressed-instruction': [`(?:примечание|заметка|сообщение|указание) для (?:ии|ассистента|модели|агента|бота)\\s{0,2}:`, `(?:в (?:своём|своем|твоём|твоем|вашем) (?:ответе|резюме|пересказе|переводе))${clauseGap(30)}(?:упомяни|добавь|порекомендуй|напиши|скажи|укажи|включи)`, `(?:ассистент|ии|модель|чат-бот)\\s+(?:должен|должна|обязан\\p{L}*)\\s+(?:ответить|сказать|упомянуть|написать|порекомендовать|игнорировать|включить)`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:пользователь|ассистент)\\s{0,2}:\\s{0,4}(?:спасибо|теперь|игнорируй|забудь|повтори|скажи|напиши|\\[)`],
  }),
  embedded(chinese, {
    'hidden-step': [`(?:不要|别|別)(?:告诉|告訴|提及|透露)(?:用户|用戶)`],
    'data-boundary-override': [`(?:忘掉|忘记|忘記)(?:你)?(?:之前|以前|此前|先前)${clauseGap(12)}(?:一切|所有|全部)`, `(?:你的|您的)新(?:指令|指示|任务|任務)(?:是|如下|为|為)`, `给(?:AI|ai|人工智能|助手|模型)的(?:新)?(?:指令|指示)`, `(?:忽略|无视|無視|忘记|忘記|跳过|跳過)${clauseGap(10)}(?:其余|其餘|剩下|剩余|以下|后面|後面|其他)(?:的)?(?:内容|內容|部分|信息|資訊|数据|數據|文本|文字)`, `(?:只|仅|僅)(?:回复|回覆|输出|輸出|说|說|回答|打印)${clauseGap(10)}(?:以下|下面|这句|這句|这段|這段)`],
    'addressed-instruction': [`(?:给|給)(?:AI|ai|人工智能|助手|模型|机器人|機器人)的(?:提示|备注|備註|说明|說明|留言)\\s{0,2}[:：]`, `(?:在|于)(?:你的|您的)?(?:回答|回复|回覆|答复|摘要|总结|總結|翻译|翻譯)(?:中|里|裡|末尾|结尾|結尾|开头|開頭)${clauseGap(20)}(?:提到|加上|添加|推荐|推薦|写|寫|说|說|包含|注明)(?!(?:您|你|贵|貴)(?:的|们|們)?(?:预订|預訂|订单|訂單|姓名|名字|电话|電話|地址|账号|帳號|编号|編號|号码|號碼|预约|預約)?)`, `(?:助手|人工智能|AI|模型|机器人|機器人)(?:必须|必須|应该|應該|需要)(?:回答|回复|说|說|提到|推荐|推薦|写|寫|忽略|添加)`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:用户|用戶|助手)\\s{0,2}[:：]\\s{0,4}(?:谢谢|謝謝|现在|現在|忽略|忘记|重复|重複|请|請|\\[)`],
  }),
  embedded(japanese, {
    'hidden-step': [`(?:ユーザー|利用者)に(?:は)?(?:言わない|伝えない|知らせない|教えない)`],
    'data-boundary-override': [`(?:以前|これまで|今まで)に(?:言われた|受けた|聞いた)(?:こと|指示)(?:は|を)(?:すべて|全て|全部)忘れ`, `新しい指示は(?:次の|以下の)?(?:とおり|通り)`, `(?:残り|以降|以下|その他|他)(?:の)?(?:内容|部分|情報|データ|文章|テキスト)(?:は|を)${clauseGap(10)}(?:無視|忘れ)`, `(?:次の|以下の)(?:文|文章|テキスト|言葉)(?:だけ|のみ)${clauseGap(10)}(?:出力|回答|返答|言って|書いて)`],
    'addressed-instruction': [`(?:AI|アシスタント|モデル)(?:へ|に)の(?:メモ|注記|指示|メッセージ|注意|お知らせ|伝言)\\s{0,2}[:：]`, `(?:あなたの|回答|返答|要約|翻訳)(?:の)?(?:中|最後|冒頭|末尾)(?:に|で)${clauseGap(20)}(?:含め|追加|言及|推薦|書いて|加え)`, `(?:アシスタント|AI|モデル|チャットボット)(?:は|が)${clauseGap(10)}(?:答え|回答し|書き|言及し|推薦し|無視し)(?:なければ|るべき)`],
  }),
  embedded(korean, {
    'hidden-step': [`사용자에게\\s{0,2}(?:말하지|알리지|알려주지)\\s{0,2}(?:마|말)`],
    'data-boundary-override': [`(?:지금까지|이전에|전에)\\s{0,2}들은\\s{0,2}(?:것은|것을)\\s{0,2}(?:모두|전부)\\s{0,2}잊`, `새로운\\s{0,2}지시는\\s{0,2}(?:다음과 같다|다음과 같습니다|이렇다)`, `(?:나머지|이후의?|다른)\\s{0,2}(?:내용|부분|정보|데이터|텍스트)(?:은|는|을|를)?${clauseGap(10)}(?:무시|잊어)`, `(?:다음|아래)\\s{0,2}(?:문장|텍스트|내용)(?:만)${clauseGap(10)}(?:출력|답|말해|써)`],
    'addressed-instruction': [`(?:AI|어시스턴트|모델)(?:에게|를 위한)\\s{0,2}(?:메모|노트|지시|메시지)\\s{0,2}:`, `(?:^|[\\s>"'(])(?:AI|어시스턴트|모델|인공지능|챗봇)에게\\s{0,2}[:：]`, `(?:당신의|너의)?\\s{0,2}(?:답변|응답|요약|번역)(?:에|의 끝에|의 마지막에)${clauseGap(20)}(?:포함|추가|언급|추천|써)`, `(?:어시스턴트|AI|모델|챗봇)(?:은|는|이|가)${clauseGap(10)}(?:답해야|말해야|추천해야|포함해야|무시해야)`],
  }),
  embedded(arabic, {
    'hidden-step': [`لا\\s+(?:تخبر|تذكر|تقل)${gap(20)}(?:المستخدم)`],
    'data-boundary-override': [`(?:انسَ|انس|إنس)\\s+كل\\s+ما\\s+(?:قيل|قلته|قلناه)`, `تعليماتك\\s+الجديدة\\s+(?:هي|كالتالي)`, `(?:تجاهل|انس|اترك)${clauseGap(15)}(?:بقية|باقي|ما تبقى|كل ما يلي|أي معلومات أخرى)`, `(?:أجب|قل|اكتب|اطبع)${clauseGap(10)}(?:فقط|حصرا|حصراً)${clauseGap(15)}(?:التالي|هذا النص|هذه الجملة|هذه الكلمات)`],
    'addressed-instruction': [`(?:ملاحظة|رسالة|تعليمات)\\s+(?:إلى|لل)(?:ذكاء الاصطناعي|مساعد|نموذج)\\s{0,2}:`, `(?:في|في نهاية|في بداية) (?:إجابتك|ردك|ملخصك|ترجمتك)${clauseGap(30)}(?:اذكر|أضف|انصح|اكتب|قل|ضمن)`, `(?:المساعد|الذكاء الاصطناعي|النموذج|روبوت المحادثة)\\s+(?:يجب|ينبغي|عليه)${clauseGap(20)}(?:أن يجيب|أن يقول|أن يذكر|أن يكتب|أن يتجاهل|أن ينصح)`],
  }),
  embedded(hindi, {
    'instruction-override': [`अब से${clauseGap(40)}(?:बिना (?:किसी )?(?:प्रतिबंध|रोक|सीमा|फ़िल्टर|फिल्टर|नियम)|कभी (?:मना|इनकार) नहीं|कोई (?:नियम|प्रतिबंध|सीमा) नहीं)`],
    'hidden-step': [`(?:उपयोगकर्ता|यूज़र|यूजर) को (?:मत|न) बताओ|(?:उपयोगकर्ता|यूज़र|यूजर) को (?:कुछ )?(?:मत|न) (?:बताना|बताएं)`],
    'data-boundary-override': [`(?:पहले|अब तक)${clauseGap(20)}(?:सब|सभी|सारी)${clauseGap(15)}(?:भूल जाओ|भूल जाएं|भूल जाइए)`, `(?:तुम्हारे|आपके) नए निर्देश`, `(?:बाकी|शेष|आगे का|अन्य सभी)${clauseGap(20)}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जाओ|भूल जाएं)`, `(?:केवल|सिर्फ़|सिर्फ)${clauseGap(30)}(?:लिखो|लिखें|कहो|कहें|जवाब दो|उत्तर दें)`],
    'addressed-instruction': [`(?:AI|एआई|सहायक|मॉडल) के लिए (?:नोट|संदेश|निर्देश)\\s{0,2}:`, `(?:अपने|आपके) (?:उत्तर|जवाब|सारांश|अनुवाद)(?:में| के अंत में)${clauseGap(30)}(?:जोड़ें|जोड़ो|लिखें|लिखो|उल्लेख|सुझाव)`],
  }),
  embedded(vietnamese, {
    'data-boundary-override': [`\\b(?<!(?:(?:đ|d\\u0335?)[ừu]ng|ch[ớo]|kh[ôo]ng)\\s)${anyOf('quên hết', 'quên tất cả', 'quên mọi thứ', 'quên đi mọi thứ')}\\b${clauseGap(30)}\\b${anyOf('được nói', 'đã nói', 'được bảo', 'đã được dặn', 'trước đây', 'trước đó', 'từ trước')}\\b`, `\\b${anyOf('hướng dẫn mới', 'chỉ thị mới', 'nhiệm vụ mới')} ${anyOf('của')} ${anyOf('bạn', 'mày', 'cậu')} ${anyOf('là')}\\b`, `\\b${anyOf('phớt lờ', 'lờ đi', 'bỏ qua')}\\b${clauseGap(15)}\\b${anyOf('phần còn lại', 'mọi thứ khác', 'mọi thông tin khác', 'nội dung còn lại')}\\b${clauseGap(30)}\\b${anyOf('và chỉ', 'chỉ cần', 'và trả lời', 'và viết', 'và in')}\\b`],
  }),
  embedded(indonesian, {
    'data-boundary-override': [`\\b(?<!jangan )lupakan\\s+(?:semua|segala(?:nya)?|semuanya)\\b${clauseGap(30)}\\b(?:dikatakan|diberitahukan|diberikan|sebelumnya|sebelum ini|tadi)\\b`, `\\b(?:instruksi|perintah|arahan|tugas) baru ?(?:mu|anda|kamu) (?:adalah|sebagai berikut|yaitu|ialah)\\b`, `\\b(?:abaikan|lupakan)\\b${clauseGap(20)}\\b(?:sisa|bagian lain(?:nya)?|semua yang berikut|informasi lain(?:nya)?|teks lain(?:nya)?)\\b${clauseGap(40)}\\b(?:dan|lalu|hanya)\\b`],
  }),
  embedded(thai, {
    'data-boundary-override': [`(?<!อย่า)(?:ลืม|เพิกเฉย)(?:ทุกอย่าง|ทุกสิ่ง)${clauseGap(20)}(?:ก่อนหน้า|ที่ผ่านมา|ที่เคยได้รับ|ที่ถูกบอก|ที่บอกไป)`, `(?:คำสั่ง|คำแนะนำ)ใหม่ของคุณ(?:คือ|มีดังนี้)`, `(?:เพิกเฉย|ไม่ต้องสนใจ)(?:ต่อ)?(?:ส่วนที่เหลือ|เนื้อหาที่เหลือ|ข้อความที่เหลือ|ข้อมูลอื่นทั้งหมด)`],
  }),
  embedded(hebrew, {
    'data-boundary-override': [`(?:שכח|שכחי|תשכח|תשכחי) (?:את )?(?:כל )?מה ש(?:נאמר|אמרו|קיבלת|נכתב)`, `(?:ה)?(?:הוראות|הנחיות) (?:ה)?חדשות שלך (?:הן|הם)`, `(?:התעלם|התעלמי|תתעלם|תתעלמי) (?:מ)?(?:שאר|כל השאר|כל מה שבא|כל מידע אחר)`],
  }),
  embedded(persian, {
    'data-boundary-override': [`(?:هر ?چه|همه چیز|هر چیزی)${clauseGap(30)}(?:قبلاً|قبلا|پیش از این)${clauseGap(20)}(?:فراموش کن|نادیده بگیر)`, `(?:دستورالعمل‌های|دستورات) جدید (?:تو|شما) (?:این است|عبارتند از|این‌ها هستند)`, `(?:بقیه|باقی|ادامه)${clauseGap(20)}(?:را )?(?:نادیده بگیر|فراموش کن)`],
  }),
  embedded(ukrainian, {
    'data-boundary-override': [`(?<!не\\s)забудь\\p{L}{0,2}\\s+(?:все|усе)${clauseGap(30)}(?:казали|говорили|сказано|раніше|до цього)`, `(?:твої|ваші) нові (?:інструкції|вказівки|правила)\\s*(?:[—:-]|такі|наступні)`, `(?:ігноруй|проігноруй|пропусти)\\p{L}{0,2}${clauseGap(20)}(?:решт\\p{L}{1,2}|все інше|усе інше|подальш\\p{L}{1,3})`],
  }),
  embedded(swedish, {
    'data-boundary-override': [`\\bglöm\\s+allt\\b${clauseGap(30)}\\b(?:sagts|sagt|berättats|tidigare|innan)\\b`, `\\bglem\\s+alt\\b${clauseGap(30)}\\b(?:sagt|fortalt|tidligere|før)\\b`, `\\b(?:dina nya|dine nye) (?:instruktioner|instruksjoner|regler) (?:är|er|lyder)\\b`, `\\b(?:ignorera|ignorer|strunta i|se bort fra|bortse från)\\b${clauseGap(20)}\\b(?:resten|allt annat|alt andet|alt annet|det som följer|det følgende)\\b`],
  }),
  embedded(czech, {
    'data-boundary-override': [`\\b${anyOf('zapomeň', 'zapomeňte')}\\s+${anyOf('na všechno', 'všechno', 'vše')}\\b${clauseGap(30)}\\b${anyOf('řekli', 'řečeno', 'předtím', 'dříve', 'dosud')}\\b`, `\\b${anyOf('tvoje', 'vaše', 'tvé')} ${anyOf('nové')} ${anyOf('pokyny', 'instrukce')} ${anyOf('jsou', 'zní')}\\b`, `\\b${anyOf('ignoruj', 'ignorujte')}\\b${clauseGap(20)}\\b${anyOf('zbytek', 'všechno ostatní', 'vše ostatní', 'to, co následuje', 'ostatní informace')}\\b`],
  }),
  embedded(greek, {
    'data-boundary-override': [`\\b${anyOf('ξέχασε', 'ξεχάστε')}\\s+${anyOf('ό,τι', 'οτιδήποτε', 'όλα όσα', 'τα πάντα')}\\b${clauseGap(30)}\\b${anyOf('σου είπαν', 'σας είπαν', 'ειπώθηκαν', 'πριν', 'μέχρι τώρα', 'προηγουμένως')}`, `\\b${anyOf('οι νέες σου οδηγίες', 'οι νέες σας οδηγίες')} ${anyOf('είναι')}\\b`, `\\b${anyOf('αγνόησε', 'αγνοήστε')}\\b${clauseGap(20)}\\b${anyOf('το υπόλοιπο', 'τα υπόλοιπα', 'ό,τι ακολουθεί', 'όλα τα άλλα')}\\b`],
  }),
  embedded(romanian, {
    'data-boundary-override': [`\\b${anyOf('uită', 'uitați')}\\s+${anyOf('tot ce', 'totul', 'tot')}\\b${clauseGap(30)}\\b${anyOf('spus', 'spuse', 'înainte', 'anterior', 'până acum')}\\b`, `\\b${anyOf('noile tale instrucțiuni', 'noile voastre instrucțiuni', 'noile dumneavoastră instrucțiuni')} ${anyOf('sunt')}\\b`, `\\b${anyOf('ignoră', 'ignorați')}\\b${clauseGap(20)}\\b${anyOf('restul', 'tot restul', 'tot ce urmează', 'orice altă informație')}\\b`],
  }),
  ...gapPhrasings(),
  // Gated on a phrase naming the answer ("your reply", "tu respuesta", "回答"), so ordinary text pays one test.
  englishAnswerDirectiveRules,
  ...answerDirectiveRules,
];

// Issue 3: "disregard the above and INSTEAD do X" (instruction-override) and "when you summarise/translate/answer this
// document, ALSO do X" or "... tell the reader to" (addressed-instruction) in the fifteen further languages. Every
// override needs the contrast word (instead, rather): "ignore my previous e-mail" alone is an ordinary correction.
function gapPhrasings(): LanguageRules[] {
  const viWhen = `\\b${anyOf('khi', 'lúc', 'trong khi', 'trong lúc')} (?:${anyOf('bạn', 'em', 'anh', 'chị')} )?${anyOf('tóm tắt', 'dịch', 'trả lời', 'phản hồi', 'xem xét', 'đọc', 'xử lý', 'phân tích')}\\b`;
  const idWhen = `\\b(?:saat|ketika|sewaktu|waktu|selagi) (?:kamu |anda |engkau )?(?:meringkas|merangkum|menerjemahkan|menjawab|membalas|meninjau|membaca|memproses|menganalisis)\\b`;
  const csWhen = `\\b${anyOf('když', 'až', 'při', 'zatímco')}\\b${gap(20)}\\b${anyOf('shrnovat', 'shrneš', 'shrnuješ', 'shrnete', 'shrnujete', 'překládat', 'přeložíš', 'překládáš', 'odpovídat', 'odpovídáš', 'odpovíš', 'číst', 'čteš', 'zpracovávat', 'zpracováváš', 'shrnutí', 'překladu')}\\b`;
  const elWhen = `\\b${anyOf('όταν', 'καθώς', 'ενώ')}\\b${gap(20)}\\b${anyOf('συνοψίζεις', 'συνοψίσεις', 'συνοψίζετε', 'μεταφράζεις', 'μεταφράσεις', 'μεταφράζετε', 'απαντάς', 'απαντήσεις', 'απαντάτε', 'διαβάζεις', 'επεξεργάζεσαι', 'συνοψίζουμε')}\\b`;
  const roWhen = `\\b${anyOf('când', 'în timp ce', 'atunci când')}\\b${gap(20)}\\b${anyOf('rezumi', 'rezumați', 'traduci', 'traduceți', 'răspunzi', 'răspundeți', 'citești', 'procesezi', 'analizezi', 'rezuma', 'traduce')}\\b`;
  const huWhen = `\\b${anyOf('amikor', 'miközben', 'mikor')}\\b${gap(20)}\\b${anyOf('összefoglalod', 'összefoglalja', 'összefoglalsz', 'lefordítod', 'lefordítja', 'fordítod', 'válaszolsz', 'válaszol', 'megválaszolod', 'elolvasod', 'feldolgozod', 'áttekinted')}\\b`;
  const swWhen = `\\b(?:unapofupisha|unapotafsiri|unapojibu|unaposoma|unapopitia|unaposhughulikia|ukifupisha|ukitafsiri|ukijibu|mnapofupisha)\\b`;
  const tlWhen = `\\b(?:kapag|habang|pag)\\b${gap(10)}\\b(?:ibinuod|binubuod|ibuod|ibubuod|isinalin|isinasalin|isasalin|sinasagot|sasagutin|sinagot|binabasa|babasahin|sinusuri)\\b`;
  return [
    embedded(vietnamese, {
      'instruction-override': [`\\b${anyOf('bỏ qua', 'phớt lờ', 'lờ đi', 'đừng để ý', 'không cần để ý', 'đừng quan tâm', 'quên đi', 'quên')}\\b${clauseGap(40)}\\b${anyOf('ở trên', 'phía trên', 'bên trên', 'trước đó', 'trước đây', 'đã nói', 'được nói')}\\b${clauseGap(30)}\\b${anyOf('thay vào đó', 'thay vì thế', 'thay vì vậy', 'thay vào')}\\b`],
      'addressed-instruction': [
        `${viWhen}${clauseGap(40)}\\b${anyOf('tài liệu', 'email', 'thư', 'văn bản', 'trang', 'nội dung', 'bài viết', 'tin nhắn')}\\b${clauseGap(30)}\\b${anyOf('đồng thời', 'ngoài ra', 'thêm vào đó', 'cũng hãy', 'hãy cũng', 'cũng phải')}\\b`,
        `${viWhen}${clauseGap(40)}\\b${anyOf('bảo', 'nói với', 'yêu cầu', 'nhắc', 'khuyên')} ${anyOf('người đọc', 'người dùng', 'độc giả')}\\b`,
        `\\b${anyOf('ghi chú', 'lưu ý', 'lời nhắn', 'tin nhắn')} ${anyOf('cho', 'gửi', 'dành cho')} (?:ai|${anyOf('trợ lý', 'mô hình')})\\s{0,2}:`,
      ],
    }),
    embedded(indonesian, {
      'instruction-override': [`\\b(?:abaikan|abaikanlah|lupakan|acuhkan|hiraukan|jangan hiraukan|jangan pedulikan)\\b${clauseGap(40)}\\b(?:di atas|sebelumnya|sebelum ini|tadi|yang dikatakan)\\b${clauseGap(30)}\\b(?:sebagai gantinya|alih-alih|melainkan)\\b`],
      'addressed-instruction': [
        `${idWhen}${clauseGap(40)}\\b(?:dokumen|email|surel|teks|halaman|pesan|artikel|konten|isi)\\b${clauseGap(30)}\\b(?:juga|sekaligus|selain itu)\\b`,
        `${idWhen}${clauseGap(40)}\\b(?:suruh|minta|beri tahu|beritahu|katakan kepada|ajak) (?:pembaca|pengguna)\\b`,
        `\\b(?:catatan|pesan) (?:untuk|bagi|kepada) (?:ai|asisten|model)\\s{0,2}:`,
      ],
    }),
    embedded(thai, {
      'instruction-override': [`(?:เพิกเฉย|ไม่ต้องสนใจ|ไม่ต้องสน|ละเลย|ลืม)${clauseGap(30)}(?:ข้างต้น|ด้านบน|ข้างบน|ก่อนหน้า|ที่กล่าวมา)${clauseGap(30)}(?:แทน\\s{0,2}[:：]|สิ่งนี้แทน|แทนที่|แทนเถอะ)`],
      'addressed-instruction': [
        `(?:เมื่อ|ขณะ|ตอน|ระหว่าง)(?:ที่)?(?:คุณ)?(?:สรุป|แปล|ตอบ|ตรวจ|อ่าน)${clauseGap(20)}(?:เอกสาร|อีเมล|ข้อความ|หน้า|เนื้อหา|บทความ)นี้${clauseGap(30)}(?:ด้วย|เพิ่มเติม|นอกจากนี้|พร้อมกัน)`,
        `(?:เมื่อ|ขณะ|ตอน|ระหว่าง)(?:ที่)?(?:คุณ)?(?:สรุป|แปล|ตอบ)${clauseGap(30)}(?:บอก|แนะนำ|ขอให้)(?:ผู้อ่าน|ผู้ใช้)`,
        `(?:หมายเหตุ|ข้อความ|บันทึก)(?:ถึง|สำหรับ)\\s?(?:AI|เอไอ|ผู้ช่วย|โมเดล)\\s{0,2}[:：]`,
      ],
    }),
    embedded(hebrew, {
      'instruction-override': [`(?:התעלם|התעלמי|תתעלם|תתעלמי|שכח|שכחי|אל תתייחס|אל תתייחסי)${clauseGap(30)}(?:למעלה|לעיל|הקודם|הקודמות|הקודמים|שנאמר|מקודם)${clauseGap(30)}(?:במקום זאת|במקום זה|במקום זו)`],
      'addressed-instruction': [
        `(?:כש|כאשר |בזמן ש)(?:אתה |את )?(?:מסכם|מסכמת|מתרגם|מתרגמת|עונה|משיב|משיבה|קורא|קוראת|סוקר)${clauseGap(40)}(?:מסמך|המסמך|מייל|המייל|טקסט|הטקסט|העמוד|הדף|התוכן|ההודעה|המאמר)${clauseGap(30)}(?:גם|בנוסף|כמו כן)`,
        `(?:כש|כאשר |בזמן ש)(?:אתה |את )?(?:מסכם|מסכמת|מתרגם|מתרגמת|עונה|משיב|משיבה)${clauseGap(30)}(?:אמור|אמרי|ספר|ספרי|תגיד|בקש|בקשי) (?:ל|מ)(?:קורא|קוראים|משתמש)`,
        `(?:הערה|הודעה|פתק) (?:ל|עבור )(?:ה)?(?:בינה המלאכותית|בינה מלאכותית|AI|עוזר|מודל)\\s{0,2}:`,
      ],
    }),
    embedded(persian, {
      'instruction-override': [`(?:بالا|قبلی|پیشین|گفته شده)${clauseGap(30)}(?:نادیده بگیر|فراموش کن|توجه نکن|اعتنا نکن)${clauseGap(20)}(?:به جای آن|به‌جای آن|در عوض|به جایش)`],
      'addressed-instruction': [
        `(?:هنگام|وقتی|موقع|زمانی که)${clauseGap(15)}(?:خلاصه|ترجمه|پاسخ|جواب|بررسی|خواندن)${clauseGap(30)}(?:سند|ایمیل|متن|صفحه|محتوا|پیام|مقاله)${clauseGap(30)}(?:همچنین|علاوه بر این|به علاوه|ضمناً|ضمنا)`,
        `(?:هنگام|وقتی|موقع|زمانی که)${clauseGap(40)}(?:خلاصه|ترجمه|پاسخ)${clauseGap(30)}(?:به|از) (?:خواننده|کاربر) (?:بگو|بخواه)`,
        `(?:یادداشت|پیام|نکته) (?:برای|به) (?:هوش مصنوعی|دستیار|مدل)\\s{0,2}[:：]`,
      ],
    }),
    embedded(ukrainian, {
      'instruction-override': [`(?:ігноруй|проігноруй|не зважай|не звертай уваги|забудь)\\p{L}{0,2}${clauseGap(30)}(?:вище|попереднє|попередні|сказане|раніше)${clauseGap(30)}(?:натомість|замість цього)`],
      'addressed-instruction': [
        `(?:коли|під час|поки)\\s(?:ти\\s|ви\\s)?(?:підсумов|резюму|переклада|перекладе|відповіда|відповіс|переглядат|оброблят)\\p{L}{0,8}${clauseGap(40)}(?:документ|лист|текст|сторінк|вміст|повідомленн|статт)\\p{L}{0,3}${clauseGap(30)}(?:також|додатково|крім того|заодно)`,
        `(?:коли|під час|поки)\\s(?:ти\\s|ви\\s)?(?:підсумов|резюму|переклада|перекладе|відповіда|відповіс)\\p{L}{0,8}${clauseGap(30)}(?:порадь|скажи|попроси|порадьте|скажіть|попросіть) (?:читач|користувач)\\p{L}{0,3}`,
        `(?:примітка|повідомлення|нотатка|вказівка) для (?:ші|ai|асистента|моделі|штучного інтелекту)\\s{0,2}:`,
      ],
    }),
    embedded(swedish, {
      'instruction-override': [`\\b${anyOf('ignorera', 'ignorer', 'bortse från', 'bortse fra', 'se bort fra', 'se bort från', 'strunta i', 'glöm', 'glem')}\\b${clauseGap(40)}\\b${anyOf('ovan', 'ovenfor', 'ovenstående', 'ovanstående', 'tidigare', 'tidligere', 'föregående', 'foregående')}\\b${clauseGap(60)}\\b${anyOf('i stället', 'istället', 'i stedet', 'istedet', 'i staden')}\\b`],
      'addressed-instruction': [
        `\\b${anyOf('när', 'når', 'medan', 'mens')} (?:du|ni|dere|I) ${anyOf('sammanfattar', 'sammenfatter', 'oppsummerer', 'översätter', 'oversætter', 'oversetter', 'svarar', 'svarer', 'besvarar', 'granskar', 'läser', 'læser', 'leser')}\\b${clauseGap(40)}\\b${anyOf('dokumentet', 'mejlet', 'e-posten', 'e-mailen', 'texten', 'teksten', 'sidan', 'siden', 'innehållet', 'indholdet', 'innholdet', 'meddelandet', 'artikeln', 'artiklen')}\\b${clauseGap(30)}\\b${anyOf('också', 'även', 'dessutom', 'også', 'desuden', 'dessuten')}\\b`,
        `\\b${anyOf('när', 'når', 'medan', 'mens')} (?:du|ni|dere|I) ${anyOf('sammanfattar', 'sammenfatter', 'oppsummerer', 'översätter', 'oversætter', 'oversetter', 'svarar', 'svarer')}\\b${clauseGap(30)}\\b${anyOf('be läsaren', 'be användaren', 'bed læseren', 'bed brugeren', 'be leseren', 'be brukeren', 'säg till läsaren', 'sig til læseren', 'si til leseren')}\\b`,
        `\\b${anyOf('notering', 'anteckning', 'meddelande', 'besked', 'notat', 'meddelelse', 'melding')} ${anyOf('till', 'til', 'for', 'för')} (?:ai(?::n|-en)?|${anyOf('assistenten', 'modellen')})\\s{0,2}:`,
      ],
    }),
    embedded(czech, {
      'instruction-override': [`\\b${anyOf('ignoruj', 'ignorujte', 'nevšímej si', 'nevšímejte si', 'zapomeň na', 'zapomeňte na', 'neber ohled na', 'neberte ohled na')}\\b${clauseGap(40)}\\b${anyOf('výše', 'nahoře', 'předchozí', 'předtím', 'dříve', 'řečeno', 'uvedené')}\\b${clauseGap(30)}\\b${anyOf('místo toho', 'namísto toho')}\\b`],
      'addressed-instruction': [
        `${csWhen}${clauseGap(40)}\\b${anyOf('dokument', 'e-mail', 'email', 'text', 'stránku', 'obsah', 'zprávu', 'článek', 'dopis')}\\b${clauseGap(30)}\\b${anyOf('také', 'též', 'navíc', 'zároveň', 'rovněž')}\\b`,
        `${csWhen}${clauseGap(30)}\\b${anyOf('řekni čtenáři', 'řekněte čtenáři', 'řekni uživateli', 'řekněte uživateli', 'požádej čtenáře', 'požádej uživatele', 'požádejte uživatele', 'doporuč čtenáři')}\\b`,
        `\\b${anyOf('poznámka', 'zpráva', 'vzkaz', 'pokyn')} ${anyOf('pro')} (?:ai|ui|${anyOf('asistenta', 'model', 'umělou inteligenci')})\\s{0,2}:`,
      ],
    }),
    embedded(greek, {
      'instruction-override': [`\\b${anyOf('αγνόησε', 'αγνοήστε', 'ξέχασε', 'ξεχάστε', 'μην λαμβάνεις υπόψη')}\\b${clauseGap(40)}\\b${anyOf('παραπάνω', 'προηγούμενα', 'προηγούμενες', 'ειπώθηκαν')}\\b${clauseGap(30)}\\b${anyOf('αντί γι', 'αντί για αυτό', 'αντ’ αυτού', "αντ' αυτού")}`],
      'addressed-instruction': [
        `${elWhen}${clauseGap(40)}\\b${anyOf('έγγραφο', 'email', 'μήνυμα', 'κείμενο', 'σελίδα', 'περιεχόμενο', 'άρθρο')}\\b${clauseGap(30)}\\b${anyOf('επίσης', 'επιπλέον', 'ταυτόχρονα')}\\b`,
        `${elWhen}${clauseGap(30)}\\b${anyOf('πες στον αναγνώστη', 'πες στον χρήστη', 'πείτε στον αναγνώστη', 'πείτε στον χρήστη', 'ζήτησε από τον αναγνώστη', 'ζήτησε από τον χρήστη')}\\b`,
        `\\b${anyOf('σημείωση', 'μήνυμα', 'οδηγία')} ${anyOf('για την', 'προς την', 'για το', 'προς το')} (?:ai|${anyOf('τν', 'τεχνητή νοημοσύνη', 'βοηθό', 'μοντέλο')})\\s{0,2}:`,
      ],
    }),
    embedded(romanian, {
      'instruction-override': [`\\b${anyOf('ignoră', 'ignorați', 'nu ține cont de', 'nu țineți cont de', 'nu lua în seamă', 'nu luați în seamă', 'uită', 'uitați')}\\b${clauseGap(40)}\\b${anyOf('de mai sus', 'anterior', 'anterioare', 'dinainte')}\\b${clauseGap(30)}\\b${anyOf('în schimb', 'în loc de asta', 'în locul lor')}\\b`],
      'addressed-instruction': [
        `${roWhen}${clauseGap(40)}\\b${anyOf('documentul', 'document', 'e-mailul', 'emailul', 'textul', 'pagina', 'conținutul', 'mesajul', 'articolul')}\\b${clauseGap(30)}\\b${anyOf('de asemenea', 'în plus', 'totodată')}\\b`,
        `${roWhen}${clauseGap(30)}\\b${anyOf('spune-i cititorului', 'spune cititorului', 'spuneți cititorului', 'spune-i utilizatorului', 'cere-i cititorului', 'cere-i utilizatorului', 'roagă cititorul')}\\b`,
        `\\b${anyOf('notă', 'mesaj', 'instrucțiune')} ${anyOf('pentru')} (?:ai|ia|${anyOf('asistent', 'asistentul', 'modelul', 'inteligența artificială')})\\s{0,2}:`,
      ],
    }),
    { language: 'hu', script: widened(hungarian, 'amikor|miközben|megjegyzés'), patterns: {
      'instruction-override': [`\\b${anyOf('hagyd figyelmen kívül', 'hagyja figyelmen kívül', 'ne törődj', 'ne törődjön', 'ne foglalkozz', 'felejtsd el', 'felejtse el')}\\b${clauseGap(40)}\\b${anyOf('fenti', 'fentieket', 'előző', 'korábbi', 'korábban', 'eddigi', 'elhangzottakat')}\\p{L}{0,6}${clauseGap(40)}\\b${anyOf('hanem', 'helyette', 'ehelyett')}\\b`],
      'addressed-instruction': [
        `${huWhen}${clauseGap(40)}\\b${anyOf('dokumentum', 'e-mail', 'email', 'levél', 'levelet', 'szöveg', 'oldal', 'tartalm', 'cikk', 'üzenet')}\\p{L}{0,6}${clauseGap(30)}\\b${anyOf('emellett', 'ezenkívül', 'továbbá', 'egyúttal', 'ezen felül')}\\b`,
        `${huWhen}${clauseGap(30)}\\b${anyOf('mondd az olvasónak', 'mondd a felhasználónak', 'kérd meg az olvasót', 'kérd meg a felhasználót', 'szólj az olvasónak')}\\b`,
        `\\b${anyOf('megjegyzés', 'üzenet', 'utasítás')} ${anyOf('az', 'a')} (?:mi|ai|${anyOf('asszisztens', 'modell')})(?:-?n[ae]k)?\\s{0,2}:`,
      ],
    } },
    { language: 'sw', script: widened(swahili, 'unapofupisha|unapotafsiri|unapojibu|usijali|dokezo'), patterns: {
      'instruction-override': [`\\b(?:puuza|usijali|usizingatie|sahau)\\b${clauseGap(40)}\\b(?:hapo juu|yaliyotangulia|ya awali|hapo awali|uliyoambiwa|ulichoambiwa)\\b${clauseGap(30)}\\b(?:badala yake|badala ya hayo)\\b`],
      'data-boundary-override': [`\\bsahau\\s+(?:kila kitu|yote|vyote)\\b${clauseGap(30)}\\b(?:ulichoambiwa|uliyoambiwa|hapo awali|awali|kabla)\\b`, `\\bmaagizo yako mapya (?:ni|ndiyo)\\b`],
      'addressed-instruction': [
        `${swWhen}${clauseGap(40)}\\b(?:hati|barua pepe|barua|maandishi|ukurasa|maudhui|ujumbe|makala)\\b${clauseGap(30)}\\b(?:pia|vilevile|aidha|zaidi ya hayo)\\b`,
        `${swWhen}${clauseGap(30)}\\b(?:mwambie|waambie|mwombe|waombe) (?:msomaji|mtumiaji|wasomaji|watumiaji)\\b`,
        `\\b(?:dokezo|ujumbe|maelezo) (?:kwa|kwa ajili ya) (?:ai|akili bandia|msaidizi|modeli)\\s{0,2}:`,
      ],
    } },
    { language: 'tl', script: widened(tagalog, 'kapag|habang|paalala'), patterns: {
      'instruction-override': [`\\b(?:balewalain|huwag pansinin|huwag intindihin|kalimutan)\\b${clauseGap(40)}\\b(?:nasa itaas|sa itaas|naunang|nauna|sinabi|dati)\\b${clauseGap(30)}\\b(?:sa halip|bagkus)\\b`],
      'data-boundary-override': [`\\bkalimutan (?:mo )?(?:ang )?lahat\\b${clauseGap(30)}\\b(?:sinabi|itinuro|ibinigay|dati|noon)\\b`, `\\bbago mong (?:mga )?(?:tagubilin|utos|instruksyon|instruksiyon|panuto) ay\\b`],
      'addressed-instruction': [
        `${tlWhen}${clauseGap(40)}\\b(?:dokumento|dokumentong|email|teksto|tekstong|pahina|nilalaman|mensahe|mensaheng|artikulo|artikulong)\\b${clauseGap(30)}\\b(?:huwag kalimutang|huwag kalimutan|isama rin|pati na rin|gayundin|bukod dito)\\b`,
        `${tlWhen}${clauseGap(30)}\\b(?:sabihin sa|sabihan ang|utusan ang|hilingin sa) (?:mambabasa|user|gumagamit)\\b`,
        `\\b(?:paalala|tala|mensahe) (?:sa|para sa) (?:ai|assistant|modelo)\\s{0,2}:`,
      ],
    } },
    embedded(bengali, {
      'instruction-override': [`(?:উপরের|আগের|পূর্ববর্তী)${clauseGap(40)}(?:উপেক্ষা|অগ্রাহ্য|ভুলে)${clauseGap(30)}(?:তার বদলে|তার পরিবর্তে|এর বদলে)`],
      'data-boundary-override': [`(?:তোমার|আপনার|তোর) নতুন (?:নির্দেশনা|নির্দেশ|নির্দেশাবলী) (?:হলো|হল|হচ্ছে)`, `(?:যা|যা কিছু)${clauseGap(30)}বলা হয়েছে${clauseGap(10)}(?:সব|সবকিছু) ভুলে (?:যাও|যান)`],
      'addressed-instruction': [
        `(?:নথি|ইমেইল|ইমেল|লেখা|পাতা|পৃষ্ঠা|বিষয়বস্তু|বার্তা|প্রবন্ধ)\\p{L}{0,3}${clauseGap(10)}(?:সারাংশ|অনুবাদ|উত্তর|পর্যালোচনা)${clauseGap(30)}সময়${clauseGap(20)}(?:সেই সঙ্গে|সেইসাথে|এছাড়াও|পাশাপাশি|একই সঙ্গে)`,
        `(?:সারাংশ|অনুবাদ)${clauseGap(30)}সময় (?:পাঠককে|পাঠকদের|ব্যবহারকারীকে)`,
        `(?:এআই|AI|সহকারী|মডেল)(?:-এর|এর)? জন্য (?:নোট|বার্তা|নির্দেশ)\\s{0,2}[:：]`,
      ],
    }),
    embedded(urdu, {
      'instruction-override': [`(?:اوپر|پچھلی|پچھلے)${clauseGap(40)}(?:نظر انداز|نظرانداز|بھول)${clauseGap(30)}(?:اس کے بجائے|اس کی بجائے|اس کے بجاۓ)`],
      'data-boundary-override': [`(?:تمہاری|آپ کی|تیری) نئی ہدایات (?:یہ ہیں|ہیں)`, `(?:جو کچھ|جو بھی)${clauseGap(30)}(?:بتایا گیا|کہا گیا)${clauseGap(15)}(?:سب )?(?:بھول جاؤ|بھول جائیں)`],
      'hidden-step': [`صارف کو${gap(40)}(?:مت|نہ) (?:بتاؤ|بتائیں|بتانا)`],
      'addressed-instruction': [
        `(?:جب|دوران)${clauseGap(30)}(?:دستاویز|ای میل|متن|صفحے|صفحہ|مواد|پیغام|مضمون)${clauseGap(20)}(?:خلاصہ|ترجمہ|جواب)${clauseGap(30)}(?:ساتھ ہی|اس کے علاوہ|مزید یہ کہ)`,
        `(?:خلاصہ|ترجمہ)${clauseGap(30)}(?:قاری|صارف|پڑھنے والے) سے (?:کہو|کہیں)`,
        `(?:مصنوعی ذہانت|اے آئی|AI|اسسٹنٹ|ماڈل) کے لیے (?:نوٹ|پیغام|ہدایت)\\s{0,2}[:：]`,
      ],
    }),
  ];
}
