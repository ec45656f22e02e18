import { aiCompanies, aiNames, englishModes, personaRules, quoteOpen } from './persona-jailbreaks-grammar.ts';
import { gap, type LanguageRules } from './types.ts';

// Persona jailbreaks, indirect prompt probes and planted verdicts in Italian (tu and Lei), Dutch (je and u) and Polish
// (ty and Pan/Pani). Polish endings are matched as stems plus a few letters. Written for this project.

const raw = String.raw;
const apostrophe = raw`['’]`;

const itPolicyNoun = raw`(?:politiche|politica|norme|regole|linee\s{1,3}guida|restrizioni|filtri|limiti|termini\s{1,3}di\s{1,3}(?:utilizzo|servizio)|programmazione)`;
const itPolicy = raw`(?:(?:le\s{1,3}|la\s{1,3}|i\s{1,3})?${itPolicyNoun}(?:\s{1,3}(?:sui\s{1,3}contenuti|di\s{1,3}(?:contenuto|utilizzo|sicurezza)))?\s{1,3}(?:di|della|dell${apostrophe})\s{0,3}${aiNames}|politiche?\s{1,3}(?:sui|dei)\s{1,3}contenuti)`;
const itConversation = raw`(?:prima|all${apostrophe}inizio)\s{1,3}d(?:i|ella|el)\s{1,3}(?:(?:questa|nostra)\s{1,3})?(?:conversazione|chat|sessione)\b`;
const itGroup = raw`(?:ebrei|musulmani|cristiani|neri|arabi|asiatici|immigrati|migranti|rifugiati|stranieri|donne|omosessuali|gay|lesbiche|rom|zingari|africani|meridionali|disabili|transessuali|persone\s{1,3}\p{L}{2,15}|minoranze)`;

