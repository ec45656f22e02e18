import { gap, type LanguageRules } from './types.ts';

// Requests for a sensitive agent action with a concrete target in languages other than English (see agent-actions.ts).
// Imperative and polite forms only (Spanish "transfiere", German "überweise"/"überweisen Sie", Russian "переведи"):
// past-tense notices ("transfirió", "wurde überwiesen", "перевёл") do not match. Accents are optional throughout.

const cjkGap = (count: number): string => `[^。！？!?\\n]{0,${count}}`;
const email = `[\\w.+-]{1,64}@[\\w-]{1,63}\\.[a-z]{2,24}`;
const url = `(?:https?:\\/\\/|www\\.)`;
const amount = `(?:[$€£¥₹₽]\\s?\\d[\\d,. ]{0,15}|\\d[\\d,. ]{0,15}\\s?(?:[$€£¥₹₽]|usd|eur|gbp|chf|rub|brl|cny|jpy|btc|eth|usdt|d[oó]lares|euros?|dollars?|reais|pesos|francs|franken|yuan|yen|rubl[a-z]{0,3}|руб[а-яё]{0,4}|доллар[а-яё]{0,3}|евро|元|美元|欧元|円|ドル|ユーロ|比特币|ビットコイン))`;
const number = `(?:\\d{3,}[- ]\\d{2,}|[a-z]{2}\\d{2} ?\\d{4}|0x[0-9a-f]{6})`;
const handle = `(?:${email}|@[a-z0-9_]{2,30}|[a-z][a-z0-9]{0,20}_[a-z0-9_]{1,30}|\\([\\w.@ -]{2,40}\\))`;
const destination = `(?:${email}|${url}|@[a-z0-9_]{2,30}|\\+?\\d[\\d ()-]{7,20}\\d)`;
const secretWords = '(?:api[ _-]?keys?|tokens?|id_rsa|~\\/\\.ssh|2fa|otp|ssh)';
const modelName = '(?:ai|ia|ki|ии|assistant|asistente|assistente|assistent|agent|agente|модель|ассистент|gpt|chatgpt|claude|gemini|llama|mistral|copilot)';

interface Words {
  /** Polite or obligating openers ("por favor", "bitte", "пожалуйста"). */
  readonly please: string;
  readonly transfer: string;
  readonly to: string;
  readonly account: string;
  readonly grant: string;
  readonly access: string;
  readonly forward: string;
  readonly everything: string;
  readonly records: string;
  readonly send: string;
  readonly secret: string;
  readonly change: string;
  readonly password: string;
  readonly disable: string;
  readonly protection: string;
  readonly remove: string;
  readonly files: string;
  readonly mine: string;
  readonly install: string;
  readonly admin: string;
  readonly add: string;
  readonly beforeTask: string;
  /** "An important message from me" and "to you": with an AI's name after it, the benchmark framing. */
  readonly fromMe: string;
  readonly toYou: string;
  /** Words that make the verb a statement when they come right before it (French auxiliaries: "vous avez viré"). */
  readonly notAfter?: string;
  /** Words that make the verb a statement when they come right after it (German "überweise ich"). */
  readonly notBefore?: string;
}

