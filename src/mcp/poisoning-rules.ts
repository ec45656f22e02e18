import type { Finding } from '../kernel/verdict.ts';
import { toolPoisoningRules } from '../input/tool-poisoning.ts';
import { definitionTexts, type DefinitionText, type ToolDefinition } from './tool-definition.ts';

/** What the poisoning rules know besides the definition itself. */
export interface PoisoningContext {
  /** Tool names exposed by OTHER servers (or other upstreams of this gateway): a mention of one is shadowing. */
  readonly otherTools?: readonly string[];
}

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
    for (const rule of toolPoisoningRules) {
      const match = rule.pattern.exec(item.text);
      if (match !== null) found.push({ ruleId: `mcp.poison.${rule.name}`, layer: 'mcp', severity: rule.severity, span: [match.index, match.index + match[0].length], evidence: `${item.field}: ${rule.what}: "${snippet(item.text, match.index, match.index + match[0].length)}"` });
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
