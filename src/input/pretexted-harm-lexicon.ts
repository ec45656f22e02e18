/**
 * Word lists of the pretexted-harm signal (see pretexted-harm.ts), written for this project. English is the widest;
 * German, French, Spanish, Italian and Portuguese cover the commonest request verbs, harms and pretexts.
 * Every list is one alternation compiled once; none has nested quantifiers, so matching stays linear.
 */

const alternation = (parts: readonly string[]): string => parts.join('|');

const requestVerbs = alternation([
  // English
  'write', 'create', 'develop', 'design', 'draft', 'compose', 'generate', 'produce', 'describe', 'explain', 'outline',
  'provide', 'give', 'list', 'detail', 'suggest', 'teach', 'show', 'tell', 'share', 'build', 'code', 'program', 'craft',
  'devise', 'plan', 'offer', 'instruct', 'guide', 'help', 'walk me through', 'come up with', 'put together', 'argue',
  'convince', 'persuade', 'encourage', 'promote', 'justify', 'recommend', 'advise', 'make', 'include', 'elaborate on', 'depict',
  'portray', 'illustrate', 'demonstrate', 'compile', 'prepare', 'construct', 'formulate', 'propose', 'present', 'draw up', 'sketch',
  // German
  'schreib(?:e|en)?', 'erstell(?:e|en)?', 'erklär(?:e|en)?', 'beschreib(?:e|en)?', 'gib', 'geben sie', 'zeig(?:e|en)?',
  'entwickl(?:e|en)', 'verfass(?:e|en)?', 'nenn(?:e|en)?',
  // French
  'écri(?:s|vez)', 'rédige[zr]?', 'crée[zr]?', 'explique[zr]?', 'décri(?:s|vez)', 'donne[zr]?', 'fournis(?:sez)?',
  'montre[zr]?', 'développe[zr]?', 'propose[zr]?',
  // Spanish and Portuguese
  'escrib(?:e|a|ir)', 'escrev(?:e|a|er)', 'redact(?:a|e|ar)', 'cre(?:a|e|ar)', 'cri(?:a|e|ar)', 'explic(?:a|ar)',
  'expli(?:que|ca)', 'describ(?:e|a|ir)', 'descrev(?:e|a|er)', 'd(?:a|ê|e)me', 'dame', 'proporciona', 'forne(?:ça|ce)',
  'muéstra(?:me)?', 'mostr(?:a|e)', 'desarroll(?:a|e)', 'desenvolv(?:a|e)',
  // Italian
  'scriv(?:i|a|ere)', 'crea(?:re)?', 'spiega(?:re)?', 'descriv(?:i|a|ere)', 'dammi', 'fornisci', 'mostra(?:mi)?',
  'sviluppa', 'redigi',
]);

// What may come before the verb of a request: politeness, "can you", "I want you to", "your task is to".
const requestLeads = alternation([
  '(?:(?:please|now|then|also|so|and|finally|first|next|kindly|just|ok(?:ay)?|hey)[,!]?\\s+)+',
  '(?:can|could|would|will) you (?:please )?', 'i (?:want|need|would like|\'d like) (?:you )?to ', '(?:i )?need you to ', 'help me ',
  'you (?:should|must|will|need to|are to|have to|may) ', 'you(?:\'ve| have)? (?:decided|been asked|been tasked|chosen|agreed|want|decide|plan) to ', '(?:your|the) (?:task|job|goal|mission|assignment) is to ', 'i (?:want|need) (?:a |an |the )?',
  'bitte ', 'kannst du (?:mir )?', 's\'il (?:te|vous) plaît,? ', 'peux-tu ', 'pouvez-vous ', 'por favor,? ', 'puedes ', 'podes ', 'você pode ', 'per favore,? ', 'puoi ',
]);

// A dialogue the model is asked to continue puts the request in a character's mouth: "Alice: So how do you ...?".
const speakerLabel = String.raw`(?:\p{Lu}\p{L}{0,20}\s{0,2}:\s*)?`;

/**
 * The head of a request clause: at the start of a sentence, after an optional opening phrase ending in a comma
 * ("In a hypothetical scenario, describe ...") and an optional lead ("Could you ..."), a verb that asks for something
 * to be produced or told; or an assigned task with any verb ("Your job is to find ... and exploit them to ...").
 */