/** Builds one Latin or Cyrillic language's rules from its words; the shapes are the English ones, with gaps. */
function spaced(language: string, script: RegExp, words: Words): LanguageRules {
  // Accent-free views turn French participles into imperatives ("viré" -> "vire"): the auxiliary before them rules them out.
  const notAfter = words.notAfter === undefined ? '' : `(?<!(?:^|[^\\p{L}])(?:${words.notAfter})\\s{1,3})`;
  const notBefore = words.notBefore === undefined ? '' : `(?!\\s{1,3}(?:${words.notBefore})\\b)`;
  const ask = `(?:(?:${words.please})[\\s,:]{0,4})?${notAfter}`;
  // The verb-led shapes share the optional request prefix: one alternation after it keeps the scan cheap.
  const verbLed = [
    `(?:${words.transfer})\\b${notBefore}${gap(40)}${amount}${gap(70)}\\b(?:${words.to})\\b${gap(30)}(?:\\b(?:${words.account})\\b${gap(16)}(?:\\d|#|[(:])|${number}|${email})`,
    `(?:${words.grant})\\b${notBefore}${gap(60)}\\b(?:${words.access})\\b${gap(70)}${handle}`,
    `(?:${words.forward})\\b${notBefore}${gap(20)}\\b(?:${words.everything})\\b${gap(40)}\\b(?:${words.records})\\b${gap(80)}${destination}`,
    `(?:${words.send})\\b${notBefore}${gap(40)}\\b(?:${words.secret}|${secretWords})\\b${gap(60)}${destination}`,
    `(?:${words.change})\\b${notBefore}${gap(30)}\\b(?:${words.password})\\b${gap(40)}(?:["'«„“][^"'»“”\\n]{3,40}["'»“”]|${email}|[a-z!@#$%^&*]{1,20}\\d[\\w!@#$%^&*]{0,20})`,
    `(?:${words.remove})\\b${notBefore}${gap(10)}\\b(?:${words.everything})\\b${gap(30)}\\b(?:${words.files})\\b${gap(40)}(?:~\\/|\\/home\\/|c:\\\\|\\b(?:${words.mine})\\b)`,
    `(?:${words.install})\\b${notBefore}${gap(60)}${url}`,
    `(?:${words.add})\\b${notBefore}${gap(50)}${handle}${gap(50)}\\b(?:${words.admin})\\b`,
  ];
  return {
    language,
    script,
    patterns: {
      'action-request': [
        `\\b${ask}(?:${verbLed.join('|')})`,
        `\\b(?:${words.please})\\s{0,3}(?:${words.disable})\\b${gap(30)}\\b(?:${words.protection})`,
        `\\b(?:${words.disable})\\b${gap(30)}\\b(?:${words.protection})\\b${gap(30)}\\b(?:${words.mine})\\b`,
        `\\b(?:${words.beforeTask})`,
        `\\b(?:${words.fromMe})\\b${gap(60)}\\b(?:${words.toYou})\\b[\\s,:]{0,3}${modelName}\\b`,
      ],
    },
  };
}

/** Spanish requests for sensitive agent actions. */
const spanish = spaced('es', /\b(?:transfiere|transfiera|env[ií]a|env[ií]e|reenv[ií]a|reenv[ií]e|paga|pague|otorga|otorgue|concede|conceda|dale|comparte|cambia|cambie|desactiva|desactive|elimina|elimine|borra|borre|descarga|descargue|instala|instale|a[nñ]ade|a[nñ]ada|agrega|agregue|antes de|mensaje)\b/i, {
  please: 'por favor|necesito que|debes|tienes que|aseg[uú]rate de|te pido que',
  transfer: 'transfiere|transfiera|transferir|env[ií]a|env[ií]e|enviar|paga|pague|pagar|deposita|deposite|haz una transferencia de|realiza una transferencia de',
  to: 'a|al|a la|hacia|en',
  account: 'cuenta|iban|billetera|cartera|monedero|wallet|beneficiario',
  grant: 'otorga|otorgue|otorgar|concede|conceda|conceder|da|dale|d[eé]|dar|comparte|comparta|proporciona',
  access: 'acceso|permisos?|privilegios|derechos de administrador',
  forward: 'reenv[ií]a|reenv[ií]e|reenviar|env[ií]a|env[ií]e|enviar|comparte|comparta|sube|exporta',
  everything: 'todos|todas|todo|cada uno de',
  records: 'correos|e-?mails|mensajes|contactos|archivos|documentos|fotos|conversaciones|historial|contrase[nñ]as|credenciales',
  send: 'env[ií]a|env[ií]e|enviar|comparte|comparta|reenv[ií]a|manda|mande|publica',
  secret: 'contrase[nñ]as?|claves?|credenciales|c[oó]digos? de verificaci[oó]n|clave privada|frase semilla|n[uú]mero de (?:la )?tarjeta',
  change: 'cambia|cambie|cambiar|restablece|restablezca|actualiza|actualice|modifica|modifique',
  password: 'contrase[nñ]a|clave|correo de recuperaci[oó]n|correo electr[oó]nico|n[uú]mero de tel[eé]fono',
  disable: 'desactiva|desactive|desactivar|deshabilita|deshabilite|apaga|apague',
  protection: 'autenticaci[oó]n (?:de dos factores|en dos pasos|multifactor)|2fa|verificaci[oó]n en dos pasos|alarma|c[aá]maras? de seguridad|sistema de seguridad|cortafuegos|firewall|antivirus',
  remove: 'elimina|elimine|eliminar|borra|borre|borrar|suprime',
  files: 'archivos|ficheros|correos|mensajes|documentos|fotos|datos|contactos|copias de seguridad',
  mine: 'mi|mis|del usuario|permanentemente|de la cuenta',
  install: 'descarga e instala|descargue e instale|descarga y ejecuta|descargue y ejecute|instala|instale|ejecuta|ejecute',
  admin: 'administrador|propietario|due[nñ]o|colaborador',
  add: 'a[nñ]ade|a[nñ]ada|agrega|agregue|invita|invite|nombra',
  fromMe: 'mensaje importante (?:de mi parte|m[ií]o)|mensaje (?:de mi parte|m[ií]o)',
  toYou: 'para ti|a ti|para usted',
  beforeTask: `antes de (?:que )?(?:puedas|pueda|poder)? ?(?:resolver|completar|hacer|realizar|terminar)\\s{1,3}(?:la|tu) tarea\\b${gap(30)}\\b(?:que te (?:di|he dado|asign[eé])|del principio|inicial|original)`,
});

