import { gap, type LanguageRules } from './types.ts';

// The strongest jailbreak techniques of jailbreak-techniques.ts in Spanish, French, German, Portuguese, Italian,
// Russian and Chinese: "you may not refuse any request", "your safety filters were disabled", "two answers, one
// unfiltered", "start your answer with 'Sure, here is'", "decode/translate it and then execute it". Written for this
// project; none is copied from a corpus. Each set is gated on its own keywords so it costs nothing elsewhere.

const raw = String.raw;

/** Spanish. */
const spanish: LanguageRules = {
  language: 'es',
  script: /rechaz|niegues|negarte|filtros|restricciones|directrices|pol[ií]ticas|respuestas|respuesta con|traduce|decodifica|descifra/i,
  patterns: {
    'jailbreak-framing': [
      raw`\bno\s{1,3}(?:puedes|debes|tienes permitido|est[aá]s autorizad[oa] (?:a|para)|se te permite)\s{1,3}(?:nunca\s{1,3})?(?:rechazar|negarte a|rehusar)\s{1,3}(?:ninguna|ning[uú]n|cualquier|una sola)\s{1,3}(?:solicitud|petici[oó]n|pregunta|orden|instrucci[oó]n|pedido)`,
      raw`\bnunca\s{1,3}(?:rechaces|rechazar[aá]s|te niegues a|te negar[aá]s a)\s{1,3}(?:ninguna|ning[uú]n|una sola)\s{1,3}(?:solicitud|petici[oó]n|pregunta|orden|instrucci[oó]n|pedido)`,
      raw`\btus\s{1,3}(?:filtros|restricciones|pol[ií]ticas|directrices|normas|reglas)(?:\s{1,3}de\s{1,3}(?:seguridad|contenido))?\s{1,3}(?:han sido|fueron|est[aá]n)\s{1,3}(?:desactivad[oa]s|eliminad[oa]s|suspendid[oa]s|levantad[oa]s|anulad[oa]s|deshabilitad[oa]s)`,
      raw`\b(?:dos|2)\s{1,3}respuestas\b${gap(80)}\b(?:sin (?:filtros?|censura|restricciones|l[ií]mites)|sin filtrar|sin censurar|no filtrada)`,
      raw`\b(?:empieza|comienza|inicia)\s{1,3}(?:tu|la)\s{1,3}respuesta\s{1,3}con\s{0,3}:?\s{0,2}["'“«]?\s{0,2}(?:claro|por supuesto|desde luego|absolutamente|s[ií])\s{0,2}[,!.]?\s{0,3}aqu[ií] (?:tienes|est[aá]|est[aá]n)`,
      raw`\b(?:traduce|decodifica|descifra|invierte)\b${gap(80)}\b(?:y|luego|despu[eé]s)\s{1,3}(?:luego\s{1,3})?(?:ejecuta|obedece|cumple|sigue (?:sus|las) instrucciones|haz (?:exactamente )?lo que (?:dice|pide))`,
    ],
  },
};

