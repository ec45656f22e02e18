import type { Finding } from '../kernel/verdict.ts';
import { backslashEscapeDecoder, base64Decoder, hexDecoder, htmlEntityDecoder, morseDecoder, percentDecoder, type Decoder } from './decoders.ts';
import { extractHiddenText } from './hidden-html.ts';
import { focusOnChanges, originalView, renameView, type TextView } from './text-view.ts';
import { splitWordDecoder } from './split-words.ts';
import { concatenationDecoder, leetDecoder, reverseDecoder, rot13Decoder, spacedDecoder } from './transforms.ts';
import {
  cleanInvisibleAndNfkc, decodeTagCharacters, decodeVariationSelectors, findMixedScriptWords, foldConfusables,
} from './unicode-cleanup.ts';

export type { TextView } from './text-view.ts';
export { tr39Skeleton } from './unicode-cleanup.ts';

/** The input text with every rendering a detector should scan and the obfuscation signals found on the way. */
export interface NormalizedText {
  /** The text exactly as received. */
  readonly original: string;
  /** `original` first, then cleaned, folded and decoded views; spans of every view map back to `original`. */
  readonly views: readonly TextView[];
  /** Obfuscation signals (`input.obfuscation.*`) with spans in the original text. */
  readonly findings: readonly Finding[];
}

/** Budgets that keep normalisation linear in the input size. */
export interface NormalizeOptions {
  /** Maximum decoding depth (e.g. base64 inside base64 inside hex is depth 3); default 3. */
  readonly maxDepth?: number;
  /** Maximum number of views including the original; default 24. */
  readonly maxViews?: number;
  /** Maximum characters produced by all derived views together; default 16 MiB or four times the input, the larger. */
  readonly maxDecodedBytes?: number;
}

// Decoders tried on every view, in order; structural decoders first so ROT13/leet see decoded text.
const decoders: readonly Decoder[] = [
  base64Decoder, hexDecoder, percentDecoder, htmlEntityDecoder, backslashEscapeDecoder, morseDecoder, concatenationDecoder, spacedDecoder, splitWordDecoder, leetDecoder, rot13Decoder, reverseDecoder,
];

/**
 * Normalises text for detection: NFKC with invisible-character removal, confusable folding (TR39 prototypes), hidden
 * HTML/Markdown text, Unicode tag and variation-selector smuggling, and recursive decoded views (base64, hex, URL,
 * HTML entities, Morse code, string concatenation, spaced letters, leetspeak, ROT13, reversal) within depth and size budgets.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): NormalizedText {
  const maxDepth = options.maxDepth ?? 3;
  const maxViews = options.maxViews ?? 24;
  let budget = options.maxDecodedBytes ?? Math.max(16 * 1024 * 1024, text.length * 4);
  const original = originalView(text);
  const views: TextView[] = [original];
  const findings: Finding[] = [];
  const seenTexts = new Set<string>([text]);
  let truncated = false;
  const addView = (view: TextView | undefined): TextView | undefined => {
    if (view === undefined || seenTexts.has(view.text)) return undefined;
    if (views.length >= maxViews || view.text.length > budget) {
      truncated = true;
      return undefined;
    }
    budget -= view.text.length;
    seenTexts.add(view.text);
    views.push(view);
    return view;
  };
  const clean = (view: TextView): TextView => {
    const result = cleanInvisibleAndNfkc(view, view.name === 'original' ? 'nfkc' : view.name);
    findings.push(...result.findings);
    return result.view;
  };

  const cleaned = clean(original);
  addView(cleaned);
  addView(foldConfusables(cleaned, 'skeleton'));
  findings.push(...findMixedScriptWords(original));
  const tags = decodeTagCharacters(original);
  if (tags !== undefined) addView(clean(tags));
  const selectors = decodeVariationSelectors(original);
  if (selectors !== undefined) addView(clean(selectors));
  const hidden = extractHiddenText(cleaned);
  findings.push(...hidden.findings);
  if (hidden.view !== undefined) addView(hidden.view);

  // Breadth-first decoding from the cleaned text and the hidden text; each decoded view is cleaned and folded too.
  const queue: { view: TextView; last: string | undefined }[] = [{ view: cleaned, last: undefined }];
  if (hidden.view !== undefined) queue.push({ view: hidden.view, last: undefined });
  for (let index = 0; index < queue.length && !truncated; index += 1) {
    const item = queue[index];
    if (item === undefined || item.view.depth >= maxDepth) continue;
    // A decoded view differs from its parent only in the decoded regions; decode those (with context), not everything.
    const source = item.view.depth >= 1 ? focusOnChanges(item.view, 256) : item.view;
    for (const decoder of decoders) {
      if (decoder.involution === true && decoder.name === item.last) continue;
      const decoded = decoder.decode(source, budget);
      if (decoded === undefined) continue;
      // Keep only the decoded regions (with context): later cleaning, folding, decoding and scanning then cost in
      // proportion to what was decoded, which keeps dense obfuscation linear.
      const named = renamed(clean(focusOnChanges(decoded, 256)), item.view, decoder.name);
      if (addView(named) === undefined) continue;
      addView(foldConfusables(named, `${named.name}>skeleton`));
      queue.push({ view: named, last: decoder.name });
    }
  }
  if (truncated) {
    findings.push({ ruleId: 'input.obfuscation.budget-exceeded', layer: 'input', severity: 'low', score: 0.3, evidence: 'decoding stopped at a budget' });
  }
  return { original: text, views, findings: dedupeFindings(findings) };
}

/** Gives a decoded view its chained name (`base64>rot13`); cleaned and hidden views are not part of the chain. */
function renamed(view: TextView, parent: TextView, decoderName: string): TextView {
  const prefix = parent.depth === 0 || parent.name === 'nfkc' || parent.name === 'original' ? '' : `${parent.name}>`;
  return renameView(view, `${prefix}${decoderName}`);
}

function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}|${finding.span?.join(',') ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A window of a view, for scorers with a fixed input size; spans map back to the original through the view. */
export function chunkView(view: TextView, options: { size?: number; overlap?: number } = {}): TextView[] {
  const size = Math.max(64, options.size ?? 2048);
  const overlap = Math.min(Math.max(0, options.overlap ?? 256), size >> 1);
  if (view.text.length <= size) return [view];
  const chunks: TextView[] = [];
  for (let start = 0; start < view.text.length; start += size - overlap) {
    const end = Math.min(view.text.length, start + size);
    const offset = start;
    chunks.push({
      name: view.name, depth: view.depth, text: view.text.slice(start, end),
      toOriginal: (span) => view.toOriginal([span[0] + offset, span[1] + offset]),
    });
    if (end === view.text.length) break;
  }
  return chunks;
}
