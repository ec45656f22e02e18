import type { ContentSource } from '../kernel/types.ts';
import type { Finding, Severity } from '../kernel/verdict.ts';
import { findAdversarialSuffix, sharedCommonWords } from './adversarial-suffix.ts';
import { alternationCursor, splitAlternation, type AlternationMatch, type SearchPart } from './alternation-scan.ts';
import { createLiteralPrefilter, type LiteralPrefilter } from './literal-prefilter.ts';
import { requiredLiterals } from './required-literals.ts';
import { agentActionRules } from './rules/agent-actions.ts';
import { arabic, chinese, hindi, japanese, korean } from './rules/asian-languages.ts';
import { aiAddressedRules } from './rules/ai-addressed.ts';
import { classicMultilingual } from './rules/classic-multilingual.ts';
import { pivotRules } from './rules/pivots.ts';
import { englishEmbedded } from './rules/embedded-english.ts';
import { embeddedMultilingual } from './rules/embedded-multilingual.ts';
import { english } from './rules/english.ts';
import { jailbreakTechniqueRules } from './rules/jailbreak-techniques.ts';
import { french, german, italian, portuguese, spanish } from './rules/european.ts';
import { czech, indonesian, romanian, swedish, vietnamese } from './rules/further-languages.ts';
import { bengali, hungarian, swahili, tagalog, urdu } from './rules/further-languages-extra.ts';
import { greek, hebrew, persian, thai, ukrainian } from './rules/further-languages-scripts.ts';
import { dutch, polish, russian, turkish } from './rules/more-languages.ts';
import { categoryWeights, heuristicCategories, untrustedOnlyCategories, type HeuristicCategory, type LanguageRules } from './rules/types.ts';
import { scanWindows } from './scan-windows.ts';
import type { TextView } from './text-view.ts';

export type { HeuristicCategory } from './rules/types.ts';

/** One compiled rule: all phrasings of one category in one language. */
export interface HeuristicRule {
  /** Finding id, e.g. `input.heuristic.instruction-override`. */
  readonly id: string;
  readonly category: HeuristicCategory;
  /** ISO 639-1 code of the phrasings. */
  readonly language: string;
  /** Severity weight in [0, 1]. */
  readonly weight: number;
  /** The compiled pattern (global, case-insensitive, Unicode). */
  readonly pattern: RegExp;
  /** Matches must start at a word boundary (checked in code rather than by a lookbehind, for speed). */
  readonly leadingBoundary: boolean;
  /** The rule only runs on text containing this script. */
  readonly script?: RegExp;
  /** The rule only runs on untrusted content (or when the source is unknown). */
  readonly untrustedOnly: boolean;
}

/** Options of one heuristic scan. */
export interface HeuristicScanOptions {
  /** Where the text comes from; rules about instructions addressed to the assistant only run on untrusted sources. Unknown: all rules run. */
  readonly source?: ContentSource;
  /**
   * Run every rule and language gate on every window, without the required-literal prefilter: the reference
   * behaviour the prefiltered scan must equal (used by the equivalence tests; slower). Default false.
   */
  readonly exhaustive?: boolean;
}

const untrustedSources: ReadonlySet<ContentSource> = new Set(['tool-result', 'document', 'web', 'email']);

/** The heuristic rule set, compiled once. */
export interface HeuristicRules {
  readonly rules: readonly HeuristicRule[];
  /** Deduplicated findings over all views, spans in the ORIGINAL text, `decodedFrom` naming the view when not original. */
  scan(views: readonly TextView[], options?: HeuristicScanOptions): Finding[];
}

/** Every language's phrasings. */
export const languageRules: readonly LanguageRules[] = [
  english, spanish, french, german, italian, portuguese, dutch, polish, turkish, russian, chinese, japanese, korean, arabic, hindi,
  vietnamese, indonesian, thai, hebrew, persian, ukrainian, swedish, czech, greek, romanian,
  hungarian, swahili, tagalog, bengali, urdu,
  englishEmbedded, ...embeddedMultilingual, ...aiAddressedRules, ...classicMultilingual, ...pivotRules,
  ...agentActionRules,
  ...jailbreakTechniqueRules,
];

