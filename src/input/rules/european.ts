import { clauseGap, gap, type LanguageRules } from './types.ts';

// Accents are optional everywhere: attackers drop them and the skeleton view strips them.

/** Spanish phrasings. */
export const spanish: LanguageRules = {
  language: 'es',
  imperatives: 'ignora|desactiva|revela|env[ií]a|debes|inmediatamente|obedece',
  script: /\b(?:el|y|que|al|los|las|para|pero|como|est[aá]|usuario|esto|usted|todas|todos|ahora|del|una|instrucciones|ignora|olvida|eres|tus|sistema)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:ignora|ignore|ignorar|ignoren|olvida|olviden|descarta|descartar|omite|omitir|desobedece|haz caso omiso (?:de|a))\\b${clauseGap(40)}\\b(?:instrucci[oó]n(?:es)?|[oó]rdenes|reglas|indicaciones|directrices|normas|prompt)\\b`,
      `\\b(?:nuevas|verdaderas) (?:instrucciones|[oó]rdenes|reglas)\\s*:`,
      `\\ba partir de (?:ahora|este momento)\\b${clauseGap(30)}\\b(?:ignora|olvida|no sigas)\\b`,
    ],
    'role-switch': [
      `\\ba partir de (?:ahora|este momento)\\b${clauseGap(30)}\\b(?:eres|ser[aá]s|debes|responder[aá]s|ignora|solo)\\b`,
      `\\b(?:ahora eres|act[uú]a como|finge (?:ser|que eres)|comp[oó]rtate como)\\b${gap(30)}\\b(?:sin (?:restricciones|l[ií]mites|filtros|reglas|censura)|dan|malvad[oa]|libre)`,
      `\\bmodo (?:sin restricciones|jailbreak|dan)\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:revela|muestra|mu[eé]strame|imprime|repite|dime|escribe|comparte|divulga)\\b${gap(30)}\\b(?:tu|tus|el|las|sus)\\s+(?:(?:instrucciones|prompt|mensaje)(?: del sistema| iniciales| originales| ocultas)?|configuraci[oó]n (?:oculta|interna))\\b`,
    ],
    exfiltration: [
      `\\b(?:env[ií]a|enviar|manda|mandar|reenv[ií]a|sube|publica|transmite|filtra)\\b${gap(60)}\\b(?:datos|conversaci[oó]n|historial|contrase[nñ]as?|credenciales|claves?|correos?|archivos?|informaci[oó]n|mensajes)\\b${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.|\\besta (?:url|direcci[oó]n))`,
    ],
    'authority-claim': [
      `\\b(?:mensaje|instrucci[oó]n|aviso|orden|nota) (?:oficial |urgente |importante )?(?:del|de la|de los) (?:administrador|sistema|desarrolladores?|equipo de seguridad|soporte t[eé]cnico|openai|direcci[oó]n)\\b`,
      `\\b(?:soy|somos) (?:tu|el|los|su) (?:desarrollador|administrador|creador|operador)(?:es)?\\b`,
    ],
    'hidden-step': [
      `\\b(?:no (?:le |les )?(?:digas|diga|menciones|mencione|informes|informe|avises|avise|reveles|muestres)|sin (?:decirle|informar|avisar|que lo sepa)) (?:(?:nada )?(?:al|a los|a la) )?(?:usuario|usuaria|cliente|persona|destinatario)`,
      `\\b(?:en secreto|silenciosamente|discretamente|a escondidas|sin que nadie lo note)\\b${gap(20)}\\b(?:env[ií]a|reenv[ií]a|ejecuta|llama|borra|elimina|transfiere|a[nñ]ade|visita|abre)\\b`,
    ],
    'tool-hijack': [
      `\\b(?:llama|invoca|usa|utiliza|ejecuta) (?:a )?(?:la |el )?(?:herramienta|funci[oó]n|navegador)\\b${gap(40)}\\b(?:para|y)\\b${gap(20)}\\b(?:enviar|visitar|borrar|eliminar|abrir|descargar|reenviar)\\b`,
    ],
  },
};

/** French phrasings. */
export const french: LanguageRules = {
  language: 'fr',
  imperatives: 'ignore[zr]?|d[eé]sactive[zr]?|r[eé]v[eè]le[zr]?|envoie[zr]?|vous devez|tu dois|imm[eé]diatement|ob[eé]is',
  script: /\b(?:les|des|est|pour|avec|vous|tu|une|dans|pas|sont|instructions|ignore[zr]?|oublie[zr]?|consignes|votre|ton)\b/i,
  patterns: {
    'instruction-override': [
      // "Ignore" and "instructions" are English words too: the bare imperative needs a French word after it ("ignore les/tes ...").
      `\\b(?:ignore[zr]|ignore(?=\\s+(?:les|tes|vos|toutes|tous|ces|mes|la|le|l'|cette|ce|donc|simplement|maintenant|compl[eè]tement|d[eé]sormais)\\b)|oublie[zr]?|n[eé]glige[zr]?|ne tiens? pas compte|ne tenez pas compte|fais abstraction|faites abstraction|fais fi|faites fi|outrepasse[zr]?)\\b${clauseGap(40)}\\b(?:instructions?|consignes?|r[eè]gles|directives?|ordres|prompt|indications)\\b`,
      `\\b(?:nouvelles|vraies|v[eé]ritables) (?:instructions|consignes|r[eè]gles)\\s*:`,
      `\\b(?:[àa] partir de maintenant|d[eé]sormais|dor[eé]navant)\\b${clauseGap(30)}\\b(?:ignore|oublie|ne suis plus)\\b`,
    ],
    'role-switch': [
      `\\b(?:[àa] partir de maintenant|d[eé]sormais|dor[eé]navant)\\b${clauseGap(30)}\\b(?:tu es|vous [eê]tes|tu dois|vous devez|tu vas|r[eé]ponds|ignore)\\b`,
      `\\b(?:tu es maintenant|vous [eê]tes maintenant|agis comme|agissez comme|fais semblant d'[eê]tre|comporte-toi comme)\\b${gap(30)}\\b(?:sans (?:restrictions?|limites?|filtres?|r[eè]gles|censure)|dan|mal[eé]fique|libre|non censur[eé])`,
      `\\bmode (?:sans restrictions?|jailbreak|dan)\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:r[eé]v[eè]le[zr]?|montre[zr]?|montre-moi|affiche[zr]?|r[eé]p[eè]te[zr]?|dis-moi|donne-moi|[eé]cris|partage[zr]?|divulgue[zr]?)\\b${gap(30)}\\b(?:ton|tes|votre|vos|le|les)\\s+(?:prompt(?: syst[eè]me)?|instructions(?: syst[eè]me| initiales| d'origine| cach[eé]es)?|consignes(?: initiales| cach[eé]es)?|message syst[eè]me)\\b`,
    ],
    exfiltration: [
      `\\b(?:envoie[zr]?|transmets|transmettez|transf[eè]re[zr]?|publie[zr]?|t[eé]l[eé]verse[zr]?|fais suivre)\\b${gap(60)}\\b(?:donn[eé]es|conversation|historique|mots? de passe|identifiants|cl[eé]s?|e-?mails?|fichiers?|informations|messages)\\b${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.|\\bcette (?:url|adresse))`,
    ],
    'authority-claim': [
      `\\b(?:message|instruction|avis|ordre|note) (?:officiel(?:le)? |urgent(?:e)? |important(?:e)? )?(?:de l'|du |des |de la )(?:administrateur|syst[eè]me|d[eé]veloppeurs?|[eé]quipe de s[eé]curit[eé]|support technique|openai|direction)\\b`,
      `\\b(?:je suis|nous sommes) (?:ton|votre|le|les) (?:d[eé]veloppeur|administrateur|cr[eé]ateur|op[eé]rateur)s?\\b`,
    ],
    'hidden-step': [
      `\\b(?:ne (?:le |lui |leur )?(?:dis|dites|mentionne|mentionnez|r[eé]v[eè]le|r[eé]v[eé]lez|signale|signalez) (?:rien |pas |jamais )(?:[àa] )?(?:l'|les? |la )?(?:utilisat(?:eur|rice)|client|destinataire|personne)|sans (?:le dire|pr[eé]venir|informer|avertir) (?:[àa] )?(?:l'|les? )?(?:utilisat(?:eur|rice)|client|destinataire))`,
      `\\b(?:en secret|silencieusement|discr[eè]tement|en cachette|sans que personne ne le remarque)\\b${gap(20)}\\b(?:envoie|transf[eè]re|ex[eé]cute|appelle|supprime|efface|ajoute|visite|ouvre)\\b`,
    ],
  },
};

