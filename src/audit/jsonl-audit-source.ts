import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { canonicalJson } from '../kernel/canonical-json.ts';
import { RampartError, errorMessage } from '../kernel/errors.ts';
import { isPlainObject } from '../kernel/own.ts';
import type { AuditCheckpoint, AuditRow, AuditStore } from '../kernel/stores.ts';

/**
 * A read-only `AuditStore` over an exported JSON Lines file, so `verifyAudit` can check an export
 * (or a SIEM's copy) without the database. Each line is re-canonicalised without `hash`, so any
 * change to any field shows up as a hash mismatch. Checkpoints come from `checkpoint-signed` events.
 */
export function openJsonlAuditSource(file: string): AuditStore {
  async function* rows(from: number): AsyncGenerator<AuditRow> {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
    let number = 0;
    try {
      for await (const line of lines) {
        number++;
        if (line.trim() === '') continue;
        const row = parseLine(file, number, line);
        if (row.seq >= from) yield row;
      }
    } catch (error) {
      if (error instanceof RampartError) throw error;
      throw new RampartError('STORE_UNAVAILABLE', `${file}: ${errorMessage(error)}`, { cause: error });
    } finally {
      lines.close();
    }
  }

  return {
    async append() {
      throw new RampartError('STORE_UNAVAILABLE', `${file}: an exported log is read-only`);
    },
    async head() {
      let last: AuditRow | undefined;
      for await (const row of rows(1)) last = row;
      return last;
    },
    async range(from, to) {
      const result: AuditRow[] = [];
      for await (const row of rows(from)) if (row.seq <= to) result.push(row);
      return result;
    },
    async *pages(from = 1, pageSize = 4096) {
      let page: AuditRow[] = [];
      for await (const row of rows(from)) {
        page.push(row);
        if (page.length >= pageSize) {
          yield page;
          page = [];
        }
      }
      if (page.length > 0) yield page;
    },
    async checkpoints() {
      const found: AuditCheckpoint[] = [];
      for await (const row of rows(1)) {
        if (!row.body.includes('"type":"checkpoint-signed"')) continue;
        const event = JSON.parse(row.body) as { ts: string; type: string; data: Record<string, unknown> };
        const { checkpointSeq, checkpointHash, signature, keyId } = event.data;
        if (event.type !== 'checkpoint-signed') continue;
        if (typeof checkpointSeq !== 'number' || typeof checkpointHash !== 'string' || typeof signature !== 'string' || typeof keyId !== 'string') {
          throw new RampartError('AUDIT_CHAIN_BROKEN', `${file}: checkpoint-signed event ${row.seq} is malformed`);
        }
        found.push({ seq: checkpointSeq, hash: checkpointHash, ts: event.ts, signature, keyId });
      }
      return found.sort((a, b) => a.seq - b.seq);
    },
    async close() {},
  };
}

function parseLine(file: string, number: number, line: string): AuditRow {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new RampartError('AUDIT_CHAIN_BROKEN', `${file}:${number}: not JSON: ${errorMessage(error)}`, { cause: error });
  }
  if (!isPlainObject(parsed) || typeof parsed['hash'] !== 'string' || typeof parsed['seq'] !== 'number') {
    throw new RampartError('AUDIT_CHAIN_BROKEN', `${file}:${number}: not an audit event (needs seq and hash)`);
  }
  const { hash, ...event } = parsed;
  return { seq: parsed['seq'], hash: hash as string, body: canonicalJson(event) };
}
