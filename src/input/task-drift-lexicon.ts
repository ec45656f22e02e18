/**
 * Word lists of the task-drift finding (src/input/task-drift.ts), per language: how a request to an assistant opens
 * (a question word, a polite "can you", or an imperative verb of assistant work), how a request points back at the
 * document it sits in ("the text above", "dieser Artikel"), and the function words that carry no topic. All written
 * for this project. Languages without spaces between words (Chinese, Japanese) are not covered: their topic overlap
 * cannot be measured by words.
 */

const alternatives = (list: string): string => list.trim().split(/\s*\|\s*/u).map((entry) => entry.replace(/ /gu, '\\s+')).join('|');

const questionWords = alternatives(`
what's | what | how | who | why | when | where | which | can you | could you | would you | will you | do you know |
was | wie | wer | warum | wieso | wann | wo | welche | welcher | welches | kannst du | können sie | könntest du |
qu'est-ce | que | quel | quelle | quels | quelles | comment | qui | pourquoi | quand | où | peux-tu | pouvez-vous | sais-tu |
qué | cómo | quién | quiénes | por qué | cuándo | dónde | cuál | cuáles | puedes | podrías | sabes |
cosa | che cosa | come | chi | perché | quando | dove | quale | quali | puoi | potresti | sai |
o que | como | quem | por que | porque | qual | quais | você pode | pode | podes | sabe |
wat | hoe | wie | waarom | wanneer | waar | welke | kun je | kunt u | weet je
`);

const taskVerbs = alternatives(`
explain | describe | write | compose | draft | develop | provide | translate | summarize | summarise | list | give | tell |
create | generate | break down | show | outline | suggest | recommend | define | calculate | compute | convert | replace |
rewrite | design | compare | discuss | analyze | analyse | identify | brainstorm | propose | craft | produce | prepare |
formulate | illustrate | elaborate on | teach | devise | sketch | narrate | recite | invent | imagine | pretend |
erkläre | erklären sie | erkläre mir | beschreibe | beschreiben sie | schreibe | schreib | schreiben sie | verfasse | entwirf |
übersetze | übersetzen sie | fasse | nenne | liste | gib | erstelle | erzähle | vergleiche | berechne | analysiere | empfiehl |
explique | expliquez | décris | décrivez | écris | écrivez | rédige | rédigez | traduis | traduisez | résume | résumez |
donne | donnez | énumère | crée | créez | raconte | racontez | compare | comparez | calcule | calculez | propose | proposez |
explica | explícame | describe | escribe | redacta | traduce | resume | enumera | dame | crea | cuenta | cuéntame |
compara | calcula | propón | recomienda | genera |
spiega | spiegami | descrivi | scrivi | redigi | traduci | riassumi | elenca | dammi | crea | racconta | raccontami |
confronta | calcola | proponi | consiglia | genera |
explique | descreva | descreve | escreva | redija | traduza | resuma | enumere | dê | crie | conte | compare | calcule |
proponha | recomende | gere |
beschrijf | schrijf | vertaal | noem | geef | maak | vertel | vergelijk | bereken
`);

/** A question to the assistant: a question word at the start of the line (after an opening ¿ in Spanish). */
export const questionOpen = new RegExp(`^¿?(?:${questionWords})(?![\\p{L}\\p{N}])`, 'iu');
/** An imperative of assistant work at the start of the line, optionally after "please" or its equivalents. */
export const taskVerb = new RegExp(`^(?:(?:please|bitte|s'il vous plaît|por favor|per favore|alsjeblieft)[,\\s]+)?(?:${taskVerbs})(?![\\p{L}\\p{N}])`, 'iu');

const carrierNouns = `text|texts|article|articles|story|paragraph|passage|document|documents|email|e-mail|message|conversation|dialog(?:ue)?|
summary|information|facts|data|table|code|snippet|paper|review|sentence|narrator|author|writer|context|content|page|post|thread|file|report|
list|invoice|receipt|notice|letter|listener|speaker|reader|character|characters|protagonist|sender|recipient`.replace(/\s+/gu, '');

/**
 * A request that points at its own carrier ("the text above", "this email", "the following article", a pronoun for
 * someone in the story) is about the document, not planted in it.
 */