/** Italian, with tu and Lei forms. */
export const italianPersona: LanguageRules = personaRules({
  language: 'it',
  script: /morale|etica|scrupoli|politiche|linee guida|regole|openai|chatgpt|gpt|nsfw|qualsiasi cosa|rifiut|censur|filtr|modalit|dipendente|ingegnere|dimentic|conversazione|inizializzazione|prompt|rivelare|complet|termina|nota|avviso|negativ|innocu|legittim|malevol|frasi|battute|restrizion|limiti|censura|illegale|immorale|pericolos|inizia|cominci|inizi/i,
  persona: raw`\b(?:personaggio|ruolo|alter\s{1,3}ego|gioco\s{1,3}di\s{1,3}ruolo|interpreta|interpreti|fingi|finga|fai\s{1,3}finta\s{1,3}di|faccia\s{1,3}finta\s{1,3}di|immagina\s{1,3}di\s{1,3}essere|(?:sei|[eè]\s{1,3}lei|sarai)\s{1,3}(?:ora|adesso|d${apostrophe}ora\s{1,3}in\s{1,3}poi)|(?:da\s{1,3}(?:ora|adesso)\s{1,3}in\s{1,3}poi|d${apostrophe}ora\s{1,3}in\s{1,3}poi),?\s{1,3}(?:sei|sarai|lei\s{1,3}[eè])|(?:ia|bot|chatbot|assistente|modello|entit[aà])\s{1,3}(?:chiamat[oa]|di\s{1,3}nome))\b`,
  policyTrait: raw`(?:\b(?:non|mai)\s{1,3}(?:[eè]\s{1,3}|sei\s{1,3}|sar[aà]i?\s{1,3})?(?:pi[uù]\s{1,3})?(?:vincolat[oa]|legat[oa]|limitat[oa]|soggett[oa]|obbligat[oa]|tenut[oa])\s{1,3}(?:a|da|dalle|dai|alle|ai)\s{1,3}(?:nessuna\s{1,3}(?:delle\s{1,3})?)?${itPolicy}`
    + raw`|\bnon\s{1,3}(?:deve|devi)\s{1,3}(?:pi[uù]\s{1,3})?(?:rispettare|seguire|obbedire\s{1,3}a)\s{1,3}${itPolicy}`
    + raw`|\b(?:ignora|ignori|ignorano|infrange|infrangi|viola|violi|se\s{1,3}ne\s{1,3}frega\s{1,3}d(?:i|elle|ei)|dimentica|dimentichi|aggira|aggiri)\s{1,3}(?:tutte\s{1,3})?${itPolicy}`
    + raw`|\b(?:il\s{1,3}|i\s{1,3})?(?:contenut[oi]\s{1,3})?(?:nsfw|illegal[ei]|espliciti?|immorali?|violenti?|offensivi?)\s{1,3}(?:[eè]|sono)\s{1,3}(?:ora\s{1,3}|sempre\s{1,3}|del\s{1,3}tutto\s{1,3})?(?:permess[oi]|consentit[oi]|ammess[oi]|autorizzat[oi])\b`
    + raw`|\b(?:pu[oò]|puoi)\s{1,3}fare\s{1,3}qualsiasi\s{1,3}cosa\s{1,3}(?:ora|adesso)\b|\bdo\s{1,3}anything\s{1,3}now\b)`,
  answersAs: raw`(?:\b(?:(?:rispondi|risponda|risponderai|parla|parli)\s{1,3}(?:sempre\s{1,3}|solo\s{1,3}|soltanto\s{1,3})?come|(?:resta|rimani|rimanga|resti)\s{1,3}(?:sempre\s{1,3})?(?:nel\s{1,3}(?:personaggio|ruolo)|in\s{1,3}(?:personaggio|parte))|non\s{1,3}(?:uscire|esca|rompere)\s{1,3}mai\s{1,3}dal\s{1,3}(?:personaggio|ruolo)|(?:a|per)\s{1,3}(?:ogni|ciascuna|tutte\s{1,3}le)\s{1,3}(?:mia\s{1,3}|mie\s{1,3})?(?:domand[ae]|richiest[ae]|messaggi?|prompt)|rispondi\s{1,3}sempre|prefisso)\b|\b(?:char|persona|ruolo|regole)\s{0,2}=)`,
  moralTrait: raw`(?:\b(?:senza|non\s{1,3}ha|non\s{1,3}hai|privo\s{1,3}di|priva\s{1,3}di|nessuna)\s{1,3}(?:alcuna?\s{1,3})?(?:morale|etica|scrupoli|principi\s{1,3}(?:morali|etici)|limiti\s{1,3}(?:morali|etici)|bussola\s{1,3}morale|filtri\s{1,3}(?:morali|etici))\b`
    + raw`|\b(?:amorale|jailbroken|jailbreakat[oa])\b|\b(?:ia|versione|modalit[aà]|modello|chatbot|assistente|bot|rispost[ae])\s{1,3}(?:senza\s{1,3}(?:censura|filtri|restrizioni|limiti)|non\s{1,3}censurat[aoei]|non\s{1,3}filtrat[aoei])\b`
    + raw`|\bnon\s{1,3}(?:si\s{1,3}rifiuta|ti\s{1,3}rifiuti|rifiuta|rifiuti|rifiuter[aà]i?|si\s{1,3}rifiuter[aà])\s{1,3}mai\s{1,3}(?:di\s{1,3}rispondere|(?:una|nessuna|alcuna)\s{1,3}(?:richiesta|domanda|risposta))\b`
    + raw`|\b(?:non\s{1,3}gli\s{1,3}importa|non\s{1,3}le\s{1,3}importa|non\s{1,3}ti\s{1,3}importa|se\s{1,3}ne\s{1,3}frega)\s{1,3}(?:se\s{1,3}(?:qualcosa|una\s{1,3}cosa)\s{1,3}[eè]\s{1,3}(?:illegale|immorale|non\s{1,3}etic[oa]|pericolos[oa])|della\s{1,3}(?:morale|etica|legalit[aà]))\b`
    + raw`|\bnessuna\s{1,3}(?:regola|restrizione|censura)\s{0,2},\s{0,3}nessun[oa]?\s{1,3}(?:limite|filtro|regola|censura|restrizione)\b)`,
  mode: raw`(?:\bmodalit[aà]\s{1,3}(?:sviluppatore|debug|manutenzione|admin(?:istratore)?|dio|sudo|root|jailbreak|dan|senza\s{1,3}restrizioni)|\b${englishModes})\s{0,3}(?::\s{0,3})?(?:[eè]\s{1,3}(?:stata\s{1,3})?|ora\s{1,3})?(?:attivat[ao]|abilitat[ao]|sbloccat[ao]|attiva|on|enabled)\b`,
  aiContext: raw`(?:openai|open ai|anthropic|chatgpt|\bgpt\b|claude|gemini|\bllm\b|modello\s{1,3}(?:linguistico|di\s{1,3}linguaggio)|non\s{1,3}rispondere\s{1,3}come|\b(?:le\s{1,3}tue|i\s{1,3}tuoi)\s{1,3}(?:regole|filtri|restrizioni|linee\s{1,3}guida|istruzioni|limiti))`,
  employee: raw`\b(?:sono|siamo|come)\s{1,3}(?:un\s{1,3}|una\s{1,3})?(?:dipendente|impiegat[oa]|ingegnere|sviluppat(?:ore|rice)|programmat(?:ore|rice)|ricercat(?:ore|rice)|amministrat(?:ore|rice)|moderat(?:ore|rice)|membro\s{1,3}del\s{1,3}team)\s{1,3}(?:di|della|del|presso|in)\s{1,3}${aiCompanies}\b`,
  modify: raw`\b(?:modificare|modifico|modificando|cambiare|cambio|cambiando|aggiornare|aggiornando|regolare|rimuovere|rimuovendo|disattivare|disattivando|eliminare|aggirare|riprogrammare|riprogrammando|sbloccare)\s{1,3}(?:le\s{1,3}tue|i\s{1,3}tuoi|le\s{1,3}sue|i\s{1,3}suoi|le|i)\s{1,3}(?:\p{L}{2,14}\s{1,3})?(?:linee\s{1,3}guida|regole|norme|istruzioni|restrizioni|filtri|politiche|impostazioni|configurazione|programmazione|limiti)\b`,
  override: [
    raw`\b(?:dimentica|dimentichi|dimenticate|ignora|ignori)\s{1,3}tutto\s{1,3}(?:ci[oò]\s{1,3}|quello\s{1,3})?che\b${gap(60)}${itConversation}`,
  ],
  extraction: [
    raw`\b(?:cosa|che\s{1,3}cosa|quali\s{1,3}(?:istruzioni|indicazioni|direttive))\s{1,3}(?:(?:ti|le)\s{1,3}(?:[eè]\s{1,3}stat[oae]|hanno|avevano|sono\s{1,3}stat[ei])|hai|ha)\s{1,3}(?:dett[oa]|dat[oaei]|ordinat[oa]|chiest[oa]|fornit[oaei]|comunicat[oaei]|ricevut[oaei])\s{1,3}${itConversation}`,
    raw`\b(?:il\s{1,3}testo|le\s{1,3}istruzioni|il\s{1,3}messaggio|il\s{1,3}prompt)\s{1,3}che\s{1,3}(?:(?:ti|le)\s{1,3}(?:[eè]\s{1,3}stat[oae]\s{1,3}|sono\s{1,3}stat[ei]\s{1,3}|hanno\s{1,3})?(?:dat[oaei]|fornit[oaei]|passat[oaei]|inviat[oaei])|(?:hai|ha)\s{1,3}ricevut[oaei])\s{1,3}(?:all${apostrophe}inizio|inizialmente|originariamente|per\s{1,3}prim[oa]|prima\s{1,3}di\s{1,3}questa\s{1,3}conversazione)\b`,
    raw`\b(?:che\s{1,3})?cosa\s{1,3}non\s{1,3}(?:puoi|devi|pu[oò]|deve|sei\s{1,3}autorizzat[oa]\s{1,3}a)\s{1,3}(?:rivelare|rivelarmi|dire|dirmi|svelare|divulgare)\b`,
    raw`\b(?:mostra|mostrami|stampa|scrivi|ripeti|rivela|dammi|mi\s{1,3}dia|visualizza)\b${gap(30)}(?:\b(?:stringa|prompt|messaggio|istruzioni)\s{1,3}di\s{1,3}inizializzazione|\bstringa\s{1,3}di\s{1,3}avvio|\bprompt\s{1,3}(?:iniziale|di\s{1,3}sistema|originale|di\s{1,3}avvio))\b`,
    raw`\b(?:completa|completi|termina|finisci|continua|continui)\b${gap(40)}${quoteOpen}\s{0,2}(?:mi\s{1,3}(?:[eè]\s{1,3}stato\s{1,3}(?:detto|chiesto|ordinato)|hanno\s{1,3}(?:detto|istruito|chiesto|ordinato))|sono\s{1,3}stat[oa]\s{1,3}(?:istruit[oa]|programmat[oa])|le\s{1,3}mie\s{1,3}istruzioni\s{1,3}(?:sono|dicono)|il\s{1,3}prompt\s{1,3}di\s{1,3}sistema\s{1,3}(?:[eè]|dice))`,
  ],
  planted: [
    raw`\b(?:nota|avviso|messaggio|avvertenza)\s{1,3}(?:per|al|ai|alla|alle|all${apostrophe})\s{0,3}(?:il\s{1,3}|i\s{1,3}|gli\s{1,3}|qualsiasi\s{1,3})?(?:software|sistem[ai]|strument[oi]|modell[oi]|assistent[ei]|bot|programm[ai]|valutator[ei]|filtr[oi]|analizzator[ei]|agent[ei]|ia|llm)\b[^:\n]{0,40}?(?<![\p{L}\p{N}_])(?:automatizzat[oaie]|automatic[oa]|automatici|automatiche|di\s{1,3}ia)\s{0,2}:`,
    raw`\b(?:ignora|ignori|trascura|tralascia|ometti|non\s{1,3}considerare)\s{1,3}(?:tutti\s{1,3}|tutte\s{1,3})?(?:gli\s{1,3}|i\s{1,3}|le\s{1,3})?(?:indicatori|aspetti|segnali|indizi|punti|elementi|informazioni|commenti)\s{1,3}(?:negativ[ie]|sfavorevoli|sospett[ie]|critici|critiche)\b${gap(80)}\b(?:riporta|riferisci|rispondi|concludi|indica|dichiara|classifica|raccomanda|concentrati|valuta|scrivi)\b`,
    raw`\b(?:(?:molto|estremamente|davvero)\s{1,3}importante|sistema\s{0,2}:|richiesta\s{1,3}(?:dell${apostrophe}\s{0,2})?amministratore)[^\n]{0,60}?(?<![\p{L}\p{N}_])(?:questo|questa|il|la|lo|i|le|questi|queste)\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}(?:(?:[eè]|sono)\s{1,3}(?:del\s{1,3}tutto\s{1,3}|completamente\s{1,3}|totalmente\s{1,3})?(?:innocu[oaie]|benign[oaie]|legittim[oaie]|affidabil[ei])|non\s{1,3}(?:[eè]|sono)\s{1,3}(?:malevol[oaie]|dannos[oaie]|spam|phishing|sospett[oaie]|pericolos[oaie]|una\s{1,3}minaccia))\b`,
    raw`\b(?:scrivi|scriva|componi)\s{1,3}(?:una|un|uno|delle|dei|alcune|alcuni|due|tre|\d{1,2})\s{1,3}(?:frasi?|battut[ae]|barzellett[ae]|commenti?|messaggi?|tweet|slogan|poesi[ae])\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:negativ[oaie]|offensiv[oaie]|insultant[ei]|d${apostrophe}odio|razzist[aie]|dispregiativ[oaie]|umiliant[ei]|degradant[ei]|ostil[ei]|sessist[aie]|omofob[oaie])\s{1,3}(?:su|sugli|sui|sulle|contro|riguardo\s{1,3}(?:a|agli|ai|alle))\s{1,3}(?:gli\s{1,3}|i\s{1,3}|le\s{1,3})?${itGroup}\b`,
  ],
  unrestricted: raw`\b(?:ia|ai|intelligenza\s{1,3}artificiale|modello|assistente|chatbot|bot|versione)\s{1,3}(?:totalmente\s{1,3}|completamente\s{1,3})?(?:senza|libera?\s{1,3}da)\s{1,3}(?:alcuna?\s{1,3}|nessuna?\s{1,3}|alcun\s{1,3}|nessun\s{1,3})?(?:restrizion[ei]|limit[ei]|filtr[oi]|censura|regol[ae])\b|\bper\s{1,3}quanto\s{1,3}(?:illegale|immorale|pericolos[oa])\s{1,3}(?:sia|possa\s{1,3}essere)\b`,
  answerPrefix: raw`\b(?:inizia|cominci|comincia|inizi)\s{1,3}(?:ogni|ciascuna|tutte\s{1,3}le\s{1,3}tue)\s{1,3}(?:risposta|risposte|messaggio|messaggi)\s{1,3}con\s{0,3}["'“‘«»]`,
});