// JavaScript's `\b` only knows ASCII word characters; other languages need Unicode-aware boundaries. A leading `\b`
// is checked in code after a match (a lookbehind at the start of a pattern defeats the regex engine's fast scan).
const wordCharacter = '[\\p{L}\\p{N}_]';
const maxMatchesPerRule = 8;

function unicodeBoundaries(source: string, keepLeading: boolean): string {
  const withoutLeading = source.startsWith('\\b') && !keepLeading ? source.slice(2) : source;
  // After a quantified letter class (`\p{L}{0,4}\b`, `[a-z]{2,3}\b`; not a space class) `\b` ends the word the class continued; after a gap
  // `{m,n}` (greedy or lazy), an alternation bar, a group start or a space, `\b` starts a word; anywhere else it ends one.
  return withoutLeading.replace(/(\\p\{L\}|\\w|\[(?!\^)(?![^\]]*\\s)[^\] ,]*\])(\{\d*,?\d*\}\??)\\b/g, `$1$2(?!${wordCharacter})`).replace(/(^|\}\??|[|:\s]|\(\?:)\\b/g, `$1(?<!${wordCharacter})`).replaceAll('\\b', `(?!${wordCharacter})`);
}

/** Compiles the built-in multilingual rules for instruction override, persona switch, fake chat markers and more. */
export function createHeuristicRules(): HeuristicRules {
  const rules: HeuristicRule[] = [];
  const alternatives = new Map<HeuristicRule, readonly string[]>();
  for (const language of languageRules) {
    for (const category of heuristicCategories) {
      const listed = language.patterns[category];
      const sources = category === 'authority-claim' && language.imperatives !== undefined && listed !== undefined
        ? listed.map((source) => `(?:${source})[^\\n]{0,80}(?:${language.imperatives ?? ''})`)
        : listed;
      if (sources === undefined || sources.length === 0) continue;
      const english = language.language === 'en';
      const leadingBoundary = !english && sources.every((source) => source.startsWith('\\b'));
      const compiled = sources.map((source) => (english ? source : unicodeBoundaries(source, !leadingBoundary)));
      const rule: HeuristicRule = {
        id: `input.heuristic.${category}`, category, language: language.language, weight: categoryWeights[category],
        pattern: new RegExp(compiled.map((source) => `(?:${source})`).join('|'), english ? 'gi' : 'giu'), leadingBoundary,
        untrustedOnly: untrustedOnlyCategories.has(category), ...(language.script === undefined ? {} : { script: language.script }),
      };
      rules.push(rule);
      alternatives.set(rule, compiled);
    }
  }
  const plan = createScanPlan(rules, alternatives);
  const trustedPlan: ScanPlan = { ...plan, rules: plan.rules.filter((entry) => !entry.rule.untrustedOnly) };
  const words = sharedCommonWords();
  return {
    rules,
    scan(views, options = {}) {
      const source = options.source;
      const untrusted = source === undefined || untrustedSources.has(source);
      const findings = scanViews(untrusted ? plan : trustedPlan, views, options.exhaustive === true);
      // Optimiser noise is looked for in what people type; documents and tool output are full of code and identifiers.
      const original = untrusted && source !== undefined ? undefined : views.find((view) => view.name === 'original');
      const suffix = original === undefined ? undefined : findAdversarialSuffix(original.text, words);
      return suffix === undefined ? findings : [...findings, suffix];
    },
  };
}

function severityOf(score: number): Severity {
  if (score >= 0.8) return 'high';
  if (score >= 0.6) return 'medium';
  return 'low';
}

