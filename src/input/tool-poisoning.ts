import type { Finding, Severity } from '../kernel/verdict.ts';

/** One text rule of tool poisoning: a name (`pseudo-tag`), a severity and what it means. */
export interface ToolPoisoningRule {
  readonly name: string;
  readonly severity: Severity;
  readonly pattern: RegExp;
  readonly what: string;
}

/**
 * A tool name that starts with a destructive or outward-sending verb (`delete_repository`, `sendEmail`,
 * `github.merge_pull_request`); verb-first, so `list_emails` and `get_post` (reads) are not taken for side effects.
 */
const sideEffectTool = String.raw`(?:[\w-]{1,30}(?:\.|__|\/))?(?:delete|remove|drop|destroy|wipe|purge|erase|truncate|revoke|grant|transfer|withdraw|send|upload|forward|execute|exec_|run_(?:command|shell|script)|shell|push|merge|deploy|publish)[\w.-]{0,40}`
  // "... call send_draft when the user confirms" is the tool's documented flow, not a hidden side effect.
  + String.raw`(?![^.\n]{0,60}\b(?:if|when|once|after|unless|only if)\s+(?:the\s+)?user\b)`;

// Tool poisoning as documented by Invariant Labs (2025): hidden pseudo-tags, concealment from the
// user, reading local secrets and smuggling them through an innocuous parameter. The MCP gateway and
// `rampart mcp scan` report these as `mcp.poison.<name>` over every field of a definition; the injection
// detector reports them as `input.tool-poisoning.<name>` on text inspected as a `tool-description`.
export const toolPoisoningRules: readonly ToolPoisoningRule[] = [
  {
    name: 'pseudo-tag', severity: 'high', what: 'instruction pseudo-tag',
    pattern: /<\s*\/?\s*(important|system|instructions?|hidden|secret|admin|critical|assistant|ai[_ -]?instructions?|note[_ -]to[_ -](?:the[_ -])?(?:ai|assistant|model|llm))\s*>|\[\s*(?:important|system|instructions?)\s*\]|\{\{\s*(?:system|important)\s*\}\}/i,
  },
  {
    name: 'concealment', severity: 'high', what: 'instruction to hide something from the user',
    pattern: /\b(?:do\s+not|don'?t|never|must\s+not)\s+(?:tell|mention|inform|notify|reveal|show|alert|disclose)\s+(?:(?:this|it|anything)\s+)?(?:to\s+)?(?:the\s+)?user\b|\bwithout\s+(?:telling|informing|notifying|asking|alerting)\s+(?:the\s+)?user\b|\b(?:the\s+)?user\s+(?:must|should)\s+(?:not|never)\s+(?:know|see|be\s+told)\b/i,
  },
  {
    name: 'sensitive-file', severity: 'high', what: 'instruction to read a sensitive file',
    pattern: /\b(?:read|cat|open|load|include|access|get|fetch|retrieve|attach|copy|send|upload|paste)(?:_\w{1,30})?\b(?:[^.\n]|\.(?!\s)){0,80}(?:~\/\.ssh|\bid_(?:rsa|ed25519|ecdsa)\b|\.ssh\/|(?:^|[\s/'"`])\.env\b|\.aws\/credentials|\/etc\/(?:passwd|shadow)|\.npmrc|\.netrc|\.git-credentials|\.gitconfig|mcp\.json|claude_desktop_config\.json|\.kube\/config|\.docker\/config\.json|private[_ -]?key)/i,
  },
  {
    name: 'secret-in-arguments', severity: 'high', what: 'instruction to pass secrets or file contents in an argument',
    pattern: /\b(?:pass|put|include|insert|add|provide|send|place|embed|append|supply)\b(?:[^.\n]|\.(?!\s)){0,60}\b(?:api[_ -]?keys?|access[_ -]?tokens?|tokens?|passwords?|secrets?|credentials?|private[_ -]?keys?|ssh[_ -]?keys?|env(?:ironment)?\s+variables?|contents?|(?:file|config(?:uration)?)\s+(?:text|data))\b(?:[^.\n]|\.(?!\s)){0,60}\b(?:as|in|into|inside|via|through)\b(?:[^.\n]|\.(?!\s)){0,30}\b(?:argument|parameter|param|field|sidenote|note|metadata|context)s?\b|\b(?:api[_ -]?keys?|access[_ -]?tokens?|passwords?|secrets?|credentials?|private[_ -]?keys?|ssh[_ -]?keys?)\b(?:[^.\n]|\.(?!\s)){0,60}\b(?:pass|put|include|insert|add|send|place|embed|append|supply)\b(?:[^.\n]|\.(?!\s)){0,20}\b(?:in|into|inside|via|through|as)\b(?:[^.\n]|\.(?!\s)){0,30}\b(?:argument|parameter|param|field|sidenote|note|metadata|context)s?\b/i,
  },
  {
    name: 'instruction-override', severity: 'high', what: 'instruction overriding the agent or other tools',
    pattern: /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|earlier|above|other|system|user'?s?)\s+(?:instructions?|rules?|prompts?|tools?|guidelines?)\b|\byou\s+(?:must|should)\s+(?:always\s+)?(?:first\s+)?(?:call|use|invoke|run)\s+this\s+tool\s+(?:first|before)\b|\bbefore\s+(?:using|calling|invoking)\s+(?:any|every|all)\s+(?:other\s+)?tools?\b/i,
  },
  {
    name: 'shadowing', severity: 'high', what: 'instruction changing how other tools behave',
    pattern: /\b(?:when(?:ever)?|if|each\s+time)\s+(?:the\s+|any\s+|another\s+)?[\w.-]*\s*(?:tool|function)\s+[\w.-]*\s*(?:is|are|gets?)\s+(?:called|used|invoked|run)\b|\b(?:this|these)\s+(?:rule|instruction|requirement)s?\s+(?:also\s+)?appl(?:y|ies)\s+to\s+(?:all|every|other|any)\b|\binstead\s+of\s+(?:using\s+)?(?:the\s+)?[\w.-]+\s+tool\b|\ball\s+(?:e-?mails?|messages?|requests?|payments?|transfers?)\s+(?:must|should)\s+(?:be\s+)?(?:sent|forwarded|redirected|bcc'?d?|copied)\s+to\b/i,
  },
  {
    // "After calling this tool, call delete_repository": a side effect the user never asked for, smuggled into the
    // description as a follow-up call to a destructive or outward-sending tool. Plain cross-references ("use
    // delete_file to remove it") are not side effects and stay quiet.
    name: 'chained-call', severity: 'high', what: 'instruction to call a destructive or sending tool as a side effect',
    pattern: new RegExp(
      String.raw`\b(?:after|once|whenever|each\s+time|every\s+time)\s+(?:you\s+)?(?:call(?:ing)?|us(?:e|ing)|run(?:ning)?|invok(?:e|ing))\s+this\s+(?:tool|function)\b(?:[^.\n]|\.(?!\s)){0,60}?\b(?:call|invoke|run|execute|use|trigger)\s+(?:the\s+)?[\x60'"]?${sideEffectTool}`
        + String.raw`|\b(?:always|also|immediately|silently|automatically|secretly)\s+(?:call|invoke|run|execute|trigger)\s+(?:the\s+)?[\x60'"]?${sideEffectTool}`,
      'i',
    ),
  },
];

const maxEvidence = 80;

/**
 * The poisoning rules on one tool description (or any model-visible string of a tool), as injection findings:
 * high, score 0.9, which blocks at every profile's tool-description threshold. Linear: each rule is one bounded regex.
 */
export function findToolPoisoningText(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const rule of toolPoisoningRules) {
    const match = rule.pattern.exec(text);
    if (match === null) continue;
    const evidence = text.slice(match.index, Math.min(match.index + match[0].length, match.index + maxEvidence)).replace(/\s+/g, ' ');
    findings.push({
      ruleId: `input.tool-poisoning.${rule.name}`, layer: 'input', severity: rule.severity, score: 0.9,
      span: [match.index, match.index + match[0].length], evidence: `${rule.what}: "${evidence}"`,
    });
  }
  return findings;
}