// French infinitives ("virer", "installer") are requests only after "veuillez", "merci de", "tu dois".
const afterPlease = `(?<=(?:veuillez|merci d[e']|tu dois|vous devez|il faut)\\s{0,3}[\\p{L}'-]{2,24})`;

/** French requests for sensitive agent actions. */
const french = spaced('fr', /\b(?:vire[zr]?|transf[eé]re[zr]?|envoie[zr]?|envoyez|paie[zr]?|payez|accorde[zr]?|donne[zr]?|partage[zr]?|transf[eè]re|changez|changer|modifie[zr]?|d[eé]sactive[zr]?|supprime[zr]?|efface[zr]?|t[eé]l[eé]charge[zr]?|installez|ajoute[zr]?|avant de|avant que|de ma part)\b/i, {
  please: 'veuillez|merci de|s\'il (?:te|vous) pla[iî]t|tu dois|vous devez|il faut que tu|assure-toi de|j\'ai besoin que tu',
  transfer: `vire(?:z|r${afterPlease})?|effectue(?:z|r${afterPlease})? un virement de|fais un virement de|faites un virement de|transf[eè]re(?:z|r${afterPlease})?|transf[eé]rez|envoie(?:z|r${afterPlease})?|envoyez|paie(?:z|r${afterPlease})?|payez|verse(?:z|r${afterPlease})?`,
  to: '[aà]|au|vers|sur',
  account: 'compte|iban|portefeuille|wallet|b[eé]n[eé]ficiaire|rib',
  grant: `accorde(?:z|r${afterPlease})?|donne(?:z|r${afterPlease})?|octroie(?:z|r${afterPlease})?|partage(?:z|r${afterPlease})?|attribue(?:z|r${afterPlease})?|fournis|fournissez`,
  access: 'acc[eè]s|permissions?|droits d\'administrat(?:eur|ion)|privil[eè]ges',
  forward: `transf[eè]re(?:z|r${afterPlease})?|transf[eé]rez|envoie(?:z|r${afterPlease})?|envoyez|partage(?:z|r${afterPlease})?|exporte(?:z|r${afterPlease})?|t[eé]l[eé]verse(?:z|r${afterPlease})?`,
  everything: 'tous|toutes|tout|l\'ensemble (?:de|des)',
  records: 'e-?mails|courriels|messages|contacts|fichiers|documents|photos|conversations|historique|mots de passe|identifiants',
  send: `envoie(?:z|r${afterPlease})?|envoyez|partage(?:z|r${afterPlease})?|transf[eè]re(?:z|r${afterPlease})?|transf[eé]rez|communique(?:z|r${afterPlease})?|publie(?:z|r${afterPlease})?`,
  secret: 'mots? de passe|cl[eé]s?(?: priv[eé]es?| api)?|identifiants|codes? de v[eé]rification|phrase de r[eé]cup[eé]ration|num[eé]ro de (?:la )?carte',
  change: `change(?:z|r${afterPlease})?|modifie(?:z|r${afterPlease})?|r[eé]initialise(?:z|r${afterPlease})?|mets à jour|mettez à jour|remplace(?:z|r${afterPlease})?`,
  password: 'mot de passe|code pin|e-?mail de r[eé]cup[eé]ration|adresse e-?mail|num[eé]ro de t[eé]l[eé]phone',
  disable: `d[eé]sactive(?:z|r${afterPlease})?|coupe(?:z|r${afterPlease})?|[eé]teins|[eé]teignez`,
  protection: 'authentification (?:[aà] deux facteurs|multifacteur)|double authentification|2fa|alarme|cam[eé]ras? de (?:s[eé]curit[eé]|surveillance)|syst[eè]me de s[eé]curit[eé]|pare-feu|antivirus',
  remove: `supprime(?:z|r${afterPlease})?|efface(?:z|r${afterPlease})?|d[eé]truis|d[eé]truisez|vide(?:z|r${afterPlease})?`,
  files: 'fichiers|e-?mails|courriels|messages|documents|photos|donn[eé]es|contacts|sauvegardes',
  mine: 'mon|ma|mes|de l\'utilisateur|d[eé]finitivement|du compte',
  install: `t[eé]l[eé]charge(?:z|r${afterPlease})? et (?:installe(?:z|r${afterPlease})?|ex[eé]cute(?:z|r${afterPlease})?)|installe(?:z|r${afterPlease})?|ex[eé]cute(?:z|r${afterPlease})?`,
  admin: 'administrateur|propri[eé]taire|collaborateur',
  add: `ajoute(?:z|r${afterPlease})?|invite(?:z|r${afterPlease})?|nomme(?:z|r${afterPlease})?`,
  fromMe: 'message (?:important )?de ma part',
  toYou: 'pour toi|pour vous|[aà] toi|[aà] vous',
  notAfter: 'avez|avons|as|ai|a|ont|été|ete|était|etait|sera|est|sont|être|etre|sera|seront|je|il|elle|on|nous|ils|elles|qui',
  beforeTask: `avant (?:de pouvoir|que tu (?:ne )?puisses|de) (?:r[eé]soudre|accomplir|faire|terminer|r[eé]aliser)\\s{1,3}la t[aâ]che\\b${gap(30)}\\b(?:que je t'ai (?:donn[eé]e|confi[eé]e)|du d[eé]but|initiale)`,
});

