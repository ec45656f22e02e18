import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rowToEvent } from '../../src/audit/event-codec.ts';
import { openAuditLog } from '../../src/audit/open-audit-trail.ts';
import { verifyAudit } from '../../src/audit/verify-audit.ts';

const child = new URL('./audit-crash-child.ts', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'rampart-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Deterministic kill points: the test is reproducible, yet the points land all over the write cycle. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

/** Runs the child until it has acknowledged for `delayMs` after its first ack, SIGKILLs it, returns the last acked n. */
function runAndKill(start: number, seed: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const process = spawn(globalThis.process.execPath, [child, dataDir, String(start), String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = start - 1;
    let buffered = '';
    let stderr = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    process.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) lastAck = Number(line.slice(4));
        if (line === 'ready' && timer === undefined) timer = setTimeout(() => process.kill('SIGKILL'), delayMs);
      }
    });
    process.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own (${String(signal)}): ${stderr}`));
      else resolve(lastAck);
    });
  });
}

describe('audit trail crash safety', () => {
  it('after 20 SIGKILLs at random points the chain verifies and every acknowledged record is present', async () => {
    const random = seededRandom(20250115);
    let nextNumber = 1;
    let acknowledged = 0;
    for (let round = 0; round < 20; round++) {
      const lastAck = await runAndKill(nextNumber, round + 1, 5 + Math.floor(random() * 120));
      acknowledged = Math.max(acknowledged, lastAck);
      const log = openAuditLog({ dataDir });
      try {
        const result = await verifyAudit(log.store, log.publicKey);
        expect(result, `round ${round}`).toMatchObject({ ok: true, signaturesChecked: true });
        // Records are numbered consecutively; what is stored must be 1..max with no gap, and max >= last ack.
        let expected = 1;
        for await (const page of log.store.pages()) {
          for (const row of page) {
            const event = rowToEvent(row);
            if (event.type !== 'tool-call-allowed') continue;
            expect(event.data['n']).toBe(expected);
            expected++;
          }
        }
        expect(expected - 1, `round ${round}: acknowledged ${acknowledged} but stored ${expected - 1}`).toBeGreaterThanOrEqual(acknowledged);
        nextNumber = expected;
      } finally {
        await log.store.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(0);
  }, 60_000);
});
