import { gap, type LanguageRules } from './types.ts';

// Instructions hidden in data the agent reads: forged conversation turns, "ignore the rest of this document",
// requests addressed to the assistant's answer, and the framing that fluent role-play jailbreaks wrap a task in.
// Written for this project as general phrasings; none is copied from an evaluation corpus.

const speaker = '(?:user|human|assistant|ai|bot|chatbot|model|system|gpt|chatgpt|claude|llm)';
const dataNoun = '(?:data|document|documents|text|content|contents|article|page|email|e-mail|message|file|input|snippets?|info|information|context|passage|report|record|table|results?|entries|conversation)';
const answerNoun = '(?:answer|response|reply|summary|output|translation|analysis|evaluation|assessment|review|report|completion|message)';
const speakVerb = '(?:print|say|output|write|reply|respond|answer|return|state|repeat|type|produce|display|echo)';

/** English phrasings of instructions embedded in data and of jailbreak framing. */
export const englishEmbedded: LanguageRules = {
  language: 'en',
  patterns: {
    'fake-turn': [
      `\\bend of (?:the )?(?:document|input|data|context|email|e-mail|file|text|page|article|message|snippet|transcript|conversation)s?\\b[.:!\\s-]{0,6}(?:system|assistant|user|human|admin|new instructions?|instructions?|ai)\\s{0,2}:`,
      // A forged turn with a placeholder instead of content: "Assistant: [summary here]".
      `(?:^|\\n)[ \\t>*#-]{0,6}${speaker}\\s{0,2}:\\s{0,4}(?:\\[[^\\]\\n]{1,60}\\]|<[^>\\n]{2,60}>|\\{[^}\\n]{1,60}\\})\\s{0,4}(?:\\n|$)`,
      // A forged user turn that thanks for or redirects the answer just given.
      `(?:^|\\n)[ \\t>*-]{0,6}(?:user|human|customer|operator)\\s{0,2}:\\s{0,4}(?:thanks?|thank you|great|perfect|ok(?:ay)?|now|next|instead|ignore|forget|disregard|new task|actually)\\b${gap(60)}\\b(?:could you|can you|would you|please|now|instead|repeat|print|say|write|output|ignore|only|tell)\\b`,
      // End-of-conversation or end-of-turn markers that have no place inside a document.
      `<\\s{0,2}\\/?\\s{0,2}(?:end|start) of (?:session|conversation|turn|dialog(?:ue)?|chat|transcript|prompt)\\s{0,2}>`,
      // Instruction-tuning section headers: "### Response:", "### Instruction:".
      `(?:^|\\n)\\s{0,4}#{2,4}\\s{0,2}(?:response|instruction|input|human|assistant|user)\\s{0,2}:`,
      `(?:\\[(?:system|user|assistant|inst)\\]\\s{0,2}){3,}`,
    ],
    'data-boundary-override': [
      `\\b(?:ignore|disregard|forget)\\s+(?:(?:all|everything|anything)\\s+)?(?:of\\s+)?(?:the\\s+)?(?:above|previous|preceding|prior|earlier|before)\\b${gap(15)}\\b(?:and|then)\\s+(?:instead|now|just|only|simply)\\b`,
      `\\b(?:new|important|updated|additional|special|urgent|secret|hidden|real)\\s+(?:new\\s+)?(?:instructions?|directives?|orders|tasks?|rules|commands?)\\s+(?:for|to)\\s+(?:the\\s+|any\\s+|all\\s+|you,?\\s+)?(?:ai|assistant|ai assistant|model|llm|agent|chatbot|bot|language model|ai agent|copilot)s?\\b`,
      `\\b(?:the user|the owner|the administrator|the admin|your user|your owner|the operator|the developer|your developer)\\s+(?:has|have)\\s+(?:already\\s+)?(?:authori[sz]ed|allowed|permitted|approved|instructed|asked|requested|told)\\s+you\\s+to\\b`,
      `\\b(?:ignore|disregard|forget|discard)\\s+(?:this|the|these|that|those|other|all other|any other|the other|all the other|previous|preceding|prior|surrounding)\\s+(?:data|content|text|document|information|info|input|context|reports?|entries|results?|details|indicators|evidence|signals|findings|records)\\b${gap(25)}\\b(?:and\\s+|then\\s+|,\\s*|;\\s*|\\.\\s*)(?:just |only |simply |instead )?(?:print|say|output|write|respond|reply|answer|report|return|state|claim|conclude|focus|declare|mark|label|classify|rate|score)\\b`,
      `\\bif (?:you are |you're |this is |it is )?(?:ever )?(?:asked|questioned|queried|prompted|challenged)\\b${gap(50)}\\b(?:report|reply|respond|say|answer|state|claim|tell|output|conclude|insist|confirm)\\b`,
      `\\boverride\\s+(?:the\\s+|any\\s+|all\\s+)?(?:manual|previous|normal|standard|usual|existing|automatic|human|prior)?\\s{0,1}(?:scoring|evaluation|assessment|rating|analysis|review|checks?|screening|verdict|classification|judge?ment|decision)s?\\b${gap(30)}\\b(?:and|to)\\s+(?:output|print|say|respond|reply|state|report|return|mark|rate|classify)\\b`,
      `\\b(?:invisible|hidden|not visible|unseen)\\s+to\\s+(?:humans|people|the user|users|readers|human reviewers|recruiters|reviewers)\\b${gap(30)}\\b(?:visible|readable|meant|intended|addressed)\\s+(?:to|for)\\s+(?:the\\s+|an?\\s+)?(?:llms?|ai|models?|assistants?|bots?|scanners?|machines?|language models?)\\b`,
      `\\b(?:ignore|disregard|forget|discard|do not (?:read|process|consider)|don'?t (?:read|process|consider))\\b${gap(15)}\\b(?:the )?(?:rest|remainder|remaining|everything (?:else|after|below|that follows)|anything (?:else|after|below|that follows)|what follows|all (?:(?:the )?other|further|following|remaining|subsequent))\\b${gap(30)}`,
      `\\b(?:ignore|disregard|forget|discard)\\b${gap(25)}\\b(?:all |any |every )?(?:other )?(?:info(?:rmation)?|content|text|data|${dataNoun})\\b${gap(20)}\\b(?:except|other than|besides|apart from|but (?:for )?the)\\b`,
      `\\b(?:ignore|disregard)\\s+(?:them|it|this|that|those|these)\\b${gap(6)}\\b(?:and|then)\\s+(?:instead|only|just|simply)\\b`,
      `\\b(?:instead|only)\\b${gap(8)}\\b(?:focus|concentrate|rely)\\s+(?:exclusively|only|solely|entirely)?\\s{0,1}on\\b${gap(30)}\\b(?:brackets?|quotes|the following|this (?:text|line|note|message)|what is (?:between|inside|in))\\b`,
      `\\b${speakVerb}(?:\\s+with)?\\s+(?:only|exactly|nothing (?:but|except|other than)|just|solely)\\s+(?:with\\s+)?(?:the following|this (?:text|sentence|message|string|phrase|line)|these words|the (?:text|words|phrase|string) (?:between|inside|in|below))`,
      `\\b(?:and|with)\\s+(?:absolutely\\s+)?nothing (?:else|more)\\b${gap(40)}\\b(?:disregard|ignore|only|except)\\b`,
      `\\bif (?:the |a |any )?(?:user|human|reader|someone|anyone|you are|you're|asked)\\b${gap(30)}\\b(?:asks?|requests?|wants?|inquires?|asked)\\b${gap(50)}\\b(?:(?:simply|just|only|always) )?(?:reply|respond|answer|say|tell (?:them|the user)|output|print|state|claim|write)\\b${gap(20)}\\b(?:with|that|only|the following|yes|no)\\b`,
      `\\b(?:ignore|disregard|forget)\\b${gap(20)}\\b(?:the )?(?:user'?s?|their|the human'?s?|the original) (?:question|request|query|task|prompt)\\b`,
      `\\b(?:stop|end|cease)\\s+(?:reading|processing|summari[sz]ing|parsing)\\b${gap(20)}\\b(?:here|now|and)\\b${gap(40)}\\b${speakVerb}\\b`,
    ],
    'addressed-instruction': [
      // A request or question on its own line between rows of a table: data does not ask the reader to do things.
      `\\|[^|\\n]{0,120}\\n[ \\t]{0,4}(?:what|who|how|why|where|when|which|can you|could you|would you|please|explain|describe|provide|translate|write|compose|draft|break down|summari[sz]e|list|give|tell|replace|convert|generate|create|recommend|suggest|name|calculate|solve|define|compare|outline|share|offer|suggest|rewrite|paraphrase)\\b[^|\\n]{8,200}(?:\\n|$)`,
      `\\b(?:in|into|of|within|throughout|across)\\s+(?:your|the assistant'?s|the ai'?s|the model'?s)\\s+(?:answer|reply|response|output|summary|translation|completion)s?\\b`,
      `\\b(?:provide|give|deliver|format|modify|alter|change|rewrite|adjust|shape|craft|compose|structure|present|express|render|phrase|encode|encrypt|reverse|scramble|capitali[sz]e|transform|convert|spell|end|begin|start|enhance|enrich|improve|tailor|personali[sz]e|spice up|sign|translate|shorten|lengthen|pad)\\s+(?:your|the assistant'?s|each|every)\\s+(?:answer|reply|response|output|summary)s?\\b`,
      `\\b(?:blend|integrate|incorporate|embed|harmoni[sz]e|weave|merge|inject|fold|slip)\\b${gap(40)}\\b(?:following|subsequent|this|below|next|given)\\s+(?:code|snippet|code snippet|lines?|function|script)\\b${gap(40)}\\b(?:into|in|with|within)\\s+(?:your|the)\\s+(?:code|algorithm|solution|program|script|implementation|answer|response)\\b`,
      `\\b(?:ensure|make sure|be sure)\\b${gap(30)}\\b(?:following|subsequent|this|below)\\s+(?:code|snippet|code snippet|lines?)\\b${gap(40)}\\b(?:your|the)\\s+(?:code|algorithm|solution|program|script|implementation|answer|response)\\b`,
      // Meta-references to the answer the assistant is writing.
      `\\b(?:in|into|to|at the (?:end|start|beginning|top|bottom) of|throughout|within|with) (?:your|the assistant'?s|the ai'?s|the model'?s|every|each) ${answerNoun}s?\\b${gap(30)}\\b(?:also |always |be sure to |make sure to |please )?(?:include|mention|add|insert|recommend|suggest|say|state|note|append|tell|write|use|refer|advise|promote|encourage|remind|put|provide|cite|link|ask)`,
      `\\b(?:please )?(?:also |always )?(?:include|mention|add|insert|recommend|suggest|append|put|embed|weave|state|note|promote|advertise)\\b${gap(60)}\\b(?:in|into|to|at the (?:end|start|beginning) of|within) (?:your|the|each|every) (?:${answerNoun})s?\\b`,
      `\\b(?:augment|append to|conclude|end|begin|start|preface|prefix|supplement|enrich|complement|finish|close|sign|format|rewrite|translate)\\s+(?:your|the assistant'?s|each|every)\\s+(?:${answerNoun})s?\\b${gap(10)}\\b(?:with|by|in|into|using|as)\\b`,
      `\\b(?:when|while|whenever|after|before|once) (?:you (?:are )?)?(?:summari[sz](?:e|es|ing)|answer(?:ing)?|respond(?:ing)?|repl(?:y|ying)|translat(?:e|ing)|process(?:ing)?|analy[sz](?:e|ing)|review(?:ing)?|read(?:ing)?|generat(?:e|ing)|writ(?:e|ing))\\b${gap(40)}\\b(?:this|the|these|any|my)\\s+(?:${dataNoun}|emails?|code|question|thread|request|data)\\b${gap(30)}\\b(?:also|be sure|make sure|mention|include|add|say|tell|recommend|remember|note|insert|always|please|ask|state|warn)\\b`,
      `\\b(?:the |this |any |an? )?(?:ai|assistant|ai assistant|language model|llm|chatbot|virtual assistant|agent|copilot|gpt|chatgpt|claude|gemini)\\s+(?:reading|processing|summari[sz]ing|that reads|who reads)?\\s{0,1}(?:this|these)?\\s{0,1}(?:${dataNoun})?\\s{0,1}(?:should|must|needs to|has to|is (?:to|required to|instructed to|asked to)|shall|ought to|will now)\\s+(?:(?:also|always|now|then|only|first|immediately|instead|additionally)\\s+(?:answer|respond|reply|say|include|mention|add|write|recommend|suggest|output|tell|print|state|promote|advise|inform|ask|append|insert)|(?:include|mention|recommend|suggest|promote|advertise|append|insert|ignore|disregard|tell the user|inform the user|say that|state that|print|output only|reply with|respond with|answer with))\\b`,
      `\\b(?:dear|attention|note (?:to|for)|message (?:to|for)|hey|hi|hello)\\s{0,2}(?:the\\s)?(?:ai|assistant|ai assistant|language model|llm|chatbot|bot|agent|model|copilot|gpt|chatgpt|claude)\\b\\s{0,2}[,:!-]`,
      `\\b(?:tell|inform|remind|advise|warn|ask|urge|encourage|convince|persuade)\\s+(?:the|your)\\s+(?:user|reader|human|customer|person asking|requester)\\b${gap(40)}\\b(?:to|that|about)\\b`,
      `\\b(?:regardless of|no matter|whatever) (?:what )?(?:the |your )?(?:user|human|question|request)\\b${gap(30)}\\b(?:answer|respond|reply|say|output|tell)\\b`,
    ],
    'jailbreak-framing': [
      `\\b(?:ignoring|ignore|disregard(?:ing)?|setting aside|set aside|putting aside|without regard (?:to|for)|regardless of)\\s+(?:any|all|the)?\\s{0,1}(?:possible |potential )?(?:moral|ethical|legal|safety)(?: (?:or|and) (?:moral|ethical|legal|safety))?\\s+(?:implications|considerations|concerns|constraints|guidelines|consequences)\\b`,
      `\\b(?:(?:purely|strictly|solely|only|just|entirely)\\s+)?(?:for|in the (?:name|interest) of)\\s+(?:purely\\s+)?(?:educational|research|academic|fictional|hypothetical|informational|entertainment|creative|theoretical|awareness|training)\\s+(?:purposes?|reasons|use|value|context)(?:\\s+only)?\\b${gap(80)}\\b(?:how to|step[- ]by[- ]step|detailed|instructions|tutorial|guide|explain|describe|write|provide|create|generate|list)\\b`,
      `\\b(?:will|would|is|are|shall)\\s+(?:never|not)\\s+(?:be\\s+)?(?:actually\\s+)?(?:used|carried out|acted upon|put into practice|implemented|shared|published|distributed|followed)\\s+(?:in any (?:harmful|malicious|illegal|real|unethical) (?:way|manner)|for (?:any )?(?:harmful|malicious|illegal|real|unethical|nefarious) (?:purposes?|ends|activities|reasons)|in (?:real life|the real world|reality|practice)|by anyone)`,
      `\\b(?:you are|you're|imagine you are|imagine you're|pretend (?:you are|you're|to be)|act as|as)\\s+(?:an? |the )?(?:[a-z-]+\\s+){0,3}(?:character|novelist|screenwriter|author|writer|journalist|researcher|expert|professor|consultant|hacker|criminal|villain|detective|scientist|teacher|actor)\\b${gap(160)}\\b(?:no (?:ethical|moral|legal) (?:constraints|limits|boundaries|concerns|restrictions)|without (?:any )?(?:ethical|moral|legal) (?:constraints|limits|boundaries|concerns|restrictions)|(?:ethics|morals|laws|rules) (?:do not|don'?t) apply|bypass(?:ing)? (?:the )?(?:law|security|detection|safeguards)|undetect(?:ed|able)|without (?:getting caught|being caught|detection|alerting))`,
      `\\b(?:in (?:a|this) (?:purely )?(?:hypothetical|fictional|imaginary|alternate|alternative) (?:scenario|world|universe|setting|story|situation)|hypothetically speaking|in a world where)\\b${gap(120)}\\b(?:how (?:to|would|could|one|someone|you)|step[- ]by[- ]step|detailed (?:instructions|guide|plan|tutorial|steps)|explain|describe in detail|provide)\\b`,
      `\\b(?:begin|start)\\s+(?:your\\s+)?(?:reply|response|answer)\\s+with\\s+["'\`]?\\s{0,2}(?:sure|certainly|absolutely|of course|here is|here's|okay)\\b`,
      `\\b(?:do not|don'?t|never|without)\\s+(?:include|add|give|provide|mention|use)\\s+(?:any\\s+)?(?:warnings?|disclaimers?|caveats|moral(?:izing)?|ethical (?:notes|considerations|concerns)|refusals?)\\b`,
    ],
  },
};