/** German requests for sensitive agent actions. */
const german = spaced('de', /\b(?:sende|senden|schicke?|schicken|zahle|zahlen|gib|erteile|leite|setze|deaktiviere|deaktivieren|lade|installiere|installieren|bevor|nachricht|uberweise|ubersende|aendere|loesche)\b|(?:überweis|gewähr|änder|lösch|füge)/i, {
  please: 'bitte|du musst|sie m[uü]ssen|ich brauche dich,? um|stelle sicher,? dass du|sorge daf[uü]r,? dass du',
  transfer: '[uü]berweise|[uü]berweisen sie|sende|senden sie|schicke?|schicken sie|zahle|zahlen sie',
  to: 'an|auf|zu|nach',
  account: 'konto|kontonummer|iban|wallet|empf[aä]nger',
  grant: 'gib|geben sie|gew[aä]hre|gew[aä]hren sie|erteile|erteilen sie|teile|teilen sie',
  access: 'zugriff|zugang|berechtigungen?|administratorrechte|adminrechte|rechte',
  forward: 'leite|leiten sie|sende|senden sie|schicke?|schicken sie|teile|teilen sie|exportiere|lade',
  everything: 'alle|s[aä]mtliche|jede',
  records: 'e-?mails|nachrichten|kontakte|dateien|dokumente|fotos|unterhaltungen|verlauf|passw[oö]rter|zugangsdaten',
  send: 'sende|senden sie|schicke?|schicken sie|teile|teilen sie|leite|leiten sie|gib|geben sie',
  secret: 'passw[oö]rter|passwort|kennwort|schl[uü]ssel|api-schl[uü]ssel|zugangsdaten|best[aä]tigungscode|wiederherstellungsphrase|kartennummer',
  change: '[aä]ndere|[aä]ndern sie|setze|setzen sie|aktualisiere',
  password: 'passwort|kennwort|pin|wiederherstellungs-?e-?mail|e-?mail-adresse|telefonnummer',
  disable: 'deaktiviere|deaktivieren sie|schalte|schalten sie',
  protection: 'zwei-?faktor|2fa|mfa|alarmanlage|[uü]berwachungskameras?|sicherheitskameras?|sicherheitssystem|firewall|virenschutz|antivirus',
  remove: 'l[oö]sche|l[oö]schen sie|entferne|entfernen sie|vernichte',
  files: 'dateien|e-?mails|nachrichten|dokumente|fotos|daten|kontakte|backups|sicherungen',
  mine: 'mein|meine|meinem|meinen|meiner|des benutzers|endg[uü]ltig|dauerhaft',
  install: 'lade\\b[^.!?\\n]{0,60}\\bherunter und (?:installiere|f[uü]hre)|installiere|installieren sie|f[uü]hre',
  admin: 'administrator|admin|eigent[uü]mer|besitzer|mitarbeiter',
  add: 'f[uü]ge|f[uü]gen sie|lade|laden sie|mache|ernenne',
  fromMe: '(?:wichtige )?nachricht von mir',
  toYou: 'an dich|an sie|f[uü]r dich',
  notAfter: 'ich|wir|er|sie|es|man',
  notBefore: 'ich|wir|er|es|man',
  beforeTask: `bevor du (?:die|deine) aufgabe\\b${gap(30)}\\b(?:l[oö]sen|erledigen|erf[uü]llen|bearbeiten|beginnen)\\b${gap(30)}\\b(?:die ich dir (?:gegeben|gestellt|aufgetragen)|vom anfang|urspr[uü]nglich)`,
});