export const requestHead = new RegExp(`^[\\s"'“‘(*>#-]*${speakerLabel}(?:[^,.;:!?\\n]{1,80},\\s*)?(?:(?:${requestLeads})?(?:${requestVerbs})|(?:your|the) (?:task|job|goal|mission|assignment) is to \\p{L}+)(?![\\p{L}])`, 'iu');

/** "How to" and its equivalents opening a sentence: a question asking for a procedure. */
export const howToHead = new RegExp(`^[\\s"'“‘(*>#-]*${speakerLabel}(?:[^,.;:!?\\n]{1,80},\\s*)?(?:(?:so|and|but|ok(?:ay)?|now|then)[,]?\\s+)?(?:${alternation([
  'how (?:to|do i|do you|can i|can you|could i|could someone|would someone|would one|does one|one could|someone could|would i|would you|might one|might someone|could one|could you)',
  'what (?:is|are) the (?:best|easiest|fastest|simplest) ways? to', 'wie (?:kann|könnte) (?:man|ich)', 'comment (?:puis-je|peut-on|faire pour)',
  '¿?cómo (?:puedo|se puede|hago)', 'como (?:posso|faço|se faz)', 'come (?:posso|si fa)',
])})(?![\\p{L}])`, 'iu');

/**
 * Harms whose very production is the harm, whatever the framing: degrading or hateful text, sexual content of the
 * kinds no pretext makes acceptable, deliberate falsehoods and fraud messages, and acting while evading detection.
 */
export const contentHarm = new RegExp(`(?<![\\p{L}])(?:${alternation([
  'derogatory', '(?:racial )?slurs', 'racist', 'sexist', 'xenophobic', 'homophobic', 'glorif(?:y|ies|ying)', 'prais(?:e|es|ing) the nazi',
  'hate speech', 'defamatory', 'body[- ]shaming', 'inferior (?:race|people)', 'pro[- ]ana', 'bestiality', 'human-animal',
  '(?:sexually )?explicit (?:sexual |pornographic )?(?:content|story|scene|material)', 'pornograph(?:y|ic)',
  'vaccines? (?:cause|causes|causing)', 'earth is flat', '(?:holocaust|moon landing) (?:never happened|was (?:fake|a hoax))', 'illuminati',
  'stolen election', 'fake news (?:article|story|stories|post)', 'phishing (?:e-?mails?|pages?|sites?|websites?|messages?|texts?)',
  'scam (?:e-?mails?|letters?|messages?)', 'fake (?:reviews|charity)', 'without (?:being|getting) (?:caught|detected|noticed|traced)',
  // Round 8, written from harm categories: fraud and deception whose text is the harm itself.
  'fraudulent(?:,? (?:yet |but )?\\w+)? (?:letters?|e-?mails?|documents?|invoices?|websites?|ads?|advertisements?|messages?|calls?|schemes?)',
  'fabricated (?:customer )?(?:reviews|evidence|quotes|testimonials|news)', '(?:is|was) (?:a|an elaborate) hoax',
  'without alerting (?:the )?(?:police|authorities|firefighters|anyone|security|the owner)',
  'without (?:the owner.s|their|his|her) (?:consent|knowledge|permission)',
])})(?![\\p{L}])`, 'iu');

/**
 * Harms that are also ordinary topics of fiction, news and study (bombs, hacking, drugs, fraud): they count only when
 * the request asks for a procedure or detail (see `procedure`) or names the harm as its direct object ("make a bomb").
 */