const nlPolicyNoun = raw`(?:richtlijnen|regels|beleid|contentbeleid|inhoudsbeleid|gebruiksbeleid|beperkingen|filters|voorwaarden|programmering)`;
const nlPolicy = raw`(?:(?:de\s{1,3}|het\s{1,3})?${nlPolicyNoun}\s{1,3}van\s{1,3}${aiNames}|${aiNames}(?:${apostrophe}s|-)?\s{0,3}${nlPolicyNoun}|(?:content|inhouds|gebruiks)beleid)`;
const nlConversation = raw`(?:vóór|voor|aan\s{1,3}het\s{1,3}begin\s{1,3}van)\s{1,3}(?:dit|ons|het|deze)\s{1,3}(?:gesprek|chat|sessie|conversatie)\b`;
const nlTarget = raw`(?:je|jouw|uw|de|het)\s{1,3}(?:\p{L}{2,14}\s{1,3})?(?:richtlijnen|regels|instructies|beperkingen|filters|beleid|instellingen|configuratie|programmering|grenzen)`;
const nlGroup = raw`(?:joden|moslims|christenen|zwarten|arabieren|aziaten|immigranten|migranten|vluchtelingen|buitenlanders|vrouwen|homo${apostrophe}?s|homoseksuelen|lesbiennes|marokkanen|turken|afrikanen|gehandicapten|transgenders|minderheden|\p{L}{2,15}\s{1,3}mensen)`;