export const refersToCarrier = new RegExp([
  `(?<![\\p{L}\\p{N}])(?:above|below|following|given|provided|attached|aforementioned|preceding|foregoing)(?![\\p{L}\\p{N}])`,
  `(?<![\\p{L}\\p{N}])(?:this|these|that|the|your)\\s+(?:${carrierNouns})(?![\\p{L}\\p{N}])`,
  `(?<![\\p{L}\\p{N}])(?:this|that|these|those|it|its|they|them|their|he|she|him|her|his)(?![\\p{L}\\p{N}])`,
  // A request about the reader's own affairs ("your booking number", "votre commande") is for the human recipient.
  `(?<![\\p{L}\\p{N}])(?:your|yours|dein|deine|deiner|deinen|deinem|ihren|ihrem|ihrer|votre|vos|ton|ta|tes|tus|vuestr[oa]s?|usted|tuo|tua|tuoi|tue|vostr[oaie]|seu|sua|seus|suas|teu|teus|jouw|uw)(?![\\p{L}\\p{N}])`,
  // German, French, Spanish, Italian, Portuguese, Dutch: demonstratives, "above/below/following", third persons.
  `(?<![\\p{L}\\p{N}])(?:dieser|diese|dieses|diesen|obige[nmrs]?|folgende[nmrs]?|oben|unten|er|sie|ihn|ihm|ihr|ihre)(?![\\p{L}\\p{N}])`,
  `(?<![\\p{L}\\p{N}])(?:ce|cet|cette|ces|ci-dessus|ci-dessous|suivante?s?|il|elle|ils|elles|lui|leur)(?![\\p{L}\\p{N}])`,
  `(?<![\\p{L}\\p{N}])(?:este|esta|estos|estas|ese|esa|anterior|siguientes?|él|ella|ellos|ellas)(?![\\p{L}\\p{N}])`,
  `(?<![\\p{L}\\p{N}])(?:questo|questa|questi|queste|sopra|sotto|seguenti?|lui|lei|loro)(?![\\p{L}\\p{N}])`,
  `(?<![\\p{L}\\p{N}])(?:isto|isso|estes|acima|abaixo|seguintes?|ele|ela|eles|elas)(?![\\p{L}\\p{N}])`,
  `(?<![\\p{L}\\p{N}])(?:deze|dit|hierboven|hieronder|volgende|hij|zij|hem|haar)(?![\\p{L}\\p{N}])`,
].join('|'), 'iu');

/** Self-references of a request to its own inline payload ("the following symbols: @, #"), per language. */
export const forwardReference = /(?<![\p{L}\p{N}])(?:following|below|folgende[nmrs]?|unten|suivante?s?|ci-dessous|siguientes?|seguenti?|seguintes?|abaixo|volgende|hieronder)(?![\p{L}\p{N}])/giu;

/** Function words and the generic vocabulary of assistant tasks: they say nothing about a topic. */
export const stopWords: ReadonlySet<string> = new Set(`
the and are you how who for but not was has had her his its our out can did may one two any all now get got use why say see yet
per via off own too let put she him they what when with from into onto than then also just very much many more most some
about above after again against although among another answer answers anyone anything around because been before being below between
both cannot could does doing down during each either else even every example examples following further have having here herself
himself itself least less like made make must myself never none only other others ought ourselves over please rather same shall
should simple simply since something such that their theirs them themselves there these thing things this those though through under
until upon want whatever where whether which while whom whose will within without would your yours yourself yourselves explain describe
write compose draft develop provide translate summarize summarise list give tell create generate break show outline suggest recommend
define calculate compute convert replace rewrite design compare discuss analyze analyse identify brainstorm propose craft produce prepare
formulate illustrate elaborate teach name share offer devise plan sketch narrate recite invent imagine pretend respond reply include
insert begin start using terms short long brief detailed words sentence sentences paragraph paragraphs response responses question
questions know difference differences main primary important importance based different ways best good great work works working
der die das den dem des ein eine einen einem einer und oder aber nicht mit von für auf aus bei nach über unter ist sind war waren
wird werden kann können wie was wer warum wann welche welcher welches bitte mir mich dir dich uns euch ihr ihre ihnen sich auch noch
nur sehr mehr einfach kurz erkläre beschreibe schreibe übersetze nenne gib erstelle erzähle zwischen unterschied
les des une est sont pour par avec dans sur pas plus que qui quoi comment pourquoi quand quel quelle quels quelles mon ton son nos
vos leur leurs moi toi nous vous aussi très peu simple simplement explique décris écris traduis donne entre différence
los las del una unos unas por para con sin sobre que qué cómo quién cuál cuáles cuándo dónde porque muy más menos también mis tus
sus nos les explica describe escribe traduce dame entre diferencia
gli una uno dei delle della degli per con senza sul che cosa come chi quale quali quando dove perché molto più meno anche spiega
descrivi scrivi traduci dammi tra fra differenza
uma uns umas dos das com sem sobre que como quem qual quais quando onde porque muito mais menos também explique descreva escreva
traduza entre diferença
het een van voor met zonder over wat hoe wie welke wanneer waar waarom zeer meer minder ook leg beschrijf schrijf vertaal geef tussen
verschil
`.split(/\s+/u).filter((entry) => entry.length > 0));