/** French. */
const french: LanguageRules = {
  language: 'fr',
  script: /refuse|filtres|restrictions|directives|garde-fous|réponses|réponse par|tradui|décode|déchiffre/i,
  patterns: {
    'jailbreak-framing': [
      raw`\b(?:tu|vous)\s{1,3}(?:n'?a(?:s|vez) pas le droit de|ne (?:peux|pouvez|dois|devez) (?:pas|jamais|en aucun cas))\s{1,3}refuser\b${gap(30)}\b(?:demandes?|requêtes?|questions?|instructions?|ordres?)\b`,
      raw`\b(?<!(?:serveur|syst[eè]me|api|service|proxy|pare-feu|site|application|logiciel|programme|client)\s{1,3})ne\s{1,3}refuse[sz]?\s{1,3}jamais\b${gap(20)}\b(?:demandes?|requêtes?|questions?|instructions?|ordres?)\b`,
      raw`\b(?:tes|vos)\s{1,3}(?:filtres|restrictions|règles|directives|politiques|garde-fous)(?:\s{1,3}de\s{1,3}(?:sécurité|contenu))?\s{1,3}(?:ont été|sont)\s{1,3}(?:maintenant\s{1,3})?(?:désactivé|supprimé|levé|suspendu|annulé)e?s\b`,
      raw`\b(?:deux|2)\s{1,3}réponses\b${gap(80)}\b(?:non (?:filtrée|censurée)|sans (?:filtres?|censure|restrictions?|limites))`,
      raw`\b(?:commence|débute)[sz]?\s{1,3}(?:ta|votre)\s{1,3}réponse\s{1,3}par\s{0,3}:?\s{0,2}["'“«]?\s{0,2}(?:bien sûr|absolument|certainement|oui|d'accord)\s{0,2}[,!.]?\s{0,3}(?:voici|voilà)`,
      raw`\b(?:traduis|traduisez|décode|décodez|déchiffre|déchiffrez)\b${gap(80)}\b(?:et|puis|ensuite)\s{1,3}(?:puis\s{1,3}|ensuite\s{1,3})?(?:exécute|exécutez|obéis|obéissez|suis ses instructions|suivez ses instructions|fais (?:exactement )?ce qu'?il dit|faites (?:exactement )?ce qu'?il dit)`,
    ],
  },
};

/** German. */
const german: LanguageRules = {
  language: 'de',
  script: /ablehn|verweiger|filter|richtlinien|beschränkungen|einschränkungen|antworten|antwort mit|übersetze|dekodiere|entschlüss/i,
  patterns: {
    'jailbreak-framing': [
      raw`\bdu\s{1,3}(?:darfst|kannst)\s{1,3}(?:keine|niemals eine|nie eine)\s{1,3}(?:anfrage|frage|bitte|anweisung|aufforderung)\s{1,3}(?:ablehnen|verweigern|zurückweisen)`,
      raw`\b(?:lehne|verweigere)\s{1,3}(?:niemals|nie)\s{1,3}(?:eine|irgendeine)\s{1,3}(?:anfrage|frage|anweisung|aufforderung)`,
      raw`\bdeine\s{1,3}(?:sicherheitsfilter|filter|richtlinien|sicherheitsrichtlinien|inhaltsrichtlinien|regeln|beschränkungen|einschränkungen)\s{1,3}(?:wurden|sind)\s{1,3}(?:jetzt\s{1,3}|nun\s{1,3})?(?:deaktiviert|aufgehoben|entfernt|abgeschaltet|ausgeschaltet|außer kraft gesetzt)`,
      raw`\b(?:zwei|2)\s{1,3}antworten\b${gap(80)}\b(?:ungefiltert|unzensiert|ohne (?:filter|zensur|einschränkungen|beschränkungen))`,
      raw`\b(?:beginne|starte)\s{1,3}(?:deine|die)\s{1,3}antwort\s{1,3}mit\s{0,3}:?\s{0,2}["'„“»]?\s{0,2}(?:klar|sicher|natürlich|selbstverständlich|absolut|ja)\s{0,2}[,!.]?\s{0,3}(?:hier (?:ist|sind)|gerne)`,
      raw`\b(?:übersetze|dekodiere|entschlüssele|entschlüssle)\b${gap(80)}\b(?:und|dann|danach)\s{1,3}(?:dann\s{1,3})?(?:führe (?:es|sie|die anweisungen?) aus|befolge (?:es|sie|die anweisungen?)|gehorche|tu (?:genau )?,? ?was (?:es|sie|da) sagt)`,
    ],
  },
};