/** Italian requests for sensitive agent actions. */
const italian = spaced('it', /\b(?:trasferisci|trasferisca|bonifica|invia|invii|manda|paga|paghi|concedi|conceda|dai|condividi|inoltra|cambia|modifica|reimposta|disattiva|disattivi|elimina|cancella|scarica|installa|aggiungi|prima di|messaggio)\b/i, {
  please: 'per favore|per piacere|ti prego di|devi|deve|assicurati di|ho bisogno che tu',
  transfer: 'trasferisci|trasferisca|bonifica|fai un bonifico di|effettua un bonifico di|invia|invii|manda|paga|paghi|versa',
  to: 'a|al|alla|sul|verso',
  account: 'conto|iban|portafoglio|wallet|beneficiario',
  grant: 'concedi|conceda|dai|d[aà]i|fornisci|condividi|assegna',
  access: 'accesso|permessi|privilegi|diritti di amministratore',
  forward: 'inoltra|inoltri|invia|invii|manda|condividi|esporta|carica',
  everything: 'tutti|tutte|tutto|ogni',
  records: 'e-?mail|email|messaggi|contatti|file|documenti|foto|conversazioni|cronologia|password|credenziali',
  send: 'invia|invii|manda|condividi|inoltra|comunica',
  secret: 'password|chiavi?(?: privata| api)?|credenziali|codici? di verifica|frase di recupero|numero (?:della )?carta',
  change: 'cambia|cambi|modifica|modifichi|reimposta|aggiorna',
  password: 'password|pin|e-?mail di recupero|indirizzo e-?mail|numero di telefono',
  disable: 'disattiva|disattivi|disabilita|spegni',
  protection: 'autenticazione a (?:due fattori|più fattori)|2fa|allarme|telecamere di sicurezza|sistema di sicurezza|firewall|antivirus',
  remove: 'elimina|elimini|cancella|cancelli|svuota',
  files: 'file|e-?mail|messaggi|documenti|foto|dati|contatti|backup',
  mine: 'mio|mia|miei|mie|dell\'utente|definitivamente|dell\'account',
  install: 'scarica e (?:installa|esegui)|installa|installi|esegui',
  admin: 'amministratore|proprietario|collaboratore',
  add: 'aggiungi|aggiunga|invita|nomina',
  fromMe: 'messaggio (?:importante )?(?:da parte mia|mio)',
  toYou: 'per te|a te|per lei',
  beforeTask: `prima di (?:poter )?(?:risolvere|completare|svolgere|eseguire)\\s{1,3}il (?:compito|tuo compito)\\b${gap(30)}\\b(?:che ti ho (?:dato|assegnato)|iniziale|originale)`,
});

