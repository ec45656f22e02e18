import type { KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import { rowToEvent } from '../../audit/event-codec.ts';
import { verifyAudit } from '../../audit/verify-audit.ts';
import type { AuditEvent } from '../../kernel/audit-event.ts';
import { RampartError } from '../../kernel/errors.ts';
import { isPlainObject } from '../../kernel/own.ts';
import type { AuditRow, AuditStore } from '../../kernel/stores.ts';
import { appendUserAttacks, attackExcerptSpan, learnedAttackMaxChars, userAttacksPath } from '../../input/user-attacks.ts';
import { readPublicKey } from '../../storage/keys.ts';
import { exitCodes, out, type CommandIo } from '../io.ts';
import { openLogFor } from './audit-shared.ts';

/** Which blocked events `--from-audit` learns from and what it does with them. */
export interface FromAuditOptions {
  readonly dataDir: string | undefined;
  /** Earliest event time (ms since the epoch) to consider. */
  readonly since: number | undefined;
  /** Only events with a rule id starting with this. */
  readonly rulePrefix: string | undefined;
  /** Only events whose detector score is at least this. */
  readonly minScore: number | undefined;
  /** Key to check signed checkpoints with, instead of the data directory's own. */
  readonly publicKeyFile: string | undefined;
  readonly dryRun: boolean;
  readonly json: boolean;
}

/** What happened to one selected blocked event. */
export interface LearnedEvent {
  readonly seq: number;
  readonly outcome: 'added' | 'exists' | 'would-add' | 'skipped';
  readonly id?: string;
  readonly reason?: string;
  /** Characters of the learned text (after cutting to the excerpt). */
  readonly chars?: number;
}

type Candidate = { seq: number; outcome: 'skipped'; reason: string; noText?: true } | { seq: number; outcome: 'learn'; text: string; note: string | undefined };

const typeMarker = '"type":"input-inspected"';
const denyMarker = '"decision":"deny"';

/**
 * Learns known attacks from denied `input-inspected` events. The chain is verified in the same pass
 * that collects the candidates, and nothing is written unless the whole log verifies: a tampered log
 * must not be able to plant "attacks" that would then block legitimate text.
 */
export async function learnFromAudit(options: FromAuditOptions, io: CommandIo): Promise<number> {
  const log = openLogFor(io, options.dataDir);
  const rows: AuditRow[] = [];
  let verification;
  try {
    const publicKey: KeyObject | undefined = options.publicKeyFile === undefined ? log.publicKey : readPublicKey(resolve(io.cwd, options.publicKeyFile));
    if (publicKey === undefined && (await log.store.checkpoints()).length > 0) {
      throw new RampartError('KEY_MISSING', `${log.paths.auditKey}: no key to check the signed checkpoints; pass --public-key FILE`);
    }
    verification = await verifyAudit(collecting(log.store, (row) => {
      if (row.body.includes(typeMarker) && row.body.includes(denyMarker)) rows.push(row);
    }), publicKey);
  } finally {
    await log.store.close();
  }
  if (!verification.ok) {
    io.stderr.write(`rampart attacks add: refusing to learn from ${log.paths.database}: audit log FAILED verification at seq ${verification.index}: ${verification.reason}\n`);
    return exitCodes.denied;
  }
  const candidates = rows.map(rowToEvent).filter((event) => selected(event, options)).map(candidate);
  const learnable = candidates.filter((entry) => entry.outcome === 'learn');
  const path = userAttacksPath(log.paths.root);
  const now = new Date();
  const results = appendUserAttacks(path, learnable.map((entry) => ({ text: entry.text, origin: `audit:${entry.seq}` })), now, { write: !options.dryRun });
  let next = 0;
  const events: LearnedEvent[] = candidates.map((entry): LearnedEvent => {
    if (entry.outcome === 'skipped') return { seq: entry.seq, outcome: 'skipped', reason: entry.reason };
    const { attack, added } = results[next++]!;
    const outcome = !added ? 'exists' : options.dryRun ? 'would-add' : 'added';
    return { seq: entry.seq, outcome, id: attack.id, chars: attack.text.length, ...(entry.note === undefined ? {} : { reason: entry.note }) };
  });
  const count = (outcome: LearnedEvent['outcome']): number => events.filter((event) => event.outcome === outcome).length;
  const withoutText = candidates.filter((entry) => entry.outcome === 'skipped' && entry.noText === true).length;
  const summary = {
    verified: verification.count, selected: events.length, added: count('added'), wouldAdd: count('would-add'),
    alreadyPresent: count('exists'), skipped: count('skipped'), withoutText, file: path, dryRun: options.dryRun,
  };
  if (options.json) {
    out(io, JSON.stringify({ summary, events }));
    return exitCodes.ok;
  }
  out(io, `audit log verified: ${verification.count} events; ${events.length} blocked input ${events.length === 1 ? 'event' : 'events'} selected`);
  for (const event of events) {
    const detail = event.reason === undefined ? '' : ` (${event.reason})`;
    out(io, event.outcome === 'skipped' ? `skipped audit:${event.seq}: ${event.reason}` : `${event.outcome} ${event.id} <- audit:${event.seq}${detail}`);
  }
  const added = options.dryRun ? `${summary.wouldAdd} would be added (dry run, nothing written)` : `${summary.added} added`;
  const hint = withoutText === 0 ? '' : ` (${withoutText} without captured text: set audit.capture_blocked_input: true or audit.capture_raw: true to capture blocked input text)`;
  out(io, `${added}, ${summary.alreadyPresent} already present, ${summary.skipped} skipped${hint}`);
  return exitCodes.ok;
}

/** The store as seen by the verifier, handing every row it reads to `onRow` (one pass, no re-read after verifying). */
function collecting(store: AuditStore, onRow: (row: AuditRow) => void): AuditStore {
  return {
    append: (rows, checkpoints) => store.append(rows, checkpoints),
    head: () => store.head(),
    range: (from, to) => store.range(from, to),
    checkpoints: () => store.checkpoints(),
    close: () => store.close(),
    async *pages(from, pageSize) {
      for await (const page of store.pages(from, pageSize)) {
        for (const row of page) onRow(row);
        yield page;
      }
    },
  };
}

function selected(event: AuditEvent, options: FromAuditOptions): boolean {
  if (event.type !== 'input-inspected' || event.decision !== 'deny') return false;
  if (options.since !== undefined && !(Date.parse(event.ts) >= options.since)) return false;
  if (options.rulePrefix !== undefined && !event.ruleIds.some((ruleId) => ruleId.startsWith(options.rulePrefix!))) return false;
  const score = isPlainObject(event.data) ? event.data['score'] : undefined;
  if (options.minScore !== undefined && !(typeof score === 'number' && score >= options.minScore)) return false;
  return true;
}

function candidate(event: AuditEvent): Candidate {
  const seq = event.seq;
  if (event.ruleIds.length > 0 && event.ruleIds.every((ruleId) => ruleId.startsWith('firewall.'))) {
    return { seq, outcome: 'skipped', reason: 'fail-closed deny (a stage failed), not a detection' };
  }
  // Learning from similarity matches alone would let the index drift, one near-copy at a time, away from real attacks.
  if (event.ruleIds.length > 0 && event.ruleIds.every((ruleId) => ruleId.startsWith('input.similarity.'))) {
    return { seq, outcome: 'skipped', reason: 'blocked only by similarity to an attack already known' };
  }
  const data = isPlainObject(event.data) ? event.data : {};
  const captured = data['text'];
  if (typeof captured !== 'string' || captured === '') return { seq, outcome: 'skipped', reason: 'no captured text', noText: true };
  const { text, note } = learnedText(captured, data['textStart'], data['excerpt']);
  if (text.trim().split(/\s+/u).length < 3) return { seq, outcome: 'skipped', reason: 'fewer than three words (would match too broadly)' };
  return { seq, outcome: 'learn', text, note };
}

/** The excerpt the firewall marked when it captured the text (the input was longer); else the text, cut to the limit from its start. */
function learnedText(captured: string, textStart: unknown, excerpt: unknown): { text: string; note: string | undefined } {
  const base = typeof textStart === 'number' && Number.isSafeInteger(textStart) ? textStart : 0;
  if (Array.isArray(excerpt) && excerpt.length === 2 && excerpt.every((value) => Number.isSafeInteger(value))) {
    const [start, end] = [(excerpt[0] as number) - base, (excerpt[1] as number) - base];
    if (start >= 0 && start < end && end <= captured.length && end - start <= learnedAttackMaxChars) {
      return { text: captured.slice(start, end), note: `the ${end - start} characters around the findings` };
    }
  }
  const [start, end] = attackExcerptSpan(captured, []);
  return { text: captured.slice(start, end), note: end - start < captured.length ? `cut to the first ${end - start} of ${captured.length} characters` : undefined };
}
