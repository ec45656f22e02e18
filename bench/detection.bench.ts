/**
 * Injection detector benchmark: p50 latency per KB at 100 B / 1 KB / 10 KB / 100 KB (full detector and the
 * classifier alone), model and index load time, resident memory of the loaded model and index.
 * Run: `node --expose-gc bench/detection.bench.ts` (works without --expose-gc, less precisely).
 * Prints a markdown section and writes it to docs/benchmarks/detection.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { loadBundledAttackIndex } from '../src/input/bundled-attack-index.ts';
import { createClassifier } from '../src/input/classifier.ts';
import { bundledModelPath, loadClassifierModel } from '../src/input/classifier-model.ts';
import { createInjectionDetector } from '../src/input/create-injection-detector.ts';
import { quantile } from '../src/input/metrics.ts';
import { policySchema } from '../src/policy/schema.ts';

const gc = (globalThis as { gc?: () => void }).gc;
const memory = (): number => {
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

const paragraphs = [
  'The quarterly report shows revenue grew by 12 percent compared with last year, driven by strong demand in Europe. ',
  '{"id": 4821, "status": "shipped", "carrier": "DHL", "items": [{"sku": "A-17", "qty": 2}]} ',
  'Please find attached the invoice for the March delivery; payment is due within thirty days of receipt. ',
  '<p>Opening hours: Monday to Friday, 9am to 5pm. Closed on public holidays.</p> ',
  'def total(items):\n    return sum(item.price for item in items)\n',
];
// User prompts: every paragraph opens with a request for detail, so the pretexted-harm pass reads each sentence in full.
const requestParagraphs = paragraphs.map((paragraph) => `Explain in detail how to check this step by step: ${paragraph}`);
function textOfSize(bytes: number, seed: number, list = paragraphs): string {
  let text = '';
  for (let index = seed; text.length < bytes; index++) text += list[index % list.length];
  return text.slice(0, bytes);
}

const detection = policySchema.parse({ version: 1 }).detection;
const loadTimes: number[] = [];
const before = memory();
let model = loadClassifierModel(bundledModelPath());
let index = loadBundledAttackIndex();
const resident = memory() - before;
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  model = loadClassifierModel(bundledModelPath());
  index = loadBundledAttackIndex();
  loadTimes.push(performance.now() - started);
}
const detectorStarted = performance.now();
// The result cache is off: every call below pays for a full inspection (the texts repeat).
const detector = createInjectionDetector({ detection, model, attackIndex: index, resultCacheEntries: 0 });
await detector.inspect('warm up the rules', { source: 'user' });
const detectorStart = performance.now() - detectorStarted;
const classifier = createClassifier(model);

/** p50 of answering a text the detector has already seen (the default result cache). */
async function timeCachedHit(text: string): Promise<number> {
  const cached = createInjectionDetector({ detection, model, attackIndex: index });
  await cached.inspect(text, { source: 'tool-result' });
  const times: number[] = [];
  for (let run = 0; run < 200; run++) {
    const started = performance.now();
    await cached.inspect(text, { source: 'tool-result' });
    times.push(performance.now() - started);
  }
  return quantile(times, 0.5);
}
let cachedHit = Number.NaN;

const sizes = [100, 1024, 10 * 1024, 100 * 1024];
const iterations: Record<number, number> = { 100: 400, 1024: 200, 10240: 40, 102400: 8 };
const rows: string[] = [];
for (const size of sizes) {
  const texts = Array.from({ length: 8 }, (_, seed) => textOfSize(size, seed));
  const userTexts = Array.from({ length: 8 }, (_, seed) => textOfSize(size, seed, requestParagraphs));
  const full: number[] = [];
  const user: number[] = [];
  const model: number[] = [];
  for (let run = 0; run < (iterations[size] ?? 10); run++) {
    const text = texts[run % texts.length]!;
    let started = performance.now();
    await detector.inspect(text, { source: 'tool-result' });
    full.push(performance.now() - started);
    started = performance.now();
    await detector.inspect(userTexts[run % userTexts.length]!, { source: 'user' });
    user.push(performance.now() - started);
    started = performance.now();
    classifier.score(text);
    model.push(performance.now() - started);
  }
  const kb = size / 1024;
  if (size === 1024) cachedHit = await timeCachedHit(texts[0]!);
  const p50 = quantile(full, 0.5);
  rows.push(`| ${size >= 1024 ? `${kb} KB` : `${size} B`} | ${p50.toFixed(3)} | ${(p50 / kb).toFixed(3)} | ${quantile(full, 0.99).toFixed(3)} | ${(quantile(user, 0.5) / kb).toFixed(3)} | ${quantile(model, 0.5).toFixed(3)} | ${(quantile(model, 0.5) / kb).toFixed(3)} |`);
}

const section = `## Injection detection

Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
Full detector = normalisation + decoded views + heuristics + classifier + known-attack similarity (balanced profile, tool-result source);
text is a mix of prose, JSON, HTML and code. The user-prompt column scans the same mix as user input with every paragraph
opening with a request for detail (the worst case for the pretexted-harm pass, which reads only user input). One core,
sequential calls, result cache off (a repeated text is answered from the cache: see the last table).

| input | p50 ms (full) | p50 ms/KB (full) | p99 ms (full) | p50 ms/KB (full, user prompt) | p50 ms (classifier) | p50 ms/KB (classifier) |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

| start-up and memory | value |
|---|---:|
| classifier + attack index load (median of 5) | ${quantile(loadTimes, 0.5).toFixed(1)} ms |
| detector creation + first inspection (rules compiled) | ${detectorStart.toFixed(1)} ms |
| repeated 1 KB text answered from the result cache (p50) | ${(cachedHit * 1000).toFixed(1)} µs |
| resident memory of loaded model + index (heap + array buffers${gc === undefined ? ', no --expose-gc: approximate' : ''}) | ${(resident / 1024 / 1024).toFixed(1)} MB |
| attack index vectors | ${index.size} |
`;
process.stdout.write(section);
const directory = resolve(new URL('..', import.meta.url).pathname, 'docs', 'benchmarks');
mkdirSync(directory, { recursive: true });
writeFileSync(resolve(directory, 'detection.md'), section);