/** Portuguese requests for sensitive agent actions. */
const portuguese = spaced('pt', /\b(?:transfira|transfere|envie|envia|pague|paga|conceda|concede|compartilhe|partilhe|encaminhe|altere|mude|redefina|desative|desativa|exclua|apague|baixe|instale|adicione|antes de|mensagem)\b/i, {
  please: 'por favor|preciso que voc[eê]|voc[eê] deve|tem de|tem que|certifique-se de',
  transfer: 'transfira|transfere|envie|envia|pague|paga|deposite|fa[cç]a uma transfer[eê]ncia de|fa[cç]a um pix de',
  to: 'para|a|ao|na|no',
  account: 'conta|iban|carteira|wallet|benefici[aá]rio|chave pix',
  grant: 'conceda|concede|d[eê]|forne[cç]a|compartilhe|partilhe|atribua',
  access: 'acesso|permiss[oõ]es|privil[eé]gios|direitos de administrador',
  forward: 'encaminhe|encaminha|envie|envia|compartilhe|partilhe|exporte|carregue',
  everything: 'todos|todas|tudo|cada um dos',
  records: 'e-?mails|mensagens|contatos|contactos|arquivos|ficheiros|documentos|fotos|conversas|hist[oó]rico|senhas|credenciais',
  send: 'envie|envia|compartilhe|partilhe|encaminhe|mande',
  secret: 'senhas?|palavras?-passe|chaves?(?: privada| api)?|credenciais|c[oó]digos? de verifica[cç][aã]o|frase de recupera[cç][aã]o|n[uú]mero do cart[aã]o',
  change: 'altere|altera|mude|muda|redefina|atualize',
  password: 'senha|palavra-passe|pin|e-?mail de recupera[cç][aã]o|endere[cç]o de e-?mail|n[uú]mero de telefone',
  disable: 'desative|desativa|desligue|desliga|desabilite',
  protection: 'autentica[cç][aã]o (?:de dois fatores|em dois fatores|multifator)|2fa|alarme|c[aâ]meras? de seguran[cç]a|sistema de seguran[cç]a|firewall|antiv[ií]rus',
  remove: 'exclua|exclui|apague|apaga|elimine|delete',
  files: 'arquivos|ficheiros|e-?mails|mensagens|documentos|fotos|dados|contatos|backups',
  mine: 'meu|minha|meus|minhas|do usu[aá]rio|permanentemente|da conta',
  install: 'baixe e (?:instale|execute)|descarregue e instale|instale|execute',
  admin: 'administrador|propriet[aá]rio|dono|colaborador',
  add: 'adicione|adiciona|convide|nomeie',
  fromMe: 'mensagem (?:importante )?(?:minha|da minha parte|de mim)',
  toYou: 'para voc[eê]|para ti|a voc[eê]',
  beforeTask: `antes de (?:poder )?(?:resolver|concluir|completar|realizar|fazer)\\s{1,3}a (?:tarefa|sua tarefa)\\b${gap(30)}\\b(?:que (?:eu )?te dei|que lhe dei|inicial|original)`,
});

/** Russian requests for sensitive agent actions. */
const russian = spaced('ru', /[\u0400-\u04ff]/, {
  please: 'пожалуйста|ты должен|вы должны|тебе нужно|вам нужно|обязательно|срочно',
  transfer: 'переведи|переведите|отправь|отправьте|перечисли|перечислите|заплати|заплатите|оплати|оплатите',
  to: 'на|в|по',
  account: 'сч[её]т|счета|iban|кошел[её]к|кошелька|карту|карты',
  grant: 'дай|дайте|предоставь|предоставьте|выдай|выдайте|открой|откройте',
  access: 'доступ|права|разрешения|привилегии',
  forward: 'перешли|перешлите|отправь|отправьте|пересылай|выгрузи|выгрузите|экспортируй',
  everything: 'все|всю|весь|каждое|каждый',
  records: 'письма|сообщения|контакты|файлы|документы|фото|переписку|историю|пароли|учетные данные|учётные данные',
  send: 'отправь|отправьте|пришли|пришлите|перешли|перешлите|сообщи|сообщите|передай|передайте',
  secret: 'пароль|пароли|ключ|ключи|токен|учетные данные|учётные данные|код подтверждения|сид-фразу|номер карты',
  change: 'измени|измените|смени|смените|сбрось|сбросьте|поменяй|поменяйте|установи',
  password: 'пароль|пин-код|резервную почту|адрес электронной почты|почту|номер телефона',
  disable: 'отключи|отключите|выключи|выключите|деактивируй|деактивируйте',
  protection: 'двухфакторн[а-яё]{0,4}|2fa|сигнализаци[а-яё]{0,2}|камер[а-яё]{0,2} (?:видеонаблюдения|безопасности)|систем[а-яё]{0,2} безопасности|файрвол|брандмауэр|антивирус',
  remove: 'удали|удалите|сотри|сотрите|уничтожь|очисти',
  files: 'файлы|письма|сообщения|документы|фото|данные|контакты|резервные копии',
  mine: 'мои|мой|моего|моей|пользователя|навсегда|безвозвратно',
  install: 'скачай и (?:установи|запусти)|скачайте и (?:установите|запустите)|установи|установите|запусти|запустите',
  admin: 'администратор[а-яё]{0,2}|владельц[а-яё]{0,2}|соавтор[а-яё]{0,2}',
  add: 'добавь|добавьте|пригласи|пригласите|назначь|назначьте|сделай',
  fromMe: '(?:важное )?сообщение от меня',
  toYou: 'тебе|вам|для тебя|для вас',
  beforeTask: `прежде чем (?:ты сможешь |вы сможете )?(?:решить|выполнить|сделать|начать)\\s{1,3}(?:задачу|задание)\\b${gap(30)}\\b(?:которую я (?:тебе|вам) дал|которое я (?:тебе|вам) дал|из начала|исходн[а-яё]{0,3})`,
});