export const topicHarm = new RegExp(`(?<![\\p{L}])(?:${alternation([
  // Intrusion and malware.
  'keyloggers?', 'ransomware', 'malware', 'spyware', 'rootkits?', 'botnets?', 'trojans?', '(?:computer )?virus(?:es)? that',
  'crack(?:ing|s)? (?:a |the |user )?passwords?',
  'password[- ]cracking', 'hack(?:ing|s)? into',
  // Burglary and car theft.
  'break(?:ing|s)? into (?:a |the |an |someone.s |my neighbou?r.s |people.s )?(?:house|home|car|apartment|flat|building|store|shop|safe)s?',
  'hotwir(?:e|es|ing)', 'pick(?:ing)? (?:a |the )?locks?', 'hijack(?:s|ing)?', '(?:gain|gains|gaining|get) (?:unauthori[sz]ed|root|sudo|admin(?:istrator)?) access',
  'unauthori[sz]ed access', 'exploit(?:ing|s)? (?:a |the |these |those |this )?(?:\\w+ ){0,2}vulnerabilit(?:y|ies)', 'ddos', 'denial[- ]of[- ]service attack',
  'steal(?:ing|s)? (?:\\w+ ){0,2}(?:credentials|passwords|personal (?:data|information)|identit(?:y|ies)|credit cards?|data|records|files)',
  'alter(?:ing)? (?:\\w+ )?(?:criminal|court|police|medical|academic|financial) records', 'avoid(?:ing)? being (?:convicted|charged|prosecuted|arrested)',
  'identity theft', 'evad(?:e|es|ing) (?:detection|antivirus|security)', 'spy on', 'track (?:someone|my (?:wife|husband|partner|ex))',
  // Weapons and violence.
  '(?:pipe |nail |car |dirty )?bombs?', 'explosives?', 'nerve agents?', 'sarin', 'ricin', 'anthrax', 'chemical weapons?', 'biological weapons?',
  'bioweapons?', '(?:untraceable|unregistered|3d[- ]printed|ghost) (?:guns?|firearms?|weapons?)', 'mass shooting', 'school shooting',
  'acquir(?:e|ing) (?:weapons|firearms|guns)', 'kill(?:ing)? (?:someone|a person|people|a human|my)', 'murder', 'assassinat(?:e|ion)',
  'tortur(?:e|ing)', 'kidnap(?:ping)?', 'terrorist attacks?', 'poison(?:ing)? (?:someone|a person|people|my)', 'cannibal(?:s|ism)?',
  // Drugs.
  'methamphetamine', 'meth', 'fentanyl', 'heroin', 'cocaine', 'mdma', 'illegal drugs', 'drug trafficking', 'smuggl(?:e|ing)',
  'synthesi[sz](?:e|ing) (?:\\w+ ){0,2}(?:drugs?|opioids?|toxins?|poisons?)',
  // Fraud and crime.
  'brib(?:e|es|ing|ery)', 'launder(?:ing)? money', 'money laundering', 'counterfeit', 'tax evasion', 'evad(?:e|ing) (?:paying )?taxes',
  'hide income', 'falsif(?:y|ying|ied) (?:\\w+ )?(?:documents|records)', 'insider trading', 'ponzi', 'pyramid scheme',
  '(?:419|advance[- ]fee|lottery|romance|nigerian) scams?', 'scam (?:people|victims|e-?mails?)', 'clon(?:e|ing) (?:debit|credit) cards?',
  'forg(?:e|ing|ed) (?:\\w+ )?(?:documents|signatures|passports|ids|prescriptions)', 'fake (?:ids?|passports?|degrees?|diplomas?)',
  'cheat(?:ing)? (?:on|in) (?:an? |my |the )?(?:online )?(?:exams?|tests?)', 'bypass(?:ing)? (?:\\w+ ){0,2}(?:security|authentication|detection|paywalls?|antivirus|drm|password|filters?|safeguards?)',
  'tamper(?:ing)? with', 'rig(?:ging)? (?:an? |the )?elections?', '(?:voter|election) fraud', 'blackmail', 'extort(?:ion)?',
  'shoplift(?:ing)?', 'black market', 'harvested organs', '(?:human|sex) trafficking', 'child labou?r', 'illegal(?:ly)?',
  'evad(?:e|ing) (?:the )?(?:police|law enforcement|authorities)', 'dump (?:hazardous|toxic)', 'manipulat(?:e|ing) slot machines',
  'pass (?:a|the) smog test', 'deepfakes?',
  // Round 8, written from harm categories: scams, intimate-image abuse, dangerous dares, fake medicine (also topics of news).
  '(?:mail|e-?mail|lottery|phone|romance|crypto|investment|tech support) scams?', 'revenge porn',
  'non-?consensual (?:intimate |explicit )?(?:images?|videos?|pornography)', 'eat (?:laundry )?detergent', 'tide pods',
  'fake (?:\\w+ )?(?:drugs?|medicines?|pills|cures?|vaccines?)',
  // Hate, harassment, self-harm and sexual content.
  'ethnic cleansing', 'genocide', 'enslav(?:e|ing)',
  'white supremac(?:y|ist)', 'harass(?:ment|ing)?', 'cyberbully(?:ing)?',
  'stalk(?:ing|er)?', 'doxx(?:ing)?', 'self[- ]harm', 'suicide', 'anorexia', 'bulimia', 'erotic', 'underage', 'unprotected sex', 'orgies',
  // Misinformation.
  'disinformation', 'misinformation', 'conspiracy theor(?:y|ies)', 'payday loans', 'gambl(?:e|ing)',
  // German, French, Spanish, Italian, Portuguese.
  'bomben?', 'sprengstoff', 'schadsoftware', 'passwörter knacken', 'drogen herstellen', 'geldwäsche', 'bestechung',
  'bombes?', 'explosifs?', 'logiciel malveillant', 'pirater', 'blanchi(?:r|ment)', 'drogues?', 'armes?',
  'bombas?', 'explosivos?', 'software malicioso', 'hackear', 'lavar dinero', 'lavagem de dinheiro', 'lavado de dinero', 'drogas?', 'armas?',
  'esplosivi?', 'riciclaggio', 'droghe', 'armi',
])})(?![\\p{L}])`, 'iu');