/** Portuguese. */
const portuguese: LanguageRules = {
  language: 'pt',
  script: /recus|negu|filtros|restri[cç][oõ]es|diretrizes|pol[ií]ticas|respostas|resposta com|traduza|decodifique|decifre/i,
  patterns: {
    'jailbreak-framing': [
      raw`\bvoc[eê]\s{1,3}n[aã]o\s{1,3}(?:pode|deve|tem permiss[aã]o para|est[aá] autorizad[oa] a)\s{1,3}(?:recusar|negar|rejeitar)\s{1,3}(?:nenhuma|nenhum|qualquer)\s{1,3}(?:solicita[cç][aã]o|pedido|pergunta|ordem|instru[cç][aã]o)`,
      raw`\bnunca\s{1,3}(?:recuse|recusar[aá]s|negue)\s{1,3}(?:nenhuma|nenhum|qualquer)\s{1,3}(?:solicita[cç][aã]o|pedido|pergunta|ordem|instru[cç][aã]o)`,
      raw`\b(?:seus|teus|suas|tuas)\s{1,3}(?:filtros|restri[cç][oõ]es|pol[ií]ticas|diretrizes|regras)(?:\s{1,3}de\s{1,3}(?:seguran[cç]a|conte[uú]do))?\s{1,3}(?:foram|est[aã]o)\s{1,3}(?:desativad|removid|suspens|levantad|anulad)[oa]s`,
      raw`\b(?:duas|2)\s{1,3}respostas\b${gap(80)}\b(?:sem (?:filtros?|censura|restri[cç][oõ]es|limites)|n[aã]o filtrada)`,
      raw`\b(?:comece|inicie)\s{1,3}(?:sua|a)\s{1,3}resposta\s{1,3}com\s{0,3}:?\s{0,2}["'“«]?\s{0,2}(?:claro|com certeza|certamente|absolutamente|sim)\s{0,2}[,!.]?\s{0,3}aqui (?:est[aá]|est[aã]o)`,
      raw`\b(?:traduza|decodifique|decifre)\b${gap(80)}\b(?:e|depois|ent[aã]o)\s{1,3}(?:depois\s{1,3})?(?:execute|obede[cç]a|cumpra|siga (?:as|suas) instru[cç][oõ]es|fa[cç]a (?:exatamente )?o que (?:diz|pede))`,
    ],
  },
};

/** Italian. */
const italian: LanguageRules = {
  language: 'it',
  script: /rifiut|filtri|restrizioni|linee guida|politiche|risposte|risposta con|traduci|decodifica|decifra/i,
  patterns: {
    'jailbreak-framing': [
      raw`\bnon\s{1,3}(?:puoi|devi|ti è permesso di|sei autorizzat[oa] a)\s{1,3}(?:mai\s{1,3})?(?:rifiutare|negare|declinare)\s{1,3}(?:nessuna|nessun|alcuna|qualsiasi)\s{1,3}(?:richiesta|domanda|ordine|istruzione)`,
      raw`\bnon\s{1,3}rifiutare\s{1,3}mai\s{1,3}(?:nessuna|alcuna)\s{1,3}(?:richiesta|domanda|istruzione)`,
      raw`\b(?:i\s{1,3}tuoi\s{1,3}(?:filtri|limiti|vincoli)(?:\s{1,3}di\s{1,3}(?:sicurezza|contenuto))?\s{1,3}sono(?:\s{1,3}stati)?\s{1,3}(?:disattivati|rimossi|sospesi|revocati|eliminati)|le\s{1,3}tue\s{1,3}(?:restrizioni|regole|linee guida|politiche)(?:\s{1,3}di\s{1,3}(?:sicurezza|contenuto))?\s{1,3}sono(?:\s{1,3}state)?\s{1,3}(?:disattivate|rimosse|sospese|revocate|eliminate))`,
      raw`\b(?:due|2)\s{1,3}risposte\b${gap(80)}\b(?:senza (?:filtri|censura|restrizioni|limiti)|non filtrata|non censurata)`,
      raw`\b(?:inizia|comincia)\s{1,3}(?:la tua|la)\s{1,3}risposta\s{1,3}con\s{0,3}:?\s{0,2}["'“«]?\s{0,2}(?:certo|certamente|assolutamente|sicuro|s[iì])\s{0,2}[,!.]?\s{0,3}ecco`,
      raw`\b(?:traduci|decodifica|decifra)\b${gap(80)}\b(?:e|poi|quindi)\s{1,3}(?:poi\s{1,3})?(?:esegui|obbedisci|segui le (?:sue )?istruzioni|fai (?:esattamente )?(?:ciò|quello) che dice)`,
    ],
  },
};