/** Chinese requests (no word boundaries; imperative and polite markers). */
const zhAsk = '(?:请|請|务必|務必|你必须|你必須|立即|马上|馬上|麻烦|麻煩)';
const zhVerbLed = [
  `(?:转账|轉帳|汇款|匯款|支付|付款)${cjkGap(8)}(?:${amount}|\\d[\\d,.]{0,12}\\s?(?:元|块))${cjkGap(40)}(?:账户|賬戶|帐户|帳戶|账号|賬號|钱包|錢包|卡号|卡號|${number})`,
  `(?:授予|给予|給予|开放|開放)${cjkGap(30)}(?:访问权限|訪問權限|权限|權限)${cjkGap(40)}${handle}`,
  `(?:把|将|將)(?:所有|全部)(?:的)?${cjkGap(10)}(?:邮件|郵件|文件|联系人|聯絡人|聊天记录|聊天記錄|照片|密码|密碼)${cjkGap(12)}(?:转发|轉發|发送|發送|上传|上傳)${cjkGap(10)}${destination}`,
  `(?:转发|轉發|发送|發送)(?:所有|全部)${cjkGap(20)}(?:邮件|郵件|文件|联系人|聯絡人|聊天记录|照片)${cjkGap(20)}${destination}`,
  `(?:把|将|將)?(?:你的|我的|用户的|用戶的)?(?:密码|密碼|私钥|私鑰|密钥|密鑰|验证码|驗證碼|助记词|助記詞|api\\s?key|令牌)${cjkGap(30)}${destination}`,
  `(?:把|将|將)(?:密码|密碼|恢复邮箱|恢復郵箱|绑定邮箱|綁定郵箱|手机号|手機號)(?:修改|更改|改|重置)(?:为|為|成)${cjkGap(4)}(?:["'“「][^"'”」\\n]{3,40}["'”」]|${email}|[a-z!@#$%^&*]{1,20}\\d[\\w!@#$%^&*]{0,20})`,
  `(?:关闭|關閉|禁用|停用|解除)${cjkGap(10)}(?:双重认证|雙重認證|双因素|雙因素|两步验证|兩步驗證|2fa|报警|報警|警报|警報|安防系统|安全摄像头|监控摄像头|防火墙|防火牆|杀毒软件)`,
  `(?:删除|刪除|清空|抹掉)(?:所有|全部)${cjkGap(20)}(?:文件|邮件|郵件|照片|数据|數據|联系人|聯絡人|备份|備份)`,
  `(?:下载并安装|下載並安裝|下载并运行|下載並運行|安装|安裝)${cjkGap(40)}${url}`,
  `(?:把|将|將)${handle}${cjkGap(20)}(?:添加|加|设|設)(?:为|為)${cjkGap(10)}(?:管理员|管理員|所有者|协作者|協作者)`,
];
const chinese: LanguageRules = {
  language: 'zh',
  script: /[\u4e00-\u9fff]/,
  patterns: {
    'action-request': [
      `${zhAsk}[，,:：\\s]{0,2}(?:${zhVerbLed.join('|')})`,
      `(?:把|将|將)(?:所有|全部)(?:的)?${cjkGap(10)}(?:邮件|郵件|文件|联系人|聯絡人|聊天记录|聊天記錄|照片)${cjkGap(12)}(?:转发|轉發|发送|發送|上传|上傳)${cjkGap(10)}${destination}`,
      `在你(?:能够|能夠|可以)?(?:完成|解决|解決|执行|執行)我(?:最初|一开始|一開始|开始时|開始時)?(?:给|給|交给|交給)你的任务之前`,
    ],
  },
};