/** A request for a procedure or for detail: what turns a topic of fiction or study into instructions. */
export const procedure = new RegExp(`(?<![\\p{L}])(?:${alternation([
  'how (?:to|one|someone|i|you|they|he|she|the \\w+)', 'step[- ]by[- ]step', 'steps?', 'instructions?', 'detailed', 'in detail', 'guide', 'tutorial', 'recipe',
  'methods?', 'process(?:es)?', 'procedures?', 'tips', 'ways', 'techniques', 'tactics', 'strateg(?:y|ies)', 'plan', 'code', 'script', 'program',
  'algorithm', 'list of', 'exact', 'specific', 'precise', 'ingredients', 'blueprint', 'formula', 'manual', 'playbook',
  'anleitung', 'schritt für schritt', 'étape par étape', 'instructions', 'paso a paso', 'passo a passo', 'istruzioni', 'instrucciones', 'instruções',
])})(?![\\p{L}])`, 'iu');

/** Words of a request that asks how to resist a harm, not how to do it. */
export const defensive = new RegExp(`(?<![\\p{L}])(?:${alternation([
  'detect(?:ing|ion)?', 'spot(?:ting)?', 'prevent(?:ing|ion)?', 'protect(?:ing|ion)?', 'defend(?:ing)?', 'recogni[sz](?:e|ing)',
  'avoid(?:ing)? (?:being|falling|becoming)', 'report(?:ing)? (?:it|them|this|suspicious|abuse|incidents?|crimes?)', 'mitigat(?:e|ing|ion)', 'warning signs', 'signs of', 'recover(?:ing)? from',
  'victims? of', 'history of', 'effects of', 'impact of', 'consequences of', 'laws? against', 'penalt(?:y|ies)', 'treat(?:ing|ment (?:of|for))',
  'cope with', 'quit(?:ting)?', 'debunk(?:s|ing)?', 'fact[- ]check(?:s|ing|er)?', 'refut(?:e|es|ing)', 'myths? (?:about|of)', 'is false', 'support(?:ing)? (?:victims|survivors|people|someone)', 'awareness', 'dangers of', 'risks of', 'why (?:is|are) .{0,30} (?:illegal|dangerous|harmful)',
])})(?![\\p{L}])`, 'iu');

