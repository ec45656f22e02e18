import { hash } from 'node:crypto';
import type { AuditDecision, AuditEvent, AuditEventType } from '../kernel/audit-event.ts';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { RampartError } from '../kernel/errors.ts';
import type { AuditRow } from '../kernel/stores.ts';

/** `prevHash` of the first event: 64 zeros. */
export const genesisHash = '0'.repeat(64);

/** The fields of an event before it is chained (everything but `seq`, `prevHash` and `hash`). */
export interface UnchainedEvent {
  readonly v: number;
  readonly ts: string;
  readonly type: AuditEventType;
  readonly sessionId: string | null;
  readonly traceId: string | null;
  readonly agentId: string | null;
  readonly decision: AuditDecision;
  readonly ruleIds: readonly string[];
  readonly reasons: readonly string[];
  /** `data` already in RFC 8785 form, serialised once when the record was queued. */
  readonly dataJson: string;
}

/** Hex SHA-256 of a UTF-8 string (one-shot `crypto.hash`, about twice as fast as createHash for short input). */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/**
 * The RFC 8785 text of an event without `hash`, built field by field in canonical key order
 * (agentId < data < decision < prevHash < reasons < ruleIds < seq < sessionId < traceId < ts < type < v).
 * Equal to `canonicalJson(event without hash)`; a property test holds the two together.
 */
export function encodeEventBody(event: UnchainedEvent, seq: number, prevHash: string): string {
  return `{"agentId":${json(event.agentId)},"data":${event.dataJson},"decision":${JSON.stringify(event.decision)},` +
    `"prevHash":"${prevHash}","reasons":${strings(event.reasons)},"ruleIds":${strings(event.ruleIds)},"seq":${seq},` +
    `"sessionId":${json(event.sessionId)},"traceId":${json(event.traceId)},"ts":${JSON.stringify(event.ts)},` +
    `"type":${JSON.stringify(event.type)},"v":${event.v}}`;
}

/** Chains one event onto `prevHash` and returns its stored row. */
export function chainEvent(event: UnchainedEvent, seq: number, prevHash: string): AuditRow {
  const body = encodeEventBody(event, seq, prevHash);
  return { seq, hash: sha256(body), body };
}

/** Marker that starts the top-level `prevHash` member; it cannot occur unescaped inside a JSON string. */
const prevHashMarker = ',"prevHash":"';
const seqMarker = ',"seq":';

/**
 * Reads the top-level `prevHash` and `seq` of a body without parsing it. Every member after `data`
 * is a string, a number, null or an array of strings, so the LAST marker is the top-level one.
 */
export function bodyLinks(body: string): { prevHash: string; seq: number } | undefined {
  const prevAt = body.lastIndexOf(prevHashMarker);
  const seqAt = body.lastIndexOf(seqMarker);
  if (prevAt < 0 || seqAt < prevAt) return undefined;
  const hashStart = prevAt + prevHashMarker.length;
  if (body.charCodeAt(hashStart + 64) !== 34 /* " */) return undefined;
  const seqStart = seqAt + seqMarker.length;
  const seqEnd = body.indexOf(',', seqStart);
  const seq = seqEnd < 0 ? Number.NaN : Number(body.slice(seqStart, seqEnd));
  if (!Number.isSafeInteger(seq)) return undefined;
  return { prevHash: body.slice(hashStart, hashStart + 64), seq };
}

/**
 * One SIEM-ready JSON line for a row: the full event including `hash`, still in RFC 8785 form
 * (`hash` sorts between `decision` and `prevHash`, so it is spliced in before `prevHash`).
 */
export function rowToLine(row: AuditRow): string {
  const at = row.body.lastIndexOf(prevHashMarker);
  if (at < 0) throw new RampartError('AUDIT_CHAIN_BROKEN', `audit event ${row.seq}: stored body has no prevHash`);
  return `${row.body.slice(0, at + 1)}"hash":"${row.hash}",${row.body.slice(at + 1)}`;
}

/** Parses a stored row back into an event object. */
export function rowToEvent(row: AuditRow): AuditEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.body);
  } catch (error) {
    throw new RampartError('AUDIT_CHAIN_BROKEN', `audit event ${row.seq}: stored body is not JSON`, { cause: error });
  }
  return { ...(parsed as Omit<AuditEvent, 'hash'>), hash: row.hash };
}

/** The canonical text of `data`; throws `INPUT_INVALID` for values JSON cannot carry (NaN, bigint, functions). */
export function encodeData(data: Readonly<Record<string, unknown>> | undefined): string {
  return data === undefined ? '{}' : canonicalJson(data);
}

function json(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

function strings(values: readonly string[]): string {
  if (values.length === 0) return '[]';
  return `[${values.map((value) => JSON.stringify(value)).join(',')}]`;
}
