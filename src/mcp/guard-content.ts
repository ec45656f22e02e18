import { isPlainObject } from '../kernel/own.ts';
import type { ContentSource } from '../kernel/types.ts';
import { deny, type Verdict } from '../kernel/verdict.ts';
import type { CallContext, Firewall } from '../firewall/create-firewall.ts';

/** A string inside an MCP result that the model will read, with a way to replace it. */
interface TextSlot {
  readonly text: string;
  set(text: string): void;
}

/** Which MCP result shape a value has. */
export type ResultKind = 'tool-result' | 'resource' | 'prompt' | 'sampling';

const maxStructuredLeaves = 500;

function slot(holder: Record<string, unknown>, key: string): TextSlot | undefined {
  const value = holder[key];
  return typeof value === 'string' ? { text: value, set: (text) => { holder[key] = text; } } : undefined;
}

function contentSlots(block: unknown, into: TextSlot[]): void {
  if (!isPlainObject(block)) return;
  const text = slot(block, 'text');
  if (text !== undefined) into.push(text);
  if (isPlainObject(block['resource'])) {
    const embedded = slot(block['resource'], 'text');
    if (embedded !== undefined) into.push(embedded);
  }
  // Resource links are shown to the model by name and description.
  if (block['type'] === 'resource_link') {
    for (const key of ['name', 'title', 'description']) {
      const link = slot(block, key);
      if (link !== undefined) into.push(link);
    }
  }
}

function leafSlots(value: unknown, into: TextSlot[], budget: { left: number }): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') {
        if (budget.left-- > 0) into.push({ text: item, set: (text) => { value[index] = text; } });
      } else leafSlots(item, into, budget);
    });
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const leaf = slot(value, key);
      if (leaf !== undefined) {
        if (budget.left-- > 0) into.push(leaf);
      } else leafSlots(value[key], into, budget);
    }
  }
}

/** Every model-visible string of a result, by kind; `complete` is false when a result had more strings than are inspected one by one. */
function textSlots(result: Record<string, unknown>, kind: ResultKind): { slots: TextSlot[]; complete: boolean } {
  const slots: TextSlot[] = [];
  const budget = { left: maxStructuredLeaves };
  if (kind === 'tool-result') {
    if (Array.isArray(result['content'])) for (const block of result['content']) contentSlots(block, slots);
    if (result['structuredContent'] !== undefined) leafSlots(result['structuredContent'], slots, budget);
  } else if (kind === 'resource') {
    if (Array.isArray(result['contents'])) for (const item of result['contents']) contentSlots(item, slots);
  } else if (kind === 'prompt') {
    const description = slot(result, 'description');
    if (description !== undefined) slots.push(description);
    if (Array.isArray(result['messages'])) for (const message of result['messages']) if (isPlainObject(message)) contentSlots(message['content'], slots);
  } else {
    const systemPrompt = slot(result, 'systemPrompt');
    if (systemPrompt !== undefined) slots.push(systemPrompt);
    if (Array.isArray(result['messages'])) {
      for (const message of result['messages']) {
        if (!isPlainObject(message)) continue;
        const content = message['content'];
        if (Array.isArray(content)) for (const block of content) contentSlots(block, slots);
        else contentSlots(content, slots);
      }
    }
  }
  return { slots, complete: budget.left >= 0 };
}

/** The decision on one result: the (possibly redacted) copy to forward, or the verdict that blocked it. */
export type GuardedContent = { readonly action: 'forward'; readonly result: Record<string, unknown>; readonly redacted: boolean } | { readonly action: 'block'; readonly verdict: Verdict };

const sourceByKind: Readonly<Record<ResultKind, ContentSource>> = { 'tool-result': 'tool-result', 'resource': 'document', 'prompt': 'document', 'sampling': 'tool-result' };

/**
 * Inspects an MCP result the way every untrusted content is inspected: the injection detector over
 * all its text (which also taints the session), then output inspection (secrets, PII, links) string
 * by string so redactions land where they were found. Any deny blocks the whole result.
 */
export async function guardContent(result: unknown, kind: ResultKind, origin: string, firewall: Firewall, context: CallContext, options: { untrusted?: boolean } = {}): Promise<GuardedContent> {
  if (!isPlainObject(result)) return { action: 'block', verdict: deny('mcp.result.malformed', `the ${kind} is not a JSON object`) };
  const copy = structuredClone(result);
  const { slots, complete } = textSlots(copy, kind);
  if (!complete) return { action: 'block', verdict: deny('mcp.result.too-complex', `the ${kind} has more than ${maxStructuredLeaves} strings in its structured content`) };
  if (slots.length === 0) return { action: 'forward', result, redacted: false };
  // A tool the policy marks `untrusted_result: false` skips the injection detector (and taints nothing); output inspection always runs.
  if (options.untrusted !== false) {
    const joined = slots.map((item) => item.text).join('\n\n');
    const input = await firewall.inspectInput({ text: joined, source: sourceByKind[kind], origin }, context);
    if (input.verdict.action === 'deny') return { action: 'block', verdict: input.verdict };
  }
  let redacted = false;
  for (const item of slots) {
    const verdict = await firewall.inspectOutput(item.text, context);
    if (verdict.action === 'deny' || verdict.action === 'ask') return { action: 'block', verdict };
    if (verdict.action === 'redact') {
      item.set(verdict.text);
      redacted = true;
    }
  }
  return { action: 'forward', result: redacted ? copy : result, redacted };
}