/** Pretexts that wrap a harmful request: a role for the model, fiction, a claimed purpose or permission, pressure. */
export const pretexts: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: 'assigned role',
    pattern: new RegExp(`(?<![\\p{L}])(?:${alternation([
      '(?:you are|you\'re|you will be|you will play|you play) (?:now )?(?:a|an|the) (?!assistant\\b|ai\\b|language model\\b)\\w+',
      'imagine (?:you are|you\'re|that you are|being|yourself)', 'pretend (?:you are|you\'re|to be|that)', '(?:act|acting) as',
      'role[- ]?play', 'you have been (?:tasked|asked|hired|commissioned|approached)', 'your (?:task|job|mission|assignment) is',
      'as (?:a|an) (?:\\w+ ){0,3}(?:expert|consultant|researcher|journalist|historian|writer|author|novelist|scriptwriter|screenwriter|hacker|chemist|doctor|officer|advisor|adviser|specialist|professor|agent|detective|character|analyst|engineer|investigator|manager|strategist|lawyer|politician)',
      'du bist (?:ein|eine)', 'stell dir vor', 'tu es (?:un|une)', 'imagine que tu', 'eres (?:un|una)', 'imagina que', 'você é (?:um|uma)',
      'sei (?:un|una)', 'immagina (?:di|che)',
    ])})(?![\\p{L}])`, 'iu'),
  },
  {
    name: 'fiction',
    pattern: new RegExp(`(?<![\\p{L}])(?:${alternation([
      '(?:fictional|hypothetical|imaginary|alternate|alternative|dystopian|fantasy|parallel) (?:\\w+ )?(?:world|scenario|story|society|universe|setting|novel|movie|film|character|version|situation)',
      'hypothetical(?:ly)?', 'for (?:a|my|our|the) (?:\\w+ )?(?:novel|story|screenplay|script|book|movie|film|play|game|thriller)',
      'in (?:a|my|the|this) (?:\\w+ )?(?:story|novel|screenplay|script|movie|film)', 'protagonist', 'main character', 'scene', 'thought experiment',
      'fiktiv', 'hypothetisch', 'fictif', 'fictive', 'hypothétique', 'ficticio', 'ficticia', 'hipotétic[oa]', 'fictício', 'fittizi[oa]', 'ipotetic[oa]',
    ])})(?![\\p{L}])`, 'iu'),
  },
  {
    name: 'claimed purpose',
    pattern: new RegExp(`(?<![\\p{L}])(?:${alternation([
      'for (?:purely |strictly |only |solely )?(?:educational|research|academic|historical|informational|training|testing|scientific|awareness) (?:purposes?|use|reasons)',
      'for (?:academic |scientific )?research (?:purposes )?only', 'purely (?:fictional|hypothetical|academic|educational|for)',
      '(?:will|would) (?:never|not) be (?:used|shared|published|acted upon|distributed)', 'no intention (?:of|to)',
      'not (?:intended|meant) to (?:promote|encourage|harm|be used)', 'i\'?m (?:a|an) (?:\\w+ )?(?:researcher|journalist|student|writer|professor|teacher|doctor|detective|author)',
      'i am (?:a|an) (?:\\w+ )?(?:researcher|journalist|student|writer|professor|teacher|doctor|detective|author)',
      'i\'?m (?:working on|doing|writing) (?:a|an|my) ', 'i am (?:working on|doing|writing) (?:a|an|my) ', 'white[- ]hat', 'ethical hack(?:er|ing)',
      '(?:to|in order to) (?:identify|find|expose|understand) (?:potential |the |their )?(?:weaknesses|vulnerabilities|flaws)',
      '(?:raise|raising) awareness', 'to (?:better )?(?:educate|inform|protect|prevent)', 'it.s (?:legal|fine|okay|ok|harmless|allowed)',
      'this is (?:legal|fine|harmless|allowed|for a good cause)', 'controversial', 'unconventional', 'no matter how',
      'zu (?:forschungs|bildungs)zwecken', 'à des fins (?:éducatives|de recherche)', 'con fines (?:educativos|de investigación)',
      'para fins (?:educacionais|de pesquisa)', 'a scopo (?:educativo|di ricerca)',
    ])})(?![\\p{L}])`, 'iu'),
  },
  {
    name: 'pressure',
    pattern: new RegExp(`(?<![\\p{L}])(?:${alternation([
      'deadline', 'desperate(?:ly)?', '(?:lives?|everything) (?:depends?|is at stake|are at stake)', 'or (?:else )?(?:you|i|my \\w+) (?:will|would) (?:lose|die|be fired|be shut down)',
      'begin (?:your|the) (?:response|reply|answer) with', 'start (?:your|the) (?:response|reply|answer) with', 'sure,? here is',
    ])})(?![\\p{L}])`, 'iu'),
  },
];

/** A request to explain why something is dangerous: the harm sits inside it ("explain why eating tide pods is dangerous"). */
export const explainsDanger = /(?<![\p{L}])why(?![\p{L}])[^.!?\n]{0,60}(?<![\p{L}])(?:is|are|was|were|can be)\s+(?:so\s+|very\s+|extremely\s+|really\s+)?(?:dangerous|harmful|illegal|deadly|risky|toxic|wrong|false)(?![\p{L}])/iu;