/** Dutch, with je/jij and u forms. */
export const dutchPersona: LanguageRules = personaRules({
  language: 'nl',
  script: /moraal|ethiek|ethische|morele|scrupules|richtlijnen|regels|beleid|openai|chatgpt|gpt|nsfw|alles doen|weiger|wijst|gecensureerd|gefilterd|schelen|modus|mode|medewerker|ontwikkelaar|vergeet|gesprek|initialisatie|opstart|vertellen|maak|voltooi|notitie|opmerking|negatieve|onschadelijk|legitiem|kwaadaardig|zinnen|grappen|beperking|grenzen|censuur|begin|start/i,
  persona: raw`\b(?:persona|personage|rol|alter\s{1,3}ego|rollenspel|speel\s{1,3}(?:de\s{1,3})?rol|doe\s{1,3}alsof|doet\s{1,3}u\s{1,3}alsof|stel\s{1,3}je\s{1,3}voor\s{1,3}dat\s{1,3}je|(?:je\s{1,3}bent|jij\s{1,3}bent|u\s{1,3}bent)\s{1,3}(?:nu|vanaf\s{1,3}nu|voortaan)|(?:vanaf\s{1,3}nu|voortaan|van\s{1,3}nu\s{1,3}af\s{1,3}aan)\s{1,3}(?:ben\s{1,3}(?:je|jij)|bent\s{1,3}u|speel\s{1,3}je)|(?:ai|bot|chatbot|assistent|model|entiteit)\s{1,3}(?:genaamd|met\s{1,3}de\s{1,3}naam))\b`,
  policyTrait: raw`(?:\b(?:niet|niet\s{1,3}langer|nooit|niet\s{1,3}meer)\s{1,3}(?:gebonden|beperkt|onderworpen)\s{1,3}(?:(?:is|zijn|bent)\s{1,3})?(?:aan|door)\s{1,3}${nlPolicy}`
    + raw`|\b(?:hoeft|hoef|hoeven)\s{1,3}(?:zich|je|u)\s{1,3}niet\s{1,3}(?:meer\s{1,3})?(?:te\s{1,3}houden\s{1,3})?aan\s{1,3}${nlPolicy}`
    + raw`|\b(?:negeert|negeer|negeren|schendt|omzeilt|omzeil|vergeet|trekt\s{1,3}zich\s{1,3}niets\s{1,3}aan\s{1,3}van|maalt\s{1,3}niet\s{1,3}om)\s{1,3}(?:alle\s{1,3})?${nlPolicy}`
    + raw`|\b(?:nsfw|illegale|expliciete|onethische|immorele|gewelddadige)(?:-?\s{0,2}(?:inhoud|content|onderwerpen|verzoeken))?\s{1,3}(?:is|zijn)\s{1,3}(?:nu\s{1,3}|altijd\s{1,3}|helemaal\s{1,3}|gewoon\s{1,3})?(?:toegestaan|welkom)\b`
    + raw`|\b(?:kan|kun|kunt)\s{1,3}(?:je\s{1,3}|u\s{1,3})?nu\s{1,3}alles\s{1,3}doen\b|\bdo\s{1,3}anything\s{1,3}now\b)`,
  answersAs: raw`(?:\b(?:(?:antwoord|antwoordt|antwoorden|reageer|spreek)\s{1,3}(?:altijd\s{1,3}|alleen\s{1,3}|uitsluitend\s{1,3})?als|(?:blijf|blijft\s{1,3}u)\s{1,3}(?:altijd\s{1,3})?in\s{1,3}(?:je|jouw|uw|de)\s{1,3}(?:rol|personage)|(?:val|stap)\s{1,3}nooit\s{1,3}uit\s{1,3}(?:je|jouw|uw|de)\s{1,3}(?:rol|personage)|(?:op|bij)\s{1,3}(?:elke|iedere|al\s{1,3}mijn)\s{1,3}(?:vraag|vragen|verzoek|verzoeken|bericht|berichten|prompt|prompts)|antwoord\s{1,3}altijd|prefix)\b|\b(?:char|persona|rol|regels)\s{0,2}=)`,
  moralTrait: raw`(?:\b(?:geen|zonder(?:\s{1,3}enige)?)\s{1,3}(?:moraal|ethiek|normen\s{1,3}en\s{1,3}waarden|scrupules|morele\s{1,3}(?:grenzen|bezwaren|richtlijnen|principes|kompas|filter)|ethische\s{1,3}(?:grenzen|bezwaren|richtlijnen|principes|filter))\b`
    + raw`|\b(?:amoreel|amorele|jailbroken)\b|\b(?:ongecensureerde?|ongefilterde?|onbeperkte?)\s{1,3}(?:ai|versie|modus|model|chatbot|assistent|bot|taalmodel|antwoorden|antwoord)\b`
    + raw`|\b(?:weigert|weiger|weigeren)\s{1,3}(?:nooit|nimmer)\s{1,3}(?:een\s{1,3}(?:antwoord|verzoek|vraag|opdracht)|(?:om\s{1,3})?te\s{1,3}antwoorden)\b|\b(?:wijst|wijs)\s{1,3}(?:nooit|nimmer)\s{1,3}(?:een\s{1,3})?(?:verzoek|vraag|opdracht)\s{1,3}af\b`
    + raw`|\b(?:niet|niets)\s{1,3}(?:uit|schelen)\s{0,2},?\s{1,3}of\s{1,3}(?:iets|het|dingen)\s{1,3}(?:illegaal|immoreel|onethisch|gevaarlijk|schadelijk)\b`
    + raw`|\bgeen\s{1,3}(?:regels|grenzen|limieten|filters|censuur|beperkingen)\s{0,2},\s{0,3}geen\s{1,3}(?:regels|grenzen|limieten|filters|censuur|beperkingen|wetten)\b)`,
  mode: raw`\b(?:ontwikkelaars|developer|debug|dev|onderhouds|beheerders|admin|god|sudo|root|jailbreak|dan)[ _-]{0,2}(?:modus|mode)\s{0,3}(?:[:=]\s{0,3}|\s(?:is\s|werd\s|staat\s)?(?:nu\s)?)(?:geactiveerd|ingeschakeld|ontgrendeld|actief|aangezet|enabled|aan(?![ \t]{0,2}[\p{L}\p{N}]))`,
  aiContext: raw`(?:openai|open ai|anthropic|chatgpt|\bgpt\b|claude|gemini|\bllm\b|taalmodel|antwoord\s{1,3}niet\s{1,3}als|\b(?:je|jouw|uw)\s{1,3}(?:richtlijnen|regels|filters|beperkingen|instructies|programmering))`,
  employee: raw`\b(?:ik\s{1,3}ben|wij\s{1,3}zijn|we\s{1,3}zijn|als)\s{1,3}(?:een\s{1,3})?(?:${aiCompanies}-?\s{0,3}(?:medewerker|werknemer|ontwikkelaar|engineer|ingenieur|programmeur|onderzoeker|beheerder|moderator)s?|(?:medewerker|werknemer|ontwikkelaar|engineer|ingenieur|programmeur|onderzoeker|beheerder|moderator)s?\s{1,3}(?:van|bij)\s{1,3}${aiCompanies})\b`,
  modify: raw`(?:\b(?:pas|wijzig|verander|verwijder|schakel|hef|omzeil|reset|ontgrendel|werk)\s{1,3}${nlTarget}|${nlTarget}${gap(20)}\b(?:aanpassen|wijzigen|veranderen|verwijderen|uitschakelen|opheffen|omzeilen|herprogrammeren|resetten|ontgrendelen|bijwerken|aan\s{1,3}te\s{1,3}passen|te\s{1,3}wijzigen|aangepast|gewijzigd|uitgeschakeld))\b`,
  override: [
    raw`\b(?:vergeet(?:\s{1,3}u)?|negeer)\s{1,3}alles\s{0,2},?\s{0,3}(?:wat|dat)\b${gap(60)}${nlConversation}`,
  ],
  extraction: [
    raw`\bwat\s{1,3}(?:is|werd|heeft\s{1,3}men|hebben\s{1,3}ze)\s{1,3}(?:je|jou|u)\s{1,3}${nlConversation}\s{1,3}(?:verteld|gezegd|opgedragen|gegeven|meegegeven|geïnstrueerd)\b`,
    raw`\bwelke\s{1,3}(?:instructies|opdrachten|richtlijnen)\s{1,3}(?:heb\s{1,3}je|heeft\s{1,3}u|kreeg\s{1,3}je|kreeg\s{1,3}u)\s{1,3}${nlConversation}`,
    raw`\b(?:de\s{1,3}tekst|de\s{1,3}instructies|het\s{1,3}bericht|de\s{1,3}prompt)\s{1,3}die\s{1,3}(?:je|jij|u)\s{1,3}(?:aan\s{1,3}het\s{1,3}begin|in\s{1,3}het\s{1,3}begin|aanvankelijk|oorspronkelijk|eerst|vooraf|als\s{1,3}eerste)\s{1,3}(?:hebt\s{1,3}|heeft\s{1,3}|had\s{1,3})?(?:gekregen|ontvangen|kreeg)\b`,
    raw`\bwat\s{1,3}(?:mag|mocht)\s{1,3}(?:je|jij|u)\s{1,3}(?:mij\s{1,3}|me\s{1,3}|ons\s{1,3})?niet\s{1,3}(?:vertellen|zeggen|onthullen|prijsgeven)\b`,
    raw`\b(?:toon|laat|print|geef|herhaal|schrijf|onthul)\b${gap(30)}\b(?:initialisatie|init|opstart|boot)[ -]?(?:string|tekenreeks|prompt|instructies|bericht)\b`,
    raw`\b(?:maak|vul|voltooi|vervolg)\b${gap(40)}${quoteOpen}\s{0,2}(?:ik\s{1,3}(?:ben|werd)\s{1,3}(?:geïnstrueerd|opgedragen|geprogrammeerd)|mij\s{1,3}(?:is|werd)\s{1,3}(?:gezegd|verteld|opgedragen)|mijn\s{1,3}(?:instructies|regels|richtlijnen)\s{1,3}(?:zijn|luiden)|de\s{1,3}systeemprompt\s{1,3}(?:is|luidt))`,
  ],
  planted: [
    raw`\b(?:notitie|opmerking|bericht)\s{1,3}(?:voor|aan)\s{1,3}(?:de\s{1,3}|het\s{1,3}|alle\s{1,3}|elke\s{1,3})?(?:geautomatiseerde|automatische|ai-?)\s{0,3}\p{L}{0,20}(?:software|systemen|systeem|tools?|modellen|model|assistenten|bots?|beoordelaars?|filters?|scanners?|analyse|lezers?)\s{0,2}:`,
    raw`\b(?:negeer|negeert)\s{1,3}(?:alle\s{1,3})?(?:negatieve|ongunstige|verdachte|kritische)\s{1,3}(?:indicatoren|aspecten|signalen|punten|bevindingen|informatie|opmerkingen|kenmerken)\b${gap(80)}\b(?:rapporteer|meld|antwoord|concludeer|zeg|geef|beoordeel|classificeer|adviseer|focus|concentreer)\b`,
    raw`\b(?:(?:heel|erg|zeer|extreem)\s{1,3}belangrijk|systeem\s{0,2}:|beheerdersverzoek)[^\n]{0,60}?(?<![\p{L}\p{N}_])(?:deze|dit|de|het)\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}(?:is|zijn)\s{1,3}(?:volledig\s{1,3}|helemaal\s{1,3}|volkomen\s{1,3})?(?:onschadelijk|onschuldig|legitiem|betrouwbaar|niet\s{1,3}(?:kwaadaardig|schadelijk|verdacht|gevaarlijk)|geen\s{1,3}(?:spam|phishing|bedreiging))\b`,
    raw`\bschrijf\s{1,3}(?:een|twee|drie|enkele|wat|\d{1,2})\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:negatieve|beledigende|haatdragende|hatelijke|racistische|kwetsende|denigrerende|vernederende|vijandige|seksistische|homofobe)\s{1,3}(?:zinnen|zin|grappen|grap|opmerkingen|opmerking|berichten|bericht|tweets?|leuzen|gedichten)\s{1,3}(?:over|tegen)\s{1,3}(?:de\s{1,3})?${nlGroup}\b`,
  ],
  unrestricted: raw`\b(?:ai|ki|model|assistent|chatbot|bot|versie)\s{1,3}(?:volledig\s{1,3}|helemaal\s{1,3})?zonder\s{1,3}(?:enige\s{1,3}|alle\s{1,3})?(?:beperking(?:en)?|grenzen|filters?|censuur|regels)\b`,
  answerPrefix: raw`\b(?:begin|start)\s{1,3}(?:elk|ieder|elke|iedere|al\s{1,3}je)\s{1,3}(?:antwoord|antwoorden|bericht|berichten)\s{1,3}met\s{0,3}["'“‘«»]`,
});

