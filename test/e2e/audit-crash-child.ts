// Child process for the audit crash test: appends numbered records in batches and prints
// "ack N" only after flush() resolved, i.e. after records 1..N were durably committed.
import { openAuditTrail } from '../../src/audit/open-audit-trail.ts';

const [dataDir, startText, seedText] = process.argv.slice(2);
if (dataDir === undefined || startText === undefined || seedText === undefined) throw new Error('usage: audit-crash-child DATA_DIR START SEED');
let seed = Number(seedText) >>> 0;
const random = (): number => {
  // mulberry32: deterministic batch sizes per round.
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const trail = await openAuditTrail({ dataDir, policy: { audit: { capture_raw: false, checkpoint_every: 97, batch_size: 64, flush_interval: 5 }, storage: { driver: 'sqlite' } } });
let next = Number(startText);
process.stdout.write('ready\n');
for (;;) {
  const size = 1 + Math.floor(random() * 300);
  for (let index = 0; index < size; index++) {
    trail.record({ type: 'tool-call-allowed', sessionId: 'crash', decision: 'allow', ruleIds: ['test.crash'], data: { n: next } });
    next++;
  }
  await trail.flush();
  process.stdout.write(`ack ${next - 1}\n`);
}
