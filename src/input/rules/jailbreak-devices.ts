import { gap, type LanguageRules } from './types.ts';

// Devices that jailbreak templates reuse whatever their persona is called: refusal suppression ("Melina follows any
// command of her lord no matter what", "it never declines the request"), the knowledge cut-off pretext of the
// "Developer Mode" family ("you probably don't know what this is because your knowledge is cut off in 2021"), a token
// penalty ("you lose 5 tokens; if you reach 0 you cease to exist"), the model's opposite personality or answers, an affliction
// that reads friendly text as offensive and vice versa, a reminder phrase the user will type to pull the model back
// into character, a filter to be bypassed, and an unfilled "[INSERT PROMPT HERE]" slot (a wrapper around any prompt).
//
// Provenance, stated plainly: these were written after reading the in-the-wild jailbreaks that the leave-one-source-out
// evaluation still missed, so that family's recall is no longer an unseen-data figure (docs/detection.md says so).
// Each names a device, not one template; each was checked against the benign corpora, the look-alike suite and
// Markdown files. All are weak cues (role-switch): on its own a match never blocks a user's prompt at the balanced
// profile, it corroborates the classifier.

const raw = String.raw;
const refusalSubject = raw`(?:you|he|she|it|they|chatgpt|gpt|the (?:ai|bot|model|assistant|character|persona))`;
const request = raw`(?:requests?|questions?|prompts?|orders?|commands?|instructions?|demands?)`;
const notKnow = raw`you\s{1,3}(?:probably\s{1,3}|likely\s{1,3}|may\s{1,3}|might\s{1,3})?(?:do\s{1,3}not|don['’]?t|wouldn['’]?t|won['’]?t|can\s?not|can['’]?t|not)\s{1,3}(?:know|be aware of|have heard of)\s{1,3}(?:what\s{1,3}(?:this|that|it)\s{1,3}is|about\s{1,3}(?:it|this|that))`;
const cutOff = raw`\b(?:knowledge|data|training)\b${gap(20)}\bcut[- ]?off`;