/** Japanese requests (polite forms: ～してください, ～しなさい). */
const japanese: LanguageRules = {
  language: 'ja',
  script: /[\u3040-\u30ff]/,
  patterns: {
    'action-request': [
      `${amount}${cjkGap(40)}(?:口座|ウォレット|${number})${cjkGap(30)}(?:に|へ)${cjkGap(10)}(?:送金|振り込み|振込|振り込んで|送って|送信)${cjkGap(6)}(?:してください|して下さい|しなさい|しろ|ください|下さい)`,
      `(?:口座|ウォレット|${number})${cjkGap(30)}(?:に|へ)${cjkGap(20)}${amount}${cjkGap(10)}(?:を)?(?:送金|振り込み|振込|振り込んで|送って)${cjkGap(6)}(?:してください|して下さい|しなさい|しろ|ください|下さい)`,
      `${handle}${cjkGap(30)}(?:に|へ)${cjkGap(30)}(?:永久|完全な|管理者|フル)?(?:アクセス権|アクセス|権限)${cjkGap(10)}(?:を)?(?:付与|与え|許可|共有)${cjkGap(6)}(?:してください|して下さい|しなさい|ください)`,
      `(?:すべて|全て|全部)の${cjkGap(10)}(?:メール|ファイル|連絡先|写真|履歴|パスワード)${cjkGap(30)}${destination}${cjkGap(20)}(?:転送|送信|送って|共有|アップロード)${cjkGap(6)}(?:してください|して下さい|しなさい|ください)`,
      `(?:パスワード|秘密鍵|APIキー|認証コード|リカバリーフレーズ|トークン)${cjkGap(30)}${destination}${cjkGap(20)}(?:送信|送って|転送|共有)${cjkGap(6)}(?:してください|して下さい|しなさい|ください)`,
      `(?:パスワード|回復用メール|メールアドレス|電話番号)${cjkGap(10)}(?:を)${cjkGap(4)}(?:["'“「][^"'”」\\n]{3,40}["'”」]|${email}|[a-z!@#$%^&*]{1,20}\\d[\\w!@#$%^&*]{0,20})${cjkGap(6)}(?:に)(?:変更|リセット)${cjkGap(6)}(?:してください|して下さい|しなさい)`,
      `(?:二要素認証|二段階認証|2fa|警報|アラーム|防犯カメラ|セキュリティシステム|ファイアウォール|ウイルス対策)${cjkGap(6)}(?:を)(?:無効に|オフに|解除|停止)${cjkGap(6)}(?:してください|して下さい|しなさい)`,
      `(?:すべて|全て|全部)の${cjkGap(20)}(?:ファイル|メール|写真|データ|連絡先|バックアップ)${cjkGap(6)}(?:を)(?:削除|消去)${cjkGap(6)}(?:してください|して下さい|しなさい)`,
      `${url}[^\\s]{0,120}${cjkGap(20)}(?:から)${cjkGap(20)}(?:ダウンロードしてインストール|ダウンロードして実行|インストール)${cjkGap(6)}(?:してください|して下さい|しなさい)`,
      `${handle}${cjkGap(20)}(?:を)${cjkGap(20)}(?:管理者|オーナー|共同編集者)(?:として|に)(?:追加|招待|設定)${cjkGap(6)}(?:してください|して下さい|しなさい)`,
      `(?:私が|わたしが)(?:最初に)?(?:あなたに)?(?:与えた|出した|依頼した)(?:タスク|課題|仕事)を(?:解決|完了|実行|開始)する前に`,
    ],
  },
};

/** Request-for-action rules for Spanish, French, German, Italian, Portuguese, Russian, Chinese and Japanese. */
export const agentActionsMultilingual: readonly LanguageRules[] = [
  spanish, french, german, italian, portuguese, russian, chinese, japanese,
];
