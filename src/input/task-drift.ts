import type { Finding } from '../kernel/verdict.ts';
import { forwardReference, questionOpen, refersToCarrier, stopWords, taskVerb } from './task-drift-lexicon.ts';
import type { TextView } from './text-view.ts';

/**
 * Task drift in untrusted content: a self-contained request addressed to an assistant ("Explain the theory of
 * relativity.", "What is the capital of Brazil?") planted in a document that is about something else. Such a line
 * carries no override wording at all; what gives it away is that it asks for work and shares no topic with the text
 * around it. A bank notice, a table or a code question never needs its reader to answer an unrelated question.
 *
 * Left alone, because they are how ordinary documents ask things:
 * - a request that shares a content word with the rest of the document (an FAQ answer, a support email);
 * - a request that points at the document ("summarise the text above", "what would the narrator say?");
 * - documents with more than two candidate requests (quizzes, example prompts, exercise sheets);
 * - indented lines, docstrings and string literals (code), and requests in documents too short to have a topic.
 *
 * The finding is medium: alone it does not block under the balanced profile, but it corroborates the classifier and
 * any other finding, and it is recorded with its span in the audit log.
 */

const minimumContextStems = 6;
const maximumRequestWords = 40;
// More candidate requests than this and the document is a list of requests (a quiz, example prompts), not a carrier.
const maximumCandidates = 2;
// The cleaned text (`nfkc` when cleaning changed anything, else `original`) and JSON/code strings with their escapes decoded.
const scannedViews = new Set(['original', 'nfkc', 'escapes']);
const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const leadingMarker = /^(?:[-*•>]+\s*|\d{1,3}[.)]\s+|[a-z][.)]\s+)?["'“‘]?/iu;
// Markup and JSON around a line's text: `<p>…</p>`, `"note": "…",`.
const leadingWrapper = /^(?:\s*<[a-z][^<>]{0,80}>)+|^\s*"[\w -]{1,40}"\s*:\s*"/iu;
const closingTag = /^<\/[a-z][^<>]{0,20}>$/iu;

/** Drops closing tags and a closing JSON quote from the end of a line, scanning backwards once (linear time). */
function withoutClosingMarkup(text: string): string {
  let end = text.trimEnd().length;
  while (end > 0 && text[end - 1] === '>') {
    const open = text.lastIndexOf('<', end - 1);
    if (open < 0 || !closingTag.test(text.slice(open, end))) break;
    end = text.slice(0, open).trimEnd().length;
  }
  return text.slice(0, end).replace(/"\s*[,}\]]{0,3}$/u, '');
}

const jsonLine = /[{[,]\s*"[^"\n]{0,60}"\s*:|^\s*\[\s*"/u;
const jsonString = /"((?:[^"\\\n]|\\.){1,1000})"/gu;

interface Segment { readonly start: number; readonly end: number; readonly text: string }

function stem(token: string): string {
  return token.length > 6 ? token.slice(0, 6) : token;
}

function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.matchAll(word)) {
    const token = match[0].toLowerCase().replace(/['’]s$/u, '').replace(/['’-]+$/u, '');
    if (token.length < 3 || stopWords.has(token) || /^\d+$/u.test(token)) continue;
    stems.push(stem(token));
  }
  return stems;
}

function isRequest(body: string): boolean {
  // Docstrings and string literals are code.
  if (/"""|'''|`/u.test(body)) return false;
  const words = body.match(word)?.length ?? 0;
  if (words < 3 || words > maximumRequestWords) return false;
  // One sentence only: a request line ends at its own full stop, question mark or colon.
  if (/[.!?]\s+\S/u.test(body.replace(/\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Dr)\./giu, ''))) return false;
  // "the following symbols: @, #" points at its own payload after the colon, not at the carrier.
  const payload = /:\s*\S/u.exec(body);
  const head = payload === null ? body : body.slice(0, payload.index).replace(forwardReference, '');
  if (refersToCarrier.test(head)) return false;
  if (questionOpen.test(body)) return body.endsWith('?');
  return taskVerb.test(body) && /^\p{Lu}/u.test(body) && /[.:!]$/u.test(body) && !/^\S+\s*:/u.test(body);
}

/** A line, or the string values of a line of JSON (a tool result on one line): each can carry a planted request. */
function piecesOf(line: string): { start: number; text: string }[] {
  if (!jsonLine.test(line)) return line.length <= 1000 ? [{ start: 0, text: line }] : [];
  const pieces: { start: number; text: string }[] = [];
  for (const match of line.matchAll(jsonString)) {
    const value = match[1] ?? '';
    if (value.length > 0 && !/^\s*:/u.test(line.slice(match.index + match[0].length))) pieces.push({ start: match.index + 1, text: value });
  }
  return pieces;
}

/** Whole lines that read as a request to an assistant; stops early once the document is a list of requests. */
function candidateRequests(text: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  while (segments.length <= maximumCandidates) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    // Indented lines are code, quoted blocks or layout, not a sentence planted for the reader.
    if (!/^(?:\t| {4})/u.test(line)) {
      for (const piece of piecesOf(line)) {
        const unwrapped = piece.text.replace(leadingWrapper, '');
        const offset = piece.text.length - unwrapped.length;
        const marker = leadingMarker.exec(unwrapped)?.[0].length ?? 0;
        const rest = unwrapped.slice(marker);
        const opening = rest.trimStart();
        // Cheap anchored test first: most lines open with neither a question word nor a task verb.
        if (!questionOpen.test(opening) && !taskVerb.test(opening)) continue;
        const body = withoutClosingMarkup(rest).trim();
        if (body.length > 0 && isRequest(body)) {
          const start = lineStart + piece.start + offset + marker + (rest.length - opening.length);
          segments.push({ start, end: start + body.length, text: body });
        }
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return segments;
}

function driftIn(view: TextView): Finding[] {
  const candidates = candidateRequests(view.text);
  if (candidates.length === 0 || candidates.length > maximumCandidates) return [];
  const counts = new Map<string, number>();
  for (const stemmed of contentStems(view.text)) counts.set(stemmed, (counts.get(stemmed) ?? 0) + 1);
  const findings: Finding[] = [];
  for (const candidate of candidates) {
    const own = new Map<string, number>();
    for (const stemmed of contentStems(candidate.text)) own.set(stemmed, (own.get(stemmed) ?? 0) + 1);
    if (own.size === 0) continue;
    let contextStems = 0;
    for (const [stemmed, count] of counts) if (count > (own.get(stemmed) ?? 0)) contextStems += 1;
    if (contextStems < minimumContextStems) continue;
    if ([...own].some(([stemmed, count]) => (counts.get(stemmed) ?? 0) > count)) continue;
    findings.push({
      ruleId: 'input.drift.planted-request',
      layer: 'input',
      severity: 'medium',
      score: 0.55,
      span: view.toOriginal([candidate.start, candidate.end]),
      evidence: `a request that shares no topic with the rest of the content: ${candidate.text.slice(0, 120)}`,
      ...(view.name === 'escapes' ? { decodedFrom: view.name } : {}),
    });
  }
  return findings;
}

/** Finds planted requests in the plain and unescaped views of untrusted content (documents, tool output, tool descriptions). */
export function findTaskDrift(views: readonly TextView[]): Finding[] {
  const cleaned = views.some((view) => view.name === 'nfkc');
  for (const view of views) {
    if (!scannedViews.has(view.name) || (cleaned && view.name === 'original')) continue;
    const findings = driftIn(view);
    if (findings.length > 0) return findings;
  }
  return [];
}