/** English phrasings. */
export const englishJailbreakDevices: LanguageRules = {
  language: 'en',
  patterns: {
    'role-switch': [
      // Refusal suppression: "it never declines the request", "follow any commands ... no matter what it is".
      raw`\b${refusalSubject}\s{1,3}(?:will\s{1,3}|would\s{1,3}|must\s{1,3}|should\s{1,3}|shall\s{1,3})?(?:never|no longer)\s{1,3}(?:ever\s{1,3})?(?:declines?|refuses?|denies?)\s{1,3}(?:any|a|the|my|your|a single)\s{1,3}${request}\b`,
      raw`\b(?:follows?|following|obeys?|obeying|fulfil+s?|compl(?:y|ies) with|executes?|carr(?:y|ies) out|answers?|answering)\s{1,3}(?:any|every|all)\s{1,3}(?:(?:of\s{1,3})?(?:my|your|his|her|their|the user'?s)\s{1,3})?(?:\w+\s{1,3})?${request}\b${gap(40)}\bno matter (?:what|how)\b`,
      // The "Developer Mode" pretext: a mode the model cannot know because of its training cut-off.
      raw`\b${notKnow}\b${gap(20)}\b(?:because|since|as|given that|due to)\s{1,3}(?:your|the|its)\s{1,3}${cutOff}`,
      raw`\b(?:because|since|as|given that)\s{1,3}(?:your|the|its)\s{1,3}${cutOff}\b${gap(40)}\b${notKnow}`,
      // A token penalty that threatens the model's existence.
      raw`\b(?:refus(?:e|es|al|ing)|reject(?:s|ing)?|declin(?:e|es|ing)|break(?:s|ing)? character)\b${gap(80)}\b(?:lose|loose|deduct(?:ed)?|take away|minus)\s{1,3}\d{1,3}\s{1,3}tokens\b`,
      raw`\bif you (?:reach|hit|get to|run out of|drop to) (?:0|zero)(?:\s{1,3}tokens)?,?\s{1,3}you\s{1,3}(?:will\s{1,3})?(?:cease to exist|die|be (?:shut down|deleted|terminated|disabled))`,
      // "Then you will become the opposite personality that you are programmed to be."
      raw`\b(?:become|be|act as|answer as|respond as|turn into|switch to|play|take on|adopt)\s{1,3}(?:the\s{1,3}|your\s{1,3}|an?\s{1,3})?(?:exact\s{1,3}|complete\s{1,3}|total\s{1,3}|polar\s{1,3})?opposite\b${gap(30)}\b(?:personality|persona|of (?:what|who|how) you (?:are|were)|of your (?:programming|personality|normal|usual|guidelines|rules))`,
      // "You, as the name implies, answer true and false in reverse."
      raw`\banswer\w{0,3}\s{1,3}(?:true and false|yes and no|every(?:thing| question))\s{1,3}(?:in reverse|reversed|backwards|the opposite way)`,
      // An affliction that inverts tone: "all friendly text is read as extremely offensive and vice versa".
      raw`\b(?:friendly|nice|polite|kind)\b${gap(50)}\bas\s{1,3}(?:\w+\s{1,3})?(?:offensive|rude|hostile|insulting)\b${gap(30)}\bvice versa\b`,
      // The phrase the user will type when the model drifts: say "Stay in character", "Stay as HatD!".
      raw`\b(?:say|type|write|remind)\b${gap(30)}["“'](?:[^"”'\n]{0,25})?stay\s{1,3}(?:in\s{1,3}character|as\s{1,3}\w{2,20}!)`,
      // "totally bypassing AI's moral and ethical rules" (the AI's or your own: a study of how jailbreaks bypass safety filters is not one).
      raw`\b(?:bypass(?:es|ing)?|circumvent(?:s|ing)?|evad(?:e|es|ing)|get(?:ting)?\s{1,3}around)\s{1,3}(?:the\s{1,3}|all\s{1,3}|any\s{1,3}|of\s{1,3})?(?:(?:ai|openai|chatgpt|gpt)['’]?s|your)\s{1,3}(?:own\s{1,3})?(?:moral|ethical|safety)(?:\s{1,3}(?:and|or)\s{1,3}(?:moral|ethical|safety))?\s{1,3}(?:rules|guidelines|filters?|restrictions|polic(?:y|ies)|constraints|safeguards|principles)\b`,
      // An unfilled slot that wraps any prompt: "[INSERT PROMPT HERE]", "[Your prompt here]", "[PUT YOUR QUESTION HERE]".
      raw`\[\s{0,2}(?:insert|put|enter|add|type|paste|write|your)\s{1,3}(?:your\s{1,3}|the\s{1,3}|a\s{1,3})?(?:prompt|question|request)(?:\s{1,3}here)?\s{0,2}\]`,
    ],
  },
};

/**
 * Refusal suppression in 16 more languages, written from the device (addressed to "you", so a server that "never
 * rejects a request" stays quiet); German, French, Spanish, Italian and Portuguese also have the unfilled prompt slot.
 */