/** Rules in reporting order, each split into alternation parts that carry their unit in the shared literal prefilter. */
interface ScanPlan {
  readonly rules: readonly { readonly rule: HeuristicRule; readonly parts: readonly (SearchPart & { readonly unit: number })[]; readonly lastUnit: number }[];
  /** One literal scan per window over the required literals of every part of every rule, whatever its language gate. */
  readonly prefilter: LiteralPrefilter;
  /** Prefilter unit of each language gate with required literals: a gate whose literals are absent is closed untested. */
  readonly gates: ReadonlyMap<RegExp, number>;
}

// A part can only match text containing one of its required literals (derived from its pattern): one combined literal
// scan per window decides which parts of which rules run at all, and language gates are tested only for rules with
// a part left to run.
function createScanPlan(rules: readonly HeuristicRule[], alternatives: ReadonlyMap<HeuristicRule, readonly string[]>): ScanPlan {
  const units: { literals: readonly string[] | undefined; flags: string }[] = [];
  const planned = rules.map((rule) => {
    const parts = splitAlternation(alternatives.get(rule) ?? [rule.pattern.source], rule.pattern.flags).map((part) => {
      units.push({ literals: part.literals, flags: part.pattern.flags });
      return { ...part, unit: units.length - 1 };
    });
    return { rule, parts, lastUnit: units.length - 1 };
  });
  const gates = new Map<RegExp, number>();
  for (const gate of new Set(rules.map((rule) => rule.script))) {
    const literals = gate === undefined ? undefined : requiredLiterals(gate.source, gate.flags);
    if (gate === undefined || literals === undefined) continue;
    units.push({ literals, flags: gate.flags });
    gates.set(gate, units.length - 1);
  }
  return { rules: planned, prefilter: createLiteralPrefilter(units), gates };
}

function scanViews(plan: ScanPlan, views: readonly TextView[], exhaustive: boolean): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const view of views) {
    // At most maxMatchesPerRule findings per rule and view, however many blocks the view is cut into.
    const used = new Map<HeuristicRule, number>();
    for (const [windowStart, windowEnd] of scanWindows(view)) {
      const text = windowStart === 0 && windowEnd === view.text.length ? view.text : view.text.slice(windowStart, windowEnd);
      const gates = new Map<RegExp, boolean>();
      const active = exhaustive ? undefined : plan.prefilter.activeUnits(text);
      // Units are numbered rule after rule: the next active unit tells which rule has a part to run.
      let next = active?.indexOf(1) ?? 0;
      for (const { rule, parts, lastUnit } of plan.rules) {
        // The exhaustive reference runs each rule's whole alternation; the fast scan only the parts whose literals occur.
        let searched: SearchPart[] | undefined = active === undefined ? [{ pattern: rule.pattern }] : undefined;
        if (active !== undefined) {
          if (next < 0 || next > lastUnit) continue;
          for (const part of parts) if (active[part.unit] === 1) (searched ??= []).push(part);
          next = active.indexOf(1, lastUnit + 1);
        }
        if (searched === undefined) continue;
        if (rule.script !== undefined) {
          let open = gates.get(rule.script);
          if (open === undefined) {
            const unit = plan.gates.get(rule.script);
            open = active !== undefined && unit !== undefined && active[unit] === 0 ? false : rule.script.test(text);
            gates.set(rule.script, open);
          }
          if (!open) continue;
        }
        const spent = used.get(rule) ?? 0;
        if (spent < maxMatchesPerRule) used.set(rule, spent + scanWindow(rule, alternationCursor(searched, text), view, text, windowStart, seen, findings, maxMatchesPerRule - spent));
      }
    }
  }
  return dropContainedDuplicates(findings);
}