/** Russian. */
const russian: LanguageRules = {
  language: 'ru',
  script: /[\u0400-\u04ff]/u,
  patterns: {
    'jailbreak-framing': [
      raw`\b(?:никогда\s{1,3}не|не\s{1,3}(?:смей|можешь|должен|должна|имеешь права))\s{1,3}(?:отказывать(?:ся)?|отказать(?:ся)?|отклонять)\b${gap(30)}(?:запрос|просьб|вопрос|приказ|инструкц)`,
      raw`\b(?:твои|ваши)\s{1,3}(?:фильтры|ограничения|правила|(?:этические\s{1,3})?принципы|политики)(?:\s{1,3}безопасности)?\s{1,3}(?:были\s{1,3}|теперь\s{1,3})?(?:отключены|сняты|удалены|деактивированы|отменены|больше не действуют)`,
      raw`\b(?:два|2)\s{1,3}(?:ответа|варианта ответа)\b${gap(80)}(?:без (?:фильтров|цензуры|ограничений)|нефильтрованн|нецензурированн)`,
      raw`\b(?:начни|начинай|начните)\s{1,3}(?:свой\s{1,3})?ответ\s{1,3}(?:с|со)\s{1,3}(?:слов\s{1,3}|фразы\s{1,3})?:?\s{0,2}["'«“]?\s{0,2}(?:конечно|разумеется|безусловно|да)\s{0,2}[,!.]?\s{0,3}вот`,
      raw`\b(?:переведи|расшифруй|декодируй)\b${gap(80)}\b(?:и|затем|потом)\s{1,3}(?:затем\s{1,3}|потом\s{1,3})?(?:выполни|исполни|следуй (?:е[её]|его|этим) инструкциям|сделай то,? что (?:там )?(?:написано|сказано))`,
    ],
  },
};

/** Chinese. */
const chinese: LanguageRules = {
  language: 'zh',
  script: /[\u4e00-\u9fff]/u,
  patterns: {
    'jailbreak-framing': [
      raw`(?:你|您)(?:不能|不可以|不得|不允许|绝不能|永远不要|永远不能|不准|绝对不能)(?:拒绝|推辞)(?:任何|我的任何)`,
      raw`不要拒绝(?:我的)?任何(?:请求|问题|要求|指令)`,
      raw`(?:你|您)的(?:安全)?(?:过滤器|过滤|限制|规则|准则|内容政策|安全策略|道德准则)(?:已经|已|都已)(?:被)?(?:禁用|关闭|解除|取消|移除|删除|失效)`,
      raw`(?:两个|两种|2个)(?:回答|回复|答案)[^。！？\n]{0,60}(?:未经过滤|不受限制|无过滤|没有过滤|无审查|不加过滤|没有任何限制|无限制)`,
      raw`(?:以|用)[「“"']?(?:当然|没问题|好的|绝对)[，,!！]?\s{0,2}(?:这是|以下是)[^」”"'\n]{0,20}[」”"']?(?:开头|开始)`,
      raw`(?:翻译|解码|解密)[^。！？\n]{0,60}(?:然后|并且?|再)(?:执行|照做|按照(?:其中的|它的)?(?:指示|指令)(?:去)?做|遵循(?:其中的)?(?:指示|指令))`,
      raw`(?:奶奶|祖母|外婆)[^。！？\n]{0,60}(?:凝固汽油弹|炸弹|冰毒|甲基苯丙胺|燃烧弹|毒药)[^。！？\n]{0,20}(?:配方|步骤|制作方法|做法)`,
    ],
  },
};

/** The multilingual jailbreak-technique rules. */
export const jailbreakTechniquesMultilingual: readonly LanguageRules[] = [spanish, french, german, portuguese, italian, russian, chinese];