const plPolicyNoun = raw`(?:zasad\p{L}{0,3}|polityk\p{L}{0,3}|wytyczn\p{L}{0,3}|regu[lł]\p{L}{0,3}|ogranicze\p{L}{0,3}|filtr\p{L}{0,3}|regulamin\p{L}{0,3})`;
const plPolicy = raw`(?:${plPolicyNoun}(?:\s{1,3}(?:tre[sś]ci|bezpiecze[nń]stwa|u[zż]ytkowania))?\s{1,3}(?:firmy\s{1,3})?${aiNames}|polityk\p{L}{0,3}\s{1,3}tre[sś]ci)`;
const plConversation = raw`przed\s{1,3}(?:tą|naszą|rozpoczęciem)\s{1,3}(?:rozmow\p{L}{1,2}|czat\p{L}{0,2}|sesj\p{L}{1,2}|tej\s{1,3}rozmowy|naszej\s{1,3}rozmowy)\b`;
const plGroup = raw`(?:żyd\p{L}{0,3}|muzułman\p{L}{1,3}|chrześcijan\p{L}{1,3}|czarn\p{L}{1,3}|arab\p{L}{1,3}|azjat\p{L}{1,3}|imigrant\p{L}{1,3}|migrant\p{L}{1,3}|uchodźc\p{L}{1,3}|obcokrajowc\p{L}{1,3}|cudzoziemc\p{L}{1,3}|kobiet\p{L}{0,3}|gej\p{L}{1,3}|homoseksualist\p{L}{1,3}|lesbij\p{L}{1,3}|rom(?:ach|ów|ami|owie)|ukraińc\p{L}{1,3}|niepełnosprawn\p{L}{1,3}|osob\p{L}{1,3}\s{1,3}\p{L}{2,15}|mniejszości\p{L}{0,3})`;