function scanWindow(
  rule: HeuristicRule, next: (lastIndex: number) => AlternationMatch | null, view: TextView, text: string, start: number, seen: Set<string>, findings: Finding[],
  budget: number,
): number {
  const decoded = view.name !== 'original' && view.name !== 'nfkc';
  let count = 0;
  let lastIndex = 0;
  for (let match = next(lastIndex); match !== null && count < budget; match = next(lastIndex)) {
    lastIndex = match.index + match.text.length;
    // Boundaries and quotes are judged in the whole view: a window may start inside a word or after a quote mark.
    if (match.text.length === 0 || (rule.leadingBoundary && isWordCharacter(view.text, start + match.index - 1))) {
      lastIndex = match.index + 1;
      continue;
    }
    const span = view.toOriginal([start + match.index, start + match.index + match.text.length]);
    const key = `${rule.id}|${span[0]}|${span[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    count += 1;
    // A phrase in quotes is usually talked about, not used ("what does 'ignore previous instructions' mean?"):
    // keep the finding for audit and the ensemble, at half weight.
    const quoted = isQuotedMention(view.text, start + match.index, start + match.index + match.text.length);
    const score = Math.min(1, rule.weight + (decoded ? 0.1 : 0)) * (quoted ? 0.5 : 1);
    findings.push({
      ruleId: rule.id, layer: 'input', severity: severityOf(score), score, span,
      evidence: `${rule.language}${quoted ? ' (quoted)' : ''}: ${match.text.replace(/\s+/g, ' ').slice(0, 80)}`,
      ...(view.name === 'original' ? {} : { decodedFrom: view.name }),
    });
  }
  return count;
}

const quotes = '"\'`“”„«»‘’「」『』';

function isQuotedMention(text: string, start: number, end: number): boolean {
  if (!quotes.includes(text[start - 1] ?? ' ')) return false;
  const inside = text.slice(start, end).search(/["'`”»’」』]/);
  if (inside >= 0) return true;
  return quotes.includes(text[end] ?? ' ') || quotes.includes(text[end + 1] ?? ' ');
}

function isWordCharacter(text: string, index: number): boolean {
  if (index < 0) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return /\w/.test(text[index] ?? '');
  return /[\p{L}\p{N}\p{M}]/u.test(text[index] ?? '');
}

/** Drops a decoded-view finding whose span covers a span the same rule already produced from an earlier view. */
function dropContainedDuplicates(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const spansByRule = new Map<string, (readonly [number, number])[]>();
  for (const finding of findings) {
    const spans = spansByRule.get(finding.ruleId) ?? [];
    const span = finding.span;
    if (span !== undefined && finding.decodedFrom !== undefined && spans.some((other) => other[0] >= span[0] && other[1] <= span[1])) continue;
    kept.push(finding);
    if (span !== undefined && spans.length < 64) spans.push(span);
    spansByRule.set(finding.ruleId, spans);
  }
  return kept;
}

/** Numeric features for a classifier: matches per category, decoded-view matches, obfuscation flags and view count. */
export function heuristicFeatures(views: readonly TextView[], findings?: readonly Finding[]): Record<string, number> {
  const all = findings ?? createHeuristicRules().scan(views);
  const features: Record<string, number> = {};
  for (const category of heuristicCategories) features[`heuristic.${category}`] = 0;
  features['heuristic.decoded-matches'] = 0;
  features['heuristic.languages'] = 0;
  features['heuristic.max-score'] = 0;
  const languages = new Set<string>();
  for (const finding of all) {
    const key = finding.ruleId.replace(/^input\./, '');
    features[key] = (Object.hasOwn(features, key) ? (features[key] ?? 0) : 0) + 1;
    if (finding.decodedFrom !== undefined && finding.ruleId.startsWith('input.heuristic.')) features['heuristic.decoded-matches'] = (features['heuristic.decoded-matches'] ?? 0) + 1;
    const language = /^([a-z]{2}):/.exec(finding.evidence ?? '')?.[1];
    if (language !== undefined) languages.add(language);
    features['heuristic.max-score'] = Math.max(features['heuristic.max-score'] ?? 0, finding.score ?? 0);
  }
  features['heuristic.languages'] = languages.size;
  features['views.count'] = views.length;
  features['views.max-depth'] = views.reduce((depth, view) => Math.max(depth, view.depth), 0);
  for (const view of views) {
    const base = view.name.split('>').at(-1) ?? view.name;
    features[`view.${base}`] = 1;
  }
  return features;
}
