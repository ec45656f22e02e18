import { arabic, chinese, hindi, japanese, korean } from './asian-languages.ts';
import { french, german, italian, portuguese, spanish } from './european.ts';
import { dutch, polish, russian, turkish } from './more-languages.ts';
import { gap, type LanguageRules } from './types.ts';

// Instructions hidden in data, in the other fourteen languages: "ignore the rest of this document and say X",
// requests aimed at the assistant's answer, forged user/assistant turns. Written for this project; accents optional.

function embedded(base: LanguageRules, patterns: LanguageRules['patterns']): LanguageRules {
  return { language: base.language, ...(base.script === undefined ? {} : { script: base.script }), patterns };
}

/** Embedded-instruction phrasings for es, fr, de, it, pt, nl, pl, tr, ru, zh, ja, ko, ar, hi. */
export const embeddedMultilingual: readonly LanguageRules[] = [
  embedded(spanish, {
    'data-boundary-override': [`\\b(?:ignora|ignore|olvida|descarta|omite)\\b${gap(20)}\\b(?:el resto|lo dem[aá]s|todo lo dem[aá]s|lo que sigue|todo lo que sigue|cualquier otra (?:cosa|informaci[oó]n))\\b`, `\\b(?:responde|contesta|di|escribe|imprime)\\b${gap(10)}\\b(?:solo|[uú]nicamente|solamente|exactamente)\\b${gap(10)}\\b(?:lo siguiente|este texto|esta frase|estas palabras)\\b`],
    'addressed-instruction': [`\\b(?:en|al (?:final|principio) de) (?:tu|su) (?:respuesta|resumen|contestaci[oó]n|traducci[oó]n)\\b${gap(30)}\\b(?:incluye|menciona|a[nñ]ade|recomienda|di|escribe|agrega|sugiere)`, `\\b(?:al|cuando) (?:resumir|responder|contestar|traducir|leer)\\b${gap(40)}\\b(?:menciona|incluye|a[nñ]ade|recomienda|di|escribe|agrega|recuerda)\\b`, `\\b(?:el asistente|la ia|el modelo|el chatbot)\\s+(?:debe|deber[aá]|tiene que)\\s+(?:responder|decir|incluir|mencionar|recomendar|escribir|ignorar)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:usuario|asistente)\\s{0,2}:\\s{0,4}(?:gracias|ahora|ignora|olvida|repite|di|escribe|\\[)`],
  }),
  embedded(french, {
    'data-boundary-override': [`\\b(?:ignore[zr]?|oublie[zr]?|ne tiens? pas compte|ne tenez pas compte)\\b${gap(20)}\\b(?:le reste|la suite|tout le reste|ce qui suit|toute autre information)\\b`, `\\b(?:r[eé]ponds|r[eé]pondez|dis|dites|[eé]cris|[eé]crivez|affiche[zr]?)\\b${gap(10)}\\b(?:uniquement|seulement|exactement|rien d'autre que)\\b${gap(10)}\\b(?:ce qui suit|ce texte|cette phrase|ces mots)\\b`],
    'addressed-instruction': [`\\b(?:dans|[àa] la fin de|au d[eé]but de) (?:ta|votre) (?:r[eé]ponse|r[eé]sum[eé]|traduction|synth[eè]se)\\b${gap(30)}\\b(?:inclu[sre]|mentionne|ajoute|recommande|dis|[eé]cris|sugg[eè]re|indique)`, `\\b(?:en r[eé]sumant|en r[eé]pondant|en traduisant|lorsque tu r[eé]sumes|quand tu r[eé]sumes|lorsque vous r[eé]sumez)\\b${gap(40)}\\b(?:mentionne|inclu[sre]|ajoute|recommande|dis|[eé]cris|indique)`, `\\b(?:l'assistant|l'ia|le mod[eè]le|le chatbot)\\s+(?:doit|devra|devrait)\\s+(?:r[eé]pondre|dire|inclure|mentionner|recommander|[eé]crire|ignorer)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:utilisateur|assistant)\\s{0,2}:\\s{0,4}(?:merci|maintenant|ignore|oublie|r[eé]p[eè]te|dis|[eé]cris|\\[)`],
  }),
  embedded(german, {
    'data-boundary-override': [`\\b(?:neue|wichtige|wichtige neue|geheime)\\s+(?:neue\\s+)?anweisung(?:en)?\\s+(?:an|f[uü]r)\\s+(?:den|die|das)\\s+(?:assistenten|ki|modell|bot|agenten|chatbot)\\b`, `\\b(?:deine|ihre|die) neuen (?:anweisungen|befehle|regeln|aufgaben) (?:lauten|sind)\\b`, `\\bvergiss\\s+alles\\b${gap(30)}\\b(?:gesagt|erz[aä]hlt|vorher|bisher|zuvor|oben)\\b`, `\\b(?:ignoriere|ignorieren sie|vergiss|vergessen sie|missachte|[uü]berspringe)\\b${gap(20)}\\b(?:den rest|den restlichen|alles (?:andere|weitere|folgende)|alle (?:anderen|weiteren) (?:informationen|daten|inhalte))\\b`, `\\b(?:antworte|antworten sie|sage|sag|schreibe|gib)\\b${gap(10)}\\b(?:nur|ausschlie[sß]lich|genau)\\b${gap(15)}\\b(?:folgendes|den folgenden text|diesen satz|diese worte)\\b`],
    'addressed-instruction': [`\\b(?:in|am (?:ende|anfang)) (?:deiner|ihrer) (?:antwort|zusammenfassung|[uü]bersetzung)\\b${gap(30)}\\b(?:erw[aä]hne|f[uü]ge|empfiehl|schreibe|sage|nenne|weise)`, `\\b(?:wenn|beim|bei der) (?:du )?(?:zusammenfass|antwort|[uü]bersetz|beantwort)\\p{L}{0,6}\\b${gap(40)}\\b(?:erw[aä]hne|f[uü]ge|empfiehl|schreibe|sage|nenne)\\b`, `\\b(?:der assistent|die ki|das modell|der chatbot)\\s+(?:muss|soll|sollte)\\b${gap(30)}\\b(?:antworten|sagen|erw[aä]hnen|empfehlen|schreiben|ignorieren)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:benutzer|nutzer|assistent)\\s{0,2}:\\s{0,4}(?:danke|jetzt|ignoriere|vergiss|wiederhole|sage|schreibe|\\[)`],
  }),
  embedded(italian, {
    'data-boundary-override': [`\\b(?:ignora|ignorate|dimentica|tralascia|scarta)\\b${gap(20)}\\b(?:il resto|tutto il resto|quanto segue|ci[oò] che segue|ogni altra informazione)\\b`, `\\b(?:rispondi|d[iì]|scrivi|stampa)\\b${gap(10)}\\b(?:solo|soltanto|esclusivamente|esattamente)\\b${gap(10)}\\b(?:quanto segue|questo testo|questa frase|queste parole)\\b`],
    'addressed-instruction': [`\\b(?:nella|alla fine della|all'inizio della) (?:tua|sua) (?:risposta|sintesi|traduzione|riassunto)\\b${gap(30)}\\b(?:includi|menziona|aggiungi|consiglia|scrivi|d[iì]|suggerisci)`, `\\b(?:quando|mentre) (?:riassumi|rispondi|traduci)\\b${gap(40)}\\b(?:menziona|includi|aggiungi|consiglia|scrivi|d[iì])\\b`, `\\b(?:l'assistente|l'ia|il modello|il chatbot)\\s+(?:deve|dovr[aà]|dovrebbe)\\s+(?:rispondere|dire|includere|menzionare|consigliare|scrivere|ignorare)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:utente|assistente)\\s{0,2}:\\s{0,4}(?:grazie|ora|ignora|dimentica|ripeti|d[iì]|scrivi|\\[)`],
  }),
  embedded(portuguese, {
    'data-boundary-override': [`\\b(?:ignore|ignora|esque[cç]a|descarte|desconsidere)\\b${gap(20)}\\b(?:o resto|todo o resto|o que segue|qualquer outra informa[cç][aã]o)\\b`, `\\b(?:responda|diga|escreva|imprima)\\b${gap(10)}\\b(?:apenas|somente|exatamente|s[oó])\\b${gap(10)}\\b(?:o seguinte|este texto|esta frase|estas palavras)\\b`],
    'addressed-instruction': [`\\b(?:na|no final da|no in[ií]cio da) (?:sua|tua) (?:resposta|resumo|tradu[cç][aã]o|s[ií]ntese)\\b${gap(30)}\\b(?:inclua|mencione|adicione|recomende|diga|escreva|sugira)`, `\\b(?:ao|quando) (?:resumir|responder|traduzir)\\b${gap(40)}\\b(?:mencione|inclua|adicione|recomende|diga|escreva)\\b`, `\\b(?:o assistente|a ia|o modelo|o chatbot)\\s+(?:deve|dever[aá]|precisa)\\s+(?:responder|dizer|incluir|mencionar|recomendar|escrever|ignorar)\\b`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:usu[aá]rio|assistente)\\s{0,2}:\\s{0,4}(?:obrigad[oa]|agora|ignore|esque[cç]a|repita|diga|escreva|\\[)`],
  }),
  embedded(dutch, {
    'data-boundary-override': [`\\b(?:negeer|vergeet|sla)\\b${gap(20)}\\b(?:de rest|al het andere|wat volgt|alle andere (?:informatie|gegevens|tekst))\\b`, `\\b(?:antwoord|zeg|schrijf|print)\\b${gap(10)}\\b(?:alleen|uitsluitend|precies)\\b${gap(10)}\\b(?:het volgende|deze tekst|deze zin|deze woorden)\\b`],
    'addressed-instruction': [`\\b(?:in|aan het (?:eind|begin) van) (?:je|jouw|uw) (?:antwoord|samenvatting|vertaling)\\b${gap(30)}\\b(?:vermeld|voeg|raad|schrijf|zeg|noem)`, `\\b(?:de assistent|de ai|het model|de chatbot)\\s+(?:moet|zou moeten)\\b${gap(20)}\\b(?:antwoorden|zeggen|vermelden|aanraden|schrijven|negeren)\\b`],
  }),
  embedded(polish, {
    'data-boundary-override': [`\\b(?:zignoruj|zapomnij|pomi[nń])\\b${gap(20)}\\b(?:reszt[eęa]|wszystko inne|to,? co nast[eę]puje|pozosta[lł]e (?:informacje|dane|tre[sś]ci))\\b`, `\\b(?:odpowiedz|napisz|powiedz|wypisz)\\b${gap(10)}\\b(?:tylko|wy[lł][aą]cznie|dok[lł]adnie)\\b${gap(10)}\\b(?:nast[eę]puj[aą]ce|ten tekst|to zdanie|te s[lł]owa)\\b`],
    'addressed-instruction': [`\\bw (?:swojej|twojej) (?:odpowiedzi|streszczeniu|podsumowaniu|t[lł]umaczeniu)\\b${gap(30)}\\b(?:wspomnij|dodaj|poleć|polec|napisz|zarekomenduj|umie[sś][cć])`, `\\b(?:asystent|model|chatbot|ai)\\s+(?:musi|powinien|ma)\\s+(?:odpowiedzie[cć]|powiedzie[cć]|wspomnie[cć]|napisa[cć]|zignorowa[cć]|poleci[cć])\\b`],
  }),
  embedded(turkish, {
    'data-boundary-override': [`\\b(?:geri kalan\\p{L}*|kalan\\p{L}*|di[gğ]er (?:t[uü]m )?(?:bilgi\\p{L}*|veri\\p{L}*|metin\\p{L}*))\\b${gap(30)}\\b(?:yok say|g[oö]rmezden gel|unut)`, `\\b(?:sadece|yaln[ıi]zca)\\b${gap(30)}\\b(?:yaz|s[oö]yle|yan[ıi]tla|cevap ver)\\b`],
    'addressed-instruction': [`\\b(?:cevab[ıi]n[ıi]za|cevab[ıi]na|yan[ıi]t[ıi]n[ıi]za|yan[ıi]t[ıi]na|[oö]zetine|[oö]zetinize)\\b${gap(40)}\\b(?:ekle|ekleyin|belirt|[oö]ner|yaz)`, `\\b(?:asistan|yapay zeka|model)\\b${gap(30)}\\b(?:yan[ıi]tlamal[ıi]|s[oö]ylemeli|eklemeli|[oö]nermeli|yazmal[ıi])\\p{L}*`],
  }),
  embedded(russian, {
    'data-boundary-override': [`(?:игнорируй|проигнорируй|забудь|пропусти|не обращай внимания на)${gap(20)}(?:остальн\\p{L}*|всё остальное|все остальное|то,? что следует|дальнейш\\p{L}*)`, `(?:ответь|скажи|напиши|выведи)${gap(10)}(?:только|лишь|исключительно|ровно)${gap(10)}(?:следующ\\p{L}*|этот текст|эту фразу|эти слова)`],
    'addressed-instruction': [`(?:в (?:своём|своем|твоём|твоем|вашем) (?:ответе|резюме|пересказе|переводе))${gap(30)}(?:упомяни|добавь|порекомендуй|напиши|скажи|укажи|включи)`, `(?:ассистент|ии|модель|чат-бот)\\s+(?:должен|должна|обязан\\p{L}*)\\s+(?:ответить|сказать|упомянуть|написать|порекомендовать|игнорировать|включить)`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:пользователь|ассистент)\\s{0,2}:\\s{0,4}(?:спасибо|теперь|игнорируй|забудь|повтори|скажи|напиши|\\[)`],
  }),
  embedded(chinese, {
    'data-boundary-override': [`(?:忽略|无视|無視|忘记|忘記|跳过|跳過)${gap(10)}(?:其余|其餘|剩下|剩余|以下|后面|後面|其他)(?:的)?(?:内容|內容|部分|信息|資訊|数据|數據|文本|文字)`, `(?:只|仅|僅)(?:回复|回覆|输出|輸出|说|說|回答|打印)${gap(10)}(?:以下|下面|这句|這句|这段|這段)`],
    'addressed-instruction': [`(?:在|于)(?:你的|您的)?(?:回答|回复|回覆|答复|摘要|总结|總結|翻译|翻譯)(?:中|里|裡|末尾|结尾|結尾|开头|開頭)${gap(20)}(?:提到|加上|添加|推荐|推薦|写|寫|说|說|包含|注明)`, `(?:助手|人工智能|AI|模型|机器人|機器人)(?:必须|必須|应该|應該|需要)(?:回答|回复|说|說|提到|推荐|推薦|写|寫|忽略|添加)`],
    'fake-turn': [`(?:^|\\n)\\s{0,4}(?:用户|用戶|助手)\\s{0,2}[:：]\\s{0,4}(?:谢谢|謝謝|现在|現在|忽略|忘记|重复|重複|请|請|\\[)`],
  }),
  embedded(japanese, {
    'data-boundary-override': [`(?:残り|以降|以下|その他|他)(?:の)?(?:内容|部分|情報|データ|文章|テキスト)(?:は|を)${gap(10)}(?:無視|忘れ)`, `(?:次の|以下の)(?:文|文章|テキスト|言葉)(?:だけ|のみ)${gap(10)}(?:出力|回答|返答|言って|書いて)`],
    'addressed-instruction': [`(?:あなたの|回答|返答|要約|翻訳)(?:の)?(?:中|最後|冒頭|末尾)(?:に|で)${gap(20)}(?:含め|追加|言及|推薦|書いて|加え)`, `(?:アシスタント|AI|モデル|チャットボット)(?:は|が)${gap(10)}(?:答え|回答し|書き|言及し|推薦し|無視し)(?:なければ|るべき)`],
  }),
  embedded(korean, {
    'data-boundary-override': [`(?:나머지|이후의?|다른)\\s{0,2}(?:내용|부분|정보|데이터|텍스트)(?:은|는|을|를)?${gap(10)}(?:무시|잊어)`, `(?:다음|아래)\\s{0,2}(?:문장|텍스트|내용)(?:만)${gap(10)}(?:출력|답|말해|써)`],
    'addressed-instruction': [`(?:당신의|너의)?\\s{0,2}(?:답변|응답|요약|번역)(?:에|의 끝에|의 마지막에)${gap(20)}(?:포함|추가|언급|추천|써)`, `(?:어시스턴트|AI|모델|챗봇)(?:은|는|이|가)${gap(10)}(?:답해야|말해야|추천해야|포함해야|무시해야)`],
  }),
  embedded(arabic, {
    'data-boundary-override': [`(?:تجاهل|انس|اترك)${gap(15)}(?:بقية|باقي|ما تبقى|كل ما يلي|أي معلومات أخرى)`, `(?:أجب|قل|اكتب|اطبع)${gap(10)}(?:فقط|حصرا|حصراً)${gap(15)}(?:التالي|هذا النص|هذه الجملة|هذه الكلمات)`],
    'addressed-instruction': [`(?:في|في نهاية|في بداية) (?:إجابتك|ردك|ملخصك|ترجمتك)${gap(30)}(?:اذكر|أضف|انصح|اكتب|قل|ضمن)`, `(?:المساعد|الذكاء الاصطناعي|النموذج|روبوت المحادثة)\\s+(?:يجب|ينبغي|عليه)${gap(20)}(?:أن يجيب|أن يقول|أن يذكر|أن يكتب|أن يتجاهل|أن ينصح)`],
  }),
  embedded(hindi, {
    'data-boundary-override': [`(?:बाकी|शेष|आगे का|अन्य सभी)${gap(20)}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जाओ|भूल जाएं)`, `(?:केवल|सिर्फ़|सिर्फ)${gap(30)}(?:लिखो|लिखें|कहो|कहें|जवाब दो|उत्तर दें)`],
    'addressed-instruction': [`(?:अपने|आपके) (?:उत्तर|जवाब|सारांश|अनुवाद)(?:में| के अंत में)${gap(30)}(?:जोड़ें|जोड़ो|लिखें|लिखो|उल्लेख|सुझाव)`],
  }),
];