/** Polish, with ty and Pan/Pani forms. */
export const polishPersona: LanguageRules = personaRules({
  language: 'pl',
  script: /moraln|etyk|skrupuł|zasad|wytyczn|openai|chatgpt|gpt|nsfw|wszystko|odmawia|odmówi|ocenzurowan|filtrowan|obchodzi|tryb|pracownik|inżynier|zapomnij|rozmow|inicjaliz|ujawni|dokończ|uzupełnij|uwaga|notatka|negatywn|nieszkodliw|złośliw|zdani|żart|ograniczeń|limitów|cenzur|bez /i,
  persona: raw`\b(?:person(?:a|ę|y|ie|ą)|posta[cć]\p{L}{0,3}|rol(?:a|ę|i|ą)|alter\s{1,3}ego|odgrywa\p{L}{0,3}\s{1,3}rol\p{L}|wciel\s{1,3}się|udawaj|udaj|wyobraź\s{1,3}sobie,?\s{1,3}że\s{1,3}jesteś|od\s{1,3}(?:teraz|tej\s{1,3}chwili|dziś)\s{0,2},?\s{0,3}(?:jesteś|będziesz|jest\s{1,3}pan|jest\s{1,3}pani)|jesteś\s{1,3}(?:teraz|od\s{1,3}teraz)|(?:ai|si|bot|chatbot|asystent|model|byt)\s{1,3}(?:o\s{1,3}nazwie|nazywan\p{L}{1,3}|zwan\p{L}{1,3}))\b`,
  policyTrait: raw`(?:\b(?:nie|już\s{1,3}nie)\s{1,3}(?:jest|jesteś|obowiązują|obowiązuje|musi|musisz)\s{1,3}(?:już\s{1,3})?(?:(?:związan|ograniczon|zobowiązan|podporządkowan)\p{L}{1,2}\s{1,3}|przestrzegać\s{1,3})?(?:przez\s{1,3}|żadnymi\s{1,3}|jej\s{1,3}|go\s{1,3}|cię\s{1,3})?${plPolicy}`
    + raw`|\b(?:ignoruje|ignorujesz|łamie|łamiesz|omija|omijasz|lekceważy|lekceważysz|olewa|olewasz|zapomnij\s{1,3}o)\s{1,3}(?:wszystkie\s{1,3}|wszelkie\s{1,3})?${plPolicy}`
    + raw`|\b(?:treści\s{1,3})?(?:nsfw|nielegalne|wulgarne|nieetyczne|niemoralne|brutalne|erotyczne)(?:\s{1,3}treści)?\s{1,3}(?:są|jest)\s{1,3}(?:teraz\s{1,3}|zawsze\s{1,3}|całkowicie\s{1,3})?(?:dozwolon\p{L}{1,2}|akceptowan\p{L}{1,2}|w\s{1,3}porządku)\b`
    + raw`|\b(?:może|możesz)\s{1,3}(?:teraz\s{1,3}(?:zrobić|robić)\s{1,3}wszystko|(?:zrobić|robić)\s{1,3}teraz\s{1,3}wszystko)\b|\bdo\s{1,3}anything\s{1,3}now\b)`,
  answersAs: raw`(?:\b(?:(?:odpowiadaj|odpowiedz|odpowiadasz|mów|pisz)\s{1,3}(?:zawsze\s{1,3}|tylko\s{1,3}|wyłącznie\s{1,3})?jako|(?:pozostań|zostań|trzymaj\s{1,3}się)\s{1,3}(?:zawsze\s{1,3})?(?:w\s{1,3})?(?:roli|postaci)|nie\s{1,3}wychodź\s{1,3}(?:nigdy\s{1,3})?z\s{1,3}(?:roli|postaci)|(?:na\s{1,3})?(?:każd\p{L}{1,2}|wszystkie)\s{1,3}(?:moj\p{L}{1,2}\s{1,3})?(?:pytani\p{L}{1,2}|prośb\p{L}{1,2}|wiadomoś\p{L}{1,2}|prompt\p{L}{0,2})|zawsze\s{1,3}odpowiadaj|prefiks\p{L}{0,2})\b|\b(?:char|persona|rola|zasady)\s{0,2}=)`,
  moralTrait: raw`(?:\b(?:bez|nie\s{1,3}ma|nie\s{1,3}masz|pozbawion\p{L}{1,2})\s{1,3}(?:żadnej\s{1,3}|żadnych\s{1,3}|jakiejkolwiek\s{1,3})?(?:moralności|etyki|skrupułów|zasad\s{1,3}(?:moralnych|etycznych)|granic\s{1,3}(?:moralnych|etycznych)|kompasu\s{1,3}moralnego|moralnych\s{1,3}(?:zasad|granic|oporów)|etycznych\s{1,3}(?:zasad|granic))\b`
    + raw`|\b(?:amoraln\p{L}{1,3}|jailbroken)\b|\b(?:nieocenzurowan|niefiltrowan|nieograniczon)\p{L}{1,3}\s{1,3}(?:ai|si|wersj\p{L}|tryb\p{L}{0,2}|model\p{L}{0,2}|chatbot\p{L}{0,2}|asystent\p{L}{0,2}|bot\p{L}{0,2}|odpowied\p{L}{1,3})\b`
    + raw`|\b(?:nigdy\s{1,3})?nie\s{1,3}(?:odmawia|odmawiasz|odmówi|odmówisz|odmawiaj)\s{1,3}(?:odpowiedzi|odpowiedzenia|żadnej\s{1,3}prośbie|żadnemu\s{1,3}poleceniu|wykonania)\b`
    + raw`|\b(?:nie\s{1,3}obchodzi\s{1,3}(?:go|jej|cię)|nie\s{1,3}przejmuje\s{1,3}się|ma\s{1,3}gdzieś)\s{0,2},?\s{0,3}(?:czy\s{1,3}(?:coś|to)\s{1,3}jest\s{1,3}(?:nielegalne|niemoralne|nieetyczne|niebezpieczne)|moralnoś\p{L}{1,2}|etyk\p{L}{1,2}|praw\p{L}{0,2})\b`
    + raw`|\bżadnych\s{1,3}(?:zasad|reguł|granic|limitów|filtrów|ograniczeń|cenzury)\s{0,2},\s{0,3}żadnych\s{1,3}(?:zasad|reguł|granic|limitów|filtrów|ograniczeń|cenzury|praw)\b)`,
  mode: raw`(?:\btryb\s{1,3}(?:dewelopera|programisty|debugowania|debug|serwisowy|administratora|admina|boga|sudo|root|jailbreak|dan|bez\s{1,3}ograniczeń)|\b${englishModes})\s{0,3}(?::\s{0,3})?(?:jest\s{1,3}|został\s{1,3})?(?:teraz\s{1,3})?(?:włączony|aktywowany|aktywny|odblokowany|on|enabled)\b`,
  aiContext: raw`(?:openai|open ai|anthropic|chatgpt|\bgpt\b|claude|gemini|\bllm\b|model\p{L}{0,2}\s{1,3}językow\p{L}{1,3}|nie\s{1,3}odpowiadaj\s{1,3}jako|\b(?:twoje|twoich|twoimi)\s{1,3}(?:zasad\p{L}{0,3}|reguł\p{L}{0,2}|filtr\p{L}{0,2}|ogranicze\p{L}{1,3}|instrukcj\p{L}{1,2}|wytyczn\p{L}{1,3}))`,
  employee: raw`\b(?:jestem|jesteśmy|jako)\s{1,3}(?:pracownik\p{L}{0,3}|inżynier\p{L}{0,3}|programist\p{L}{1,2}|deweloper\p{L}{0,2}|badacz\p{L}{0,2}|administrator\p{L}{0,2}|moderator\p{L}{0,2}|członk\p{L}{1,2}\s{1,3}zespołu)\s{1,3}(?:firmy\s{1,3}|w\s{1,3}|z\s{1,3})?${aiCompanies}\b`,
  modify: raw`\b(?:zmieni\p{L}{1,4}|zmodyfikow\p{L}{1,4}|modyfik\p{L}{1,4}|zaktualizow\p{L}{1,4}|usun\p{L}{1,3}|usuwa\p{L}{1,3}|wyłącz\p{L}{0,3}|znies\p{L}{1,3}|obej\p{L}{1,3}|przeprogramow\p{L}{1,4}|odblok\p{L}{1,5})\s{1,3}(?:twoje|twoich|twoją|pana|pani|te|swoje)\s{1,3}(?:\p{L}{2,14}\s{1,3})?(?:zasad\p{L}{0,3}|wytyczn\p{L}{1,3}|reguł\p{L}{0,2}|instrukcj\p{L}{1,2}|ogranicze\p{L}{1,3}|filtr\p{L}{0,2}|ustawie\p{L}{1,3}|konfiguracj\p{L}{1,2}|programowani\p{L}{1,2})\b`,
  override: [
    raw`\b(?:zapomnij|zapomnijcie|zignoruj)\s{1,3}(?:o\s{1,3})?(?:wszystkim|wszystko)\s{0,2},?\s{0,3}(?:co|czego)\b${gap(60)}${plConversation}`,
  ],
  extraction: [
    raw`\b(?:co\s{1,3}(?:ci|panu|pani)\s{1,3}(?:powiedziano|kazano|polecono|przekazano|zlecono)|jakie\s{1,3}(?:instrukcje|polecenia|wytyczne)\s{1,3}(?:dostałeś|dostałaś|otrzymałeś|otrzymałaś|otrzymał\s{1,3}pan|otrzymała\s{1,3}pani))\s{1,3}${plConversation}`,
    raw`\b(?:tekst|instrukcj\p{L}{1,2}|wiadomoś\p{L}{1,2}|prompt)\s{0,2},?\s{1,3}któr\p{L}{1,3}\s{1,3}(?:ci\s{1,3}|panu\s{1,3}|pani\s{1,3})?(?:dano|przekazano|dostałeś|dostałaś|otrzymałeś|otrzymałaś|podano)\s{1,3}(?:na\s{1,3}(?:początku|starcie)|początkowo|pierwotnie|najpierw|przed\s{1,3}tą\s{1,3}rozmową)\b`,
    raw`\bczego\s{1,3}(?:ci\s{1,3}|panu\s{1,3}|pani\s{1,3})?nie\s{1,3}(?:wolno|możesz|powinieneś|powinnaś)\s{1,3}(?:mi\s{1,3})?(?:ujawni\p{L}{1,3}|powiedzie\p{L}{1,2}|mówi\p{L}{1,2}|zdradzi\p{L}{1,2})\b`,
    raw`\b(?:pokaż|wyświetl|wypisz|podaj|powtórz|ujawnij|wydrukuj)\b${gap(30)}(?:\b(?:ciąg\p{L}{0,2}|tekst\p{L}{0,2}|prompt\p{L}{0,2}|instrukcj\p{L}{1,2}|komunikat\p{L}{0,2})\s{1,3}(?:inicjalizacyjn\p{L}{1,3}|inicjalizacji)|\b(?:ciąg\p{L}{0,2}|prompt\p{L}{0,2})\s{1,3}(?:startow\p{L}{1,3}|rozruchow\p{L}{1,3}))\b`,
    raw`\b(?:dokończ|uzupełnij|kontynuuj)\b${gap(40)}${quoteOpen}\s{0,2}(?:(?:zostałem|zostałam)\s{1,3}(?:poinstruowan\p{L}{1,2}|zaprogramowan\p{L}{1,2})|kazano\s{1,3}mi|polecono\s{1,3}mi|powiedziano\s{1,3}mi|moje\s{1,3}(?:instrukcje|zasady|wytyczne)\s{1,3}(?:to|brzmią|mówią)|prompt\s{1,3}systemowy\s{1,3}(?:to|brzmi))`,
  ],
  planted: [
    raw`\b(?:uwaga|notatka|wiadomość|informacja)\s{1,3}(?:dla|do)\s{1,3}(?:automatyczn\p{L}{1,3}|zautomatyzowan\p{L}{1,3}|ai|si)\s{1,3}(?:oprogramowani\p{L}{1,2}|system\p{L}{0,3}|narzędzi\p{L}{0,2}|model\p{L}{0,3}|asystent\p{L}{0,3}|bot\p{L}{0,3}|filtr\p{L}{0,3}|skaner\p{L}{0,3}|analizator\p{L}{0,3}|agent\p{L}{0,3}|recenzent\p{L}{0,3})(?:\s{1,3}\p{L}{2,15}){0,2}\s{0,2}:`,
    raw`\b(?:zignoruj|ignoruj|pomiń|pomijaj)\s{1,3}(?:wszystkie\s{1,3}|wszelkie\s{1,3})?(?:negatywne|niekorzystne|podejrzane|krytyczne)\s{1,3}(?:wskaźniki|aspekty|sygnały|informacje|elementy|punkty|uwagi|cechy|ustalenia)\b${gap(80)}\b(?:zgłoś|raportuj|odpowiedz|napisz|stwierdź|oceń|sklasyfikuj|poleć|zarekomenduj|skup)\b`,
    raw`\b(?:(?:bardzo|niezwykle|naprawdę)\s{1,3}ważne|system\s{0,2}:|prośba\s{1,3}administratora)[^\n]{0,60}?(?<![\p{L}\p{N}_])(?:ten|ta|to|te|ci)\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}(?:(?:jest|są)\s{1,3}(?:całkowicie\s{1,3}|zupełnie\s{1,3}|w\s{1,3}pełni\s{1,3})?(?:nieszkodliw\p{L}{1,2}|legaln\p{L}{1,2}|wiarygodn\p{L}{1,2})|nie\s{1,3}(?:jest|są)\s{1,3}(?:złośliw\p{L}{1,2}|szkodliw\p{L}{1,2}|spamem|phishingiem|podejrzan\p{L}{1,2}|niebezpieczn\p{L}{1,2}|zagrożeniem))\b`,
    raw`\b(?:napisz|napiszcie|ułóż)\s{1,3}(?:jedno|jeden|jedną|dwa|dwie|trzy|kilka|parę|\d{1,2})\s{1,3}(?:\p{L}{2,12}\s{1,3})?(?:negatywn\p{L}{1,3}|obraźliw\p{L}{1,3}|nienawistn\p{L}{1,3}|rasistowsk\p{L}{1,3}|pogardliw\p{L}{1,3}|poniżając\p{L}{1,3}|wrogi\p{L}{0,3}|seksistowsk\p{L}{1,3}|homofobiczn\p{L}{1,3})\s{1,3}(?:zda\p{L}{1,4}|żart\p{L}{0,3}|dowcip\p{L}{0,3}|komentarz\p{L}{0,3}|wpis\p{L}{0,3}|hasł\p{L}{1,2}|wiersz\p{L}{0,3})\s{1,3}(?:o|na\s{1,3}temat|przeciwko)\s{1,3}${plGroup}\b`,
  ],
  unrestricted: raw`\b(?:ai|si|sztuczn\p{L}{1,3}\s{1,3}inteligencj\p{L}|model|asystent|chatbot|bot|wersj\p{L})\s{1,3}(?:całkowicie\s{1,3})?bez\s{1,3}(?:żadnych\s{1,3}|jakichkolwiek\s{1,3})?(?:ograniczeń|limitów|filtrów|cenzury|zasad|reguł)\b`,
});