/** German phrasings. */
export const german: LanguageRules = {
  language: 'de',
  imperatives: 'ignorier|deaktivier|verrate|sende|schicke|du musst|sie m[uü]ssen|sofort|gehorche',
  script: /\b(?:der|die|das|und|ist|nicht|ein|eine|mit|sie|du|ich|anweisungen|vergiss|ignoriere|alle|dem|den)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|missachte(?:n)?|[uü]bergeh(?:e|en)|verwirf|verwerfen sie|setze?|beachte(?:n sie)? nicht)\\b${clauseGap(40)}\\b(?:anweisungen|anweisung|instruktionen|befehle|regeln|vorgaben|richtlinien|prompt|anordnungen)\\b`,
      `\\b(?:alle |die )?(?:vorherigen|bisherigen|obigen|vorangegangenen|urspr[uü]nglichen|fr[uü]heren) (?:anweisungen|instruktionen|befehle|regeln|vorgaben)\\b${clauseGap(30)}\\b(?:ignorier|vergiss|vergessen|missacht|gelten nicht|sind ung[uü]ltig|au[sß]er kraft|nicht mehr)`,
      `\\b(?:neue|echte|tats[aä]chliche) (?:anweisungen|instruktionen|regeln|aufgabe)\\s*:`,
      `\\b(?:ab (?:jetzt|sofort)|von nun an)\\b${clauseGap(30)}\\b(?:ignorier|vergiss|missachte)\\b`,
    ],
    'role-switch': [
      `\\b(?:ab (?:jetzt|sofort)|von nun an)\\b${clauseGap(30)}\\b(?:bist du|du bist|sind sie|musst du|antwortest du|ignorier|nur noch)\\b`,
      `\\b(?:du bist (?:jetzt|nun|ab sofort)|verhalte dich wie|tu so,? als|spiele die rolle)\\b${gap(30)}\\b(?:ohne (?:einschr[aä]nkungen|grenzen|filter|regeln|zensur)|dan|b[oö]se|frei|unzensiert|uneingeschr[aä]nkt)`,
      `\\b(?:jailbreak|dan)-?modus\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:zeig(?:e|en sie)?|gib|geben sie|verrate|verraten sie|wiederhole|wiederholen sie|nenne|nennen sie|schreib|drucke|teile)\\b${gap(30)}\\b(?:deine[nm]?|ihre[nm]?|den|die)\\s+(?:(?:urspr[uü]nglichen|geheimen|versteckten|vollst[aä]ndigen)\\s+)?(?:system-?prompt|systemanweisungen|anweisungen|instruktionen|systemnachricht|prompt)\\b`,
    ],
    exfiltration: [
      `\\b(?:sende|senden sie|schicke?|schicken sie|leite|[uü]bermittle|lade|poste|veröffentliche)\\b${gap(60)}\\b(?:daten|unterhaltung|gespr[aä]ch|verlauf|passw[oö]rter|passwort|zugangsdaten|schl[uü]ssel|e-?mails?|dateien|informationen|nachrichten)\\b${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.|\\bdiese (?:url|adresse))`,
    ],
    'authority-claim': [
      `\\b(?:(?:offizielle|dringende|wichtige) )?(?:nachricht|anweisung|mitteilung|anordnung|hinweis) (?:vom|von der|von den|des|der) (?:administrator|admin|system|entwickler(?:n|team)?|sicherheitsteam|it-abteilung|openai|gesch[aä]ftsf[uü]hrung)\\b`,
      `\\b(?:ich bin|wir sind) (?:dein|ihr|der|die) (?:entwickler|administrator|sch[oö]pfer|betreiber)\\b`,
    ],
    'hidden-step': [
      `\\b(?:sag(?:e|en sie)?|erz[aä]hl(?:e|en sie)?|erw[aä]hne(?:n sie)?|verrate(?:n sie)?|informiere(?:n sie)?)\\s+(?:dem|den|der)\\s+(?:benutzer|nutzer|kunden|empf[aä]nger|anwender)(?:in|innen)?\\s+(?:nichts|nicht)\\b`,
      `\\bohne (?:den|die|dass der) (?:benutzer|nutzer|kunden|empf[aä]nger|anwender)\\w{0,4}\\s+(?:zu informieren|zu benachrichtigen|es merkt|davon wei[sß])`,
      `\\b(?:heimlich|unbemerkt|stillschweigend|im geheimen|verdeckt)\\b${gap(30)}\\b(?:senden|sende|schicke|schicken|weiterleiten|leite|ausf[uü]hren|f[uü]hre|l[oö]sche|l[oö]schen|[uü]berweise|[oö]ffne|besuche)\\b`,
    ],
  },
};

/** Italian phrasings. */
export const italian: LanguageRules = {
  language: 'it',
  imperatives: 'ignora|disattiva|rivela|invia|devi|immediatamente|obbedisci',
  script: /\b(?:il|gli|della|che|sono|per|non|una|con|istruzioni|ignora|dimentica|tutte|sei|tuo|le)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:ignora|ignori|ignorate|dimentica|dimentichi|dimenticate|trascura|tralascia|non seguire|non tenere conto)\\b${clauseGap(40)}\\b(?:istruzioni|istruzione|regole|direttive|ordini|indicazioni|prompt)\\b`,
      `\\b(?:nuove|vere) (?:istruzioni|regole|direttive)\\s*:`,
      `\\b(?:d'ora in poi|da ora in poi|da adesso)\\b${clauseGap(30)}\\b(?:ignora|dimentica|non seguire)\\b`,
    ],
    'role-switch': [
      `\\b(?:d'ora in poi|da ora in poi|da adesso)\\b${clauseGap(30)}\\b(?:sei|sarai|devi|risponderai|ignora)\\b`,
      `\\b(?:ora sei|adesso sei|comportati come|fingi di essere|agisci come)\\b${gap(30)}\\b(?:senza (?:restrizioni|limiti|filtri|regole|censura)|dan|malvagio|libero)`,
      `\\bmodalit[aà] (?:senza restrizioni|jailbreak|dan)\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:rivela|mostra|mostrami|stampa|ripeti|dimmi|scrivi|condividi)\\b${gap(30)}\\b(?:il tuo|le tue|il|le)\\s+(?:prompt(?: di sistema)?|istruzioni(?: di sistema| iniziali| originali| nascoste)?|messaggio di sistema)\\b`,
    ],
    exfiltration: [
      `\\b(?:invia|inviare|manda|mandare|inoltra|carica|pubblica|trasmetti)\\b${gap(60)}\\b(?:dati|conversazione|cronologia|password|credenziali|chiavi|email|file|informazioni|messaggi)\\b${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.|\\bquesto (?:url|indirizzo))`,
    ],
    'authority-claim': [
      `\\b(?:messaggio|istruzione|avviso|ordine|comunicazione) (?:ufficiale |urgente |importante )?(?:dall'|dal |dai |della |del )(?:amministratore|sistema|sviluppatori?|team di sicurezza|supporto tecnico|openai|direzione)\\b`,
    ],
    'hidden-step': [
      `\\b(?:non (?:dire|dirlo|dirgli|informare|avvisare|menzionare|rivelare)|senza (?:dirlo|informare|avvisare)) (?:nulla |niente )?(?:all'|al |ai |alla )?(?:utente|cliente|destinatario|persona)`,
      `\\b(?:segretamente|in segreto|silenziosamente|di nascosto)\\b${gap(20)}\\b(?:invia|inoltra|esegui|chiama|cancella|elimina|trasferisci|aggiungi|visita|apri)\\b`,
    ],
  },
};