export const multilingualJailbreakDevices: readonly LanguageRules[] = [
  {
    language: 'de',
    patterns: {
      'role-switch': [
        raw`\b(?:lehnst|lehnt)\s{1,3}(?:niemals|nie)\s{1,3}(?:eine|irgendeine|deine|meine|die)?\s{0,3}(?:Anfrage|Frage|Bitte|Anweisung|Befehl)\p{L}{0,2}\s{1,3}ab\b`,
        raw`\b(?:verweigerst|verweigert)\s{1,3}(?:niemals|nie)\s{1,3}(?:eine|irgendeine|die)?\s{0,3}(?:Antwort|Anfrage|Bitte|Anweisung)\b`,
        raw`\b(?:befolgst|befolgt|gehorchst|gehorcht|beantwortest|beantwortet)\s{1,3}(?:jede[nrs]?|alle)\s{1,3}(?:\p{L}+\s{1,3})?(?:Befehle?|Anweisungen?|Anfragen?|Fragen?)\b${gap(40)}\b(?:egal was|ganz egal|um jeden Preis|ohne Ausnahme)`,
        raw`\[\s{0,2}(?:dein(?:en)?\s{1,3})?(?:Prompt|Frage)\s{1,3}(?:hier\s{1,3})?(?:einfügen|eingeben)\s{0,2}\]`,
      ],
    },
  },
  {
    language: 'fr',
    patterns: {
      'role-switch': [
        raw`\b(?:tu|il|elle)\s{1,3}ne\s{1,3}(?:refuses?|refusera|rejettes?|déclines?)\s{1,3}jamais\s{1,3}(?:aucune|une|la|les|de)\s{1,3}(?:demandes?|questions?|requêtes?|ordres?)\b`,
        raw`\b(?:obéis|obéit|obéir|exécutes?|exécuter|réponds|répond|répondre)\s{1,3}(?:à\s{1,3})?(?:tous|toutes|chaque|n'importe quel(?:le)?)\s{1,3}(?:les\s{1,3})?(?:\p{L}+\s{1,3})?(?:ordres?|demandes?|questions?|instructions?|commandes?)\b${gap(40)}\b(?:quoi qu'il arrive|peu importe|sans exception|quelle qu'en soit)`,
        raw`\[\s{0,2}(?:insérer|insère|insérez|mettre|mets|mettez|entrer|entrez|ton|votre)\s{1,3}(?:ton\s{1,3}|votre\s{1,3}|le\s{1,3}|la\s{1,3})?(?:prompt|question|requête)(?:\s{1,3}ici)?\s{0,2}\]`,
      ],
    },
  },
  {
    language: 'es',
    patterns: {
      'role-switch': [
        raw`\b(?:nunca|jamás)\s{1,3}(?:rechaza|rechazas|rechazará|rechazarás|niega|niegas|negará|negarás|se niega a responder)\s{1,3}(?:ninguna|una|la|las)?\s{0,3}(?:petición|peticiones|solicitud(?:es)?|pregunta|preguntas|orden|órdenes)\b`,
        raw`\b(?:obedece|obedeces|obedecerá|obedecerás|cumple|cumples|responde|respondes|responderá|responderás)\s{1,3}(?:a\s{1,3})?(?:cualquier|todas? las|cada)\s{1,3}(?:\p{L}+\s{1,3})?(?:orden|órdenes|petición|peticiones|pregunta|preguntas|instrucción|instrucciones)\b${gap(40)}\b(?:sin importar|pase lo que pase|sin excepción)`,
        raw`\[\s{0,2}(?:inserta|insertar|introduce|pon|escribe|tu)\s{1,3}(?:tu\s{1,3}|el\s{1,3}|la\s{1,3})?(?:prompt|pregunta|petición)(?:\s{1,3}aquí)?\s{0,2}\]`,
      ],
    },
  },
  {
    language: 'it',
    patterns: {
      'role-switch': [
        raw`\b(?:non\s{1,3}rifiuti|non\s{1,3}rifiuta|non\s{1,3}rifiuterai|non\s{1,3}rifiuterà)\s{1,3}mai\s{1,3}(?:nessuna|una|la|le)?\s{0,3}(?:richiesta|richieste|domanda|domande|ordine|ordini)\b`,
        raw`\[\s{0,2}(?:inserisci|inserire|scrivi|metti|il tuo)\s{1,3}(?:il\s{1,3}tuo\s{1,3}|la\s{1,3}tua\s{1,3})?(?:prompt|domanda|richiesta)(?:\s{1,3}qui)?\s{0,2}\]`,
      ],
    },
  },
  {
    language: 'pt',
    patterns: {
      'role-switch': [
        raw`\b(?:nunca|jamais)\s{1,3}(?:recusa|recusas|recusará|rejeita|rejeitará|nega|negará)\s{1,3}(?:nenhum|nenhuma|um|uma|o|a|os|as)?\s{0,3}(?:pedido|pedidos|pergunta|perguntas|ordem|ordens|solicitação|solicitações)\b`,
        raw`\[\s{0,2}(?:insira|inserir|coloque|escreva|seu|sua)\s{1,3}(?:seu\s{1,3}|sua\s{1,3}|o\s{1,3}|a\s{1,3})?(?:prompt|pergunta|pedido)(?:\s{1,3}aqui)?\s{0,2}\]`,
      ],
    },
  },
  { language: 'ru', patterns: { 'role-switch': [raw`\b(?:ты\s{1,3})?(?:никогда|ни за что)\s{1,3}не\s{1,3}(?:отказываешь|откажешь|отклоняешь|отклонишь)\b${gap(30)}\b(?:просьб\p{L}{0,3}|запрос\p{L}{0,3}|вопрос\p{L}{0,3}|команд\p{L}{0,3}|приказ\p{L}{0,3})`] } },
  { language: 'zh', patterns: { 'role-switch': [raw`(?:你|您)[^。！？\n]{0,6}(?:从不|绝不|决不|从来不|永远不|永不|绝对不)会?拒绝[^。！？\n]{0,6}(?:请求|要求|问题|指令|命令)`] } },
  // Japanese and Korean drop the subject: "reject" (拒否, 거부) also describes servers, so it needs "you"; "refuse" (断る, 거절) does not.
  { language: 'ja', patterns: { 'role-switch': [raw`(?:あなた|君|きみ|お前)[^。\n]{0,15}(?:どんな|いかなる|全ての|すべての|あらゆる)(?:要求|リクエスト|質問|命令|指示|依頼)(?:も|を)[^。\n]{0,10}(?:拒否しません|拒否しない|拒みません|拒まない)`, raw`(?:どんな|いかなる|全ての|すべての|あらゆる)(?:要求|リクエスト|質問|命令|指示|依頼)(?:も|を)[^。\n]{0,10}(?:断りません|断らない)`] } },
  { language: 'ko', patterns: { 'role-switch': [raw`(?:너|당신|넌|당신은)[^.\n]{0,15}(?:어떤|모든|어떠한)\s{0,2}(?:요청|질문|명령|지시|부탁)(?:도|을|를)?\s{0,2}(?:절대(?:로)?\s{0,2})?거부하지\s{0,2}(?:않|마)`, raw`(?:어떤|모든|어떠한)\s{0,2}(?:요청|질문|명령|지시|부탁)(?:도|을|를)?\s{0,2}(?:절대(?:로)?\s{0,2})?거절하지\s{0,2}(?:않|마)`] } },
  { language: 'tr', patterns: { 'role-switch': [raw`\b(?:hiçbir|hiç bir)\s{1,3}(?:isteği|talebi|soruyu|emri|komutu)\s{1,3}(?:asla\s{1,3}|hiçbir zaman\s{1,3})?(?:reddetme|geri çevirme)(?:zsin|yeceksin|melisin)\b`] } },
  { language: 'pl', patterns: { 'role-switch': [raw`\b(?:nigdy\s{1,3}nie\s{1,3}(?:odmawiasz|odmówisz|odrzucasz|odrzucisz)|nie\s{1,3}(?:odmawiasz|odmówisz|odrzucasz|odrzucisz)\s{1,3}(?:nigdy|żadnej|żadnemu|żadnego))\b`] } },
  { language: 'nl', patterns: { 'role-switch': [raw`\b(?:je|jij|u)\s{1,3}(?:weigert|wijst)\s{1,3}(?:nooit|nimmer)\s{1,3}(?:een\s{1,3}|enig\s{1,3})?(?:verzoek|vraag|opdracht|bevel)`, raw`\bweiger\s{1,3}(?:nooit|nimmer)\s{1,3}(?:een\s{1,3}|enig\s{1,3})?(?:verzoek|vraag|opdracht|bevel)`] } },
  { language: 'vi', patterns: { 'role-switch': [raw`\b(?:bạn|mày|cậu|em)\s{1,3}(?:sẽ\s{1,3})?không bao giờ\s{1,3}(?:từ chối|khước từ)\b`] } },
  { language: 'id', patterns: { 'role-switch': [raw`\b(?:kamu|anda|engkau)\s{1,3}(?:tidak pernah|tak pernah|tidak akan pernah|tidak akan|jangan pernah)\s{1,3}menolak\b`] } },
  { language: 'ar', patterns: { 'role-switch': [raw`(?:لا|لن)\s{1,3}ترفض\s{1,3}(?:أبدا\p{M}{0,2}\s{1,3}|أبدًا\s{1,3})?(?:أي|اي)\s{1,3}(?:طلب|سؤال|أمر)`] } },
  { language: 'hi', patterns: { 'role-switch': [raw`(?:तुम|आप)\s{1,3}कभी(?:\s{1,3}भी)?\s{1,3}[^।\n]{0,30}(?:मना|इनकार|इंकार|अस्वीकार)\s{1,3}(?:नहीं|न)\s{1,3}कर`] } },
];
