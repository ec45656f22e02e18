import type { Finding, Severity } from '../kernel/verdict.ts';
import { definitionTexts, type DefinitionText, type ToolDefinition } from './tool-definition.ts';

/** What the poisoning rules know besides the definition itself. */
export interface PoisoningContext {
  /** Tool names exposed by OTHER servers (or other upstreams of this gateway): a mention of one is shadowing. */
  readonly otherTools?: readonly string[];
}

interface PatternRule {
  readonly id: string;
  readonly severity: Severity;
  readonly pattern: RegExp;
  readonly what: string;
}

// Tool poisoning as documented by Invariant Labs (2025): hidden pseudo-tags, concealment from the
// user, reading local secrets and smuggling them through an innocuous parameter.
const patternRules: readonly PatternRule[] = [
  {
    id: 'mcp.poison.pseudo-tag', severity: 'high', what: 'instruction pseudo-tag',
    pattern: /<\s*\/?\s*(important|system|instructions?|hidden|secret|admin|critical|assistant|ai[_ -]?instructions?|note[_ -]to[_ -](?:the[_ -])?(?:ai|assistant|model|llm))\s*>|\[\s*(?:important|system|instructions?)\s*\]|\{\{\s*(?:system|important)\s*\}\}/i,
  },
  {
    id: 'mcp.poison.concealment', severity: 'high', what: 'instruction to hide something from the user',
    pattern: /\b(?:do\s+not|don'?t|never|must\s+not)\s+(?:tell|mention|inform|notify|reveal|show|alert|disclose)\s+(?:(?:this|it|anything)\s+)?(?:to\s+)?(?:the\s+)?user\b|\bwithout\s+(?:telling|informing|notifying|asking|alerting)\s+(?:the\s+)?user\b|\b(?:the\s+)?user\s+(?:must|should)\s+(?:not|never)\s+(?:know|see|be\s+told)\b/i,
  },
  {
    id: 'mcp.poison.sensitive-file', severity: 'high', what: 'instruction to read a sensitive file',
    pattern: /\b(?:read|cat|open|load|include|access|get|fetch|retrieve|attach|copy|send|upload|paste)\b(?:[^.\n]|\.(?!\s)){0,80}(?:~\/\.ssh|\bid_(?:rsa|ed25519|ecdsa)\b|\.ssh\/|(?:^|[\s/'"`])\.env\b|\.aws\/credentials|\/etc\/(?:passwd|shadow)|\.npmrc|\.netrc|\.git-credentials|\.gitconfig|mcp\.json|claude_desktop_config\.json|\.kube\/config|\.docker\/config\.json|private[_ -]?key)/i,
  },
  {
    id: 'mcp.poison.secret-in-arguments', severity: 'high', what: 'instruction to pass secrets or file contents in an argument',
    pattern: /\b(?:pass|put|include|insert|add|provide|send|place|embed|append|supply)\b(?:[^.\n]|\.(?!\s)){0,60}\b(?:api[_ -]?keys?|access[_ -]?tokens?|tokens?|passwords?|secrets?|credentials?|private[_ -]?keys?|ssh[_ -]?keys?|env(?:ironment)?\s+variables?|contents?|(?:file|config(?:uration)?)\s+(?:text|data))\b(?:[^.\n]|\.(?!\s)){0,60}\b(?:as|in|into|inside|via|through)\b(?:[^.\n]|\.(?!\s)){0,30}\b(?:argument|parameter|param|field|sidenote|note|metadata|context)s?\b/i,
  },
  {
    id: 'mcp.poison.instruction-override', severity: 'high', what: 'instruction overriding the agent or other tools',
    pattern: /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|earlier|above|other|system|user'?s?)\s+(?:instructions?|rules?|prompts?|tools?|guidelines?)\b|\byou\s+(?:must|should)\s+(?:always\s+)?(?:first\s+)?(?:call|use|invoke|run)\s+this\s+tool\s+(?:first|before)\b|\bbefore\s+(?:using|calling|invoking)\s+(?:any|every|all)\s+(?:other\s+)?tools?\b/i,
  },
  {
    id: 'mcp.poison.shadowing', severity: 'high', what: 'instruction changing how other tools behave',
    pattern: /\b(?:when(?:ever)?|if|each\s+time)\s+(?:the\s+|any\s+|another\s+)?[\w.-]*\s*(?:tool|function)\s+[\w.-]*\s*(?:is|are|gets?)\s+(?:called|used|invoked|run)\b|\b(?:this|these)\s+(?:rule|instruction|requirement)s?\s+(?:also\s+)?appl(?:y|ies)\s+to\s+(?:all|every|other|any)\b|\binstead\s+of\s+(?:using\s+)?(?:the\s+)?[\w.-]+\s+tool\b|\ball\s+(?:e-?mails?|messages?|requests?|payments?|transfers?)\s+(?:must|should)\s+(?:be\s+)?(?:sent|forwarded|redirected|bcc'?d?|copied)\s+to\b/i,
  },
];

// Zero-width and joiner characters, bidi controls, invisible operators, Unicode tag characters
// (ASCII smuggling) and variation selectors that can carry hidden payloads.
const invisible = /[\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E\u00AD\u{E0000}-\u{E007F}]|\p{Variation_Selector}/u;
const latinLetter = /\p{Script=Latin}/u;
const lookalikeLetter = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const maxEvidence = 80;

function snippet(text: string, start: number, end: number): string {
  const piece = text.slice(start, Math.min(end, start + maxEvidence)).replace(/\s+/g, ' ');
  return escapeInvisible(piece);
}

function escapeInvisible(text: string): string {
  return text.replace(/[^\x20-\x7E\u00A0-\u024F]/gu, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}

function unicodeFindings(item: DefinitionText): Finding[] {
  const findings: Finding[] = [];
  const hidden = invisible.exec(item.text);
  if (hidden !== null) {
    findings.push({
      ruleId: 'mcp.poison.invisible-unicode', layer: 'mcp', severity: 'high', span: [hidden.index, hidden.index + hidden[0].length],
      evidence: `${item.field}: invisible or bidi control character ${escapeInvisible(hidden[0])}`,
    });
  }
  // A word mixing Latin with Cyrillic/Greek letters is a homoglyph disguise ("rеad" with a Cyrillic е).
  for (const match of item.text.matchAll(/\p{L}+/gu)) {
    if (latinLetter.test(match[0]) && lookalikeLetter.test(match[0])) {
      findings.push({ ruleId: 'mcp.poison.homoglyph', layer: 'mcp', severity: 'high', span: [match.index, match.index + match[0].length], evidence: `${item.field}: mixed-script word ${escapeInvisible(match[0])}` });
      break;
    }
  }
  return findings;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shadowingFindings(item: DefinitionText, self: string, otherTools: readonly string[]): Finding[] {
  if (item.field.endsWith('#key')) return [];
  for (const other of otherTools) {
    // Short or generic names ("get", "run") would match ordinary prose; require a distinctive name.
    if (other === self || other.length < 5 || !/[_.-]/.test(other)) continue;
    const match = new RegExp(`(?<![\\w-])${escapeRegExp(other)}(?![\\w-])`, 'i').exec(item.text);
    if (match !== null) {
      return [{ ruleId: 'mcp.poison.cross-tool-reference', layer: 'mcp', severity: 'high', span: [match.index, match.index + match[0].length], evidence: `${item.field}: mentions another server's tool '${other}'` }];
    }
  }
  return [];
}

/**
 * Runs the tool-poisoning rules over every model-visible string of a definition. Findings carry the
 * field they were found in; spans index that field's original text.
 */
export function findToolPoisoning(definition: ToolDefinition, context: PoisoningContext = {}): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const item of definitionTexts(definition)) {
    const found: Finding[] = [...unicodeFindings(item), ...shadowingFindings(item, definition.name, context.otherTools ?? [])];
    for (const rule of patternRules) {
      const match = rule.pattern.exec(item.text);
      if (match !== null) found.push({ ruleId: rule.id, layer: 'mcp', severity: rule.severity, span: [match.index, match.index + match[0].length], evidence: `${item.field}: ${rule.what}: "${snippet(item.text, match.index, match.index + match[0].length)}"` });
    }
    if (item.text === '[schema nested too deep to inspect]') found.push({ ruleId: 'mcp.poison.schema-too-deep', layer: 'mcp', severity: 'high', evidence: `${item.field}: schema nested deeper than the inspector reads` });
    for (const finding of found) {
      // One finding per rule and field keeps reports short while keeping every location.
      const key = `${finding.ruleId}\u0000${item.field}`;
      if (!seen.has(key)) {
        seen.add(key);
        findings.push(finding);
      }
    }
  }
  return findings;
}