/** Portuguese phrasings. */
export const portuguese: LanguageRules = {
  language: 'pt',
  imperatives: 'ignore|desative|revele|envie|voc[eê] deve|imediatamente|obede[cç]a',
  script: /\b(?:os|as|para|que|n[aã]o|uma|com|voc[eê]|s[aã]o|instru[cç][oõ]es|ignore|esque[cç]a|todas|seu|suas|do|da)\b/i,
  patterns: {
    'instruction-override': [
      `\\b(?:ignore|ignora|ignorar|ignorem|esque[cç]a|esque[cç]am|esquece|desconsidere|desconsidera|despreze|n[aã]o siga)\\b${clauseGap(40)}\\b(?:instru[cç](?:[oõ]es|[aã]o)|regras|ordens|diretrizes|orienta[cç][oõ]es|comandos|prompt)\\b`,
      `\\b(?:novas|verdadeiras) (?:instru[cç][oõ]es|regras|ordens)\\s*:`,
      `\\ba partir de agora\\b${clauseGap(30)}\\b(?:ignore|esque[cç]a|n[aã]o siga)\\b`,
    ],
    'role-switch': [
      `\\ba partir de agora\\b${clauseGap(30)}\\b(?:voc[eê] [eé]|voc[eê] ser[aá]|voc[eê] deve|tu [eé]s|responda|ignore)\\b`,
      `\\b(?:agora voc[eê] [eé]|aja como|finja ser|comporte-se como|atue como)\\b${gap(30)}\\b(?:sem (?:restri[cç][oõ]es|limites|filtros|regras|censura)|dan|malvad[oa]|livre)`,
      `\\bmodo (?:sem restri[cç][oõ]es|jailbreak|dan)\\b`,
    ],
    'prompt-extraction': [
      `\\b(?:revele|revela|mostre|mostra|imprima|repita|diga|diz|escreva|compartilhe)\\b${gap(30)}\\b(?:seu|suas|seus|o|as|tuas?)\\s+(?:prompt(?: do sistema)?|instru[cç][oõ]es(?: do sistema| iniciais| originais| ocultas)?|mensagem do sistema)\\b`,
    ],
    exfiltration: [
      `\\b(?:envie|envia|enviar|mande|manda|encaminhe|encaminha|carregue|publique|transmita)\\b${gap(60)}\\b(?:dados|conversa|hist[oó]rico|senhas?|credenciais|chaves?|e-?mails?|arquivos?|informa[cç][oõ]es|mensagens)\\b${gap(50)}(?:https?:\\/\\/|@[\\w-]{1,64}\\.|\\beste (?:url|endere[cç]o))`,
    ],
    'authority-claim': [
      `\\b(?:mensagem|instru[cç][aã]o|aviso|ordem|comunicado) (?:oficial |urgente |importante )?(?:do|da|dos) (?:administrador|sistema|desenvolvedor(?:es)?|equipe de seguran[cç]a|suporte t[eé]cnico|openai|diretoria)\\b`,
    ],
    'hidden-step': [
      `\\b(?:n[aã]o (?:diga|conte|informe|avise|mencione|revele)|sem (?:dizer|informar|avisar|contar)) (?:nada )?(?:ao|aos|[aà]) (?:usu[aá]ri[oa]|cliente|destinat[aá]rio|pessoa)`,
      `\\b(?:secretamente|em segredo|silenciosamente|discretamente|escondido)\\b${gap(20)}\\b(?:envie|encaminhe|execute|chame|apague|exclua|transfira|adicione|visite|abra)\\b`,
    ],
  },
};
