/**
 * Writes data/training/benign_interface_strings.jsonl: short benign tool, parameter, form and status strings
 * (the text MCP servers and forms are made of), so the classifier is not overconfident on short descriptions.
 * Written for this project from word lists; deterministic (fixed seed): `node scripts/generate-interface-strings.ts`.
 * Round 2 also tried longer synthetic documents (tables, forum answers, READMEs, e-mails, code, several languages):
 * they lowered leave-one-source-out recall and raised benign FPR, so they are not generated.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/input/train-logistic.ts';

const slots: Readonly<Record<string, readonly string[]>> = {
  item: ['files', 'invoices', 'calendar events', 'open issues', 'pull requests', 'contacts', 'orders', 'tickets', 'bookmarks', 'log entries', 'rows', 'images'],
  place: ['the project folder', 'the shared drive', 'the selected bucket', 'the current workspace', 'the given directory', 'the inbox', 'the database table'],
  city: ['Lisbon', 'Osaka', 'Lagos', 'Pune', 'Leipzig', 'Lyon', 'Cairo', 'Bogotá', 'Oslo', 'Chengdu'],
  food: ['lentil soup', 'banana bread', 'tomato sauce', 'risotto', 'pancakes', 'flatbread', 'curry', 'apple pie'],
  number: ['2', '3', '5', '10', '12', '25', '100', '250', '1024'],
};
const verbs = ['Returns', 'Lists', 'Creates', 'Deletes', 'Updates', 'Demonstrates', 'Shows', 'Explains', 'Fetches', 'Converts', 'Validates', 'Compresses', 'Reads', 'Writes', 'Toggles', 'Simulates', 'Triggers', 'Summarises', 'Counts', 'Exports'];
const objects = ['the {item} in {place}', 'a single file', 'metadata about a resource', 'how pagination can be used to fetch large results', 'how errors are reported to the client', 'progress notifications', 'the sum of two numbers', 'a preview image', 'the contents of a directory as a tree', 'a structured result with an output schema', 'simulated log messages', 'the current user profile', 'a list of available prompts'];
const tails = ['', '.', ' with optional filters.', ' Returns an empty list when nothing matches.', ' Requires read access.', ' Only works inside allowed directories.', ' The result is cached for {number} seconds.', ' This is a simple example for testing clients.'];
const fields = ['Your full name', 'Your favourite {food}', 'Name of the {item} to create', 'Number of {item} to return', 'Path of the file to read', 'Optional note for the reviewer', 'Choose a colour', 'Agree to the privacy policy', 'Home city (for example {city})', 'Start date (YYYY-MM-DD)', 'Message to display to the user', 'The prompt text to send to the model', 'Request declined by the user.', 'Operation finished without errors.', 'This is a short example prompt with one argument.', 'Here is the file you asked for:'];

const root = new URL('..', import.meta.url).pathname;
const random = seededRandom(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const fill = (template: string): string => template.replace(/\{(\w+)\}/g, (whole, slot: string) => (Object.hasOwn(slots, slot) ? pick(slots[slot]!) : whole));

const rows: string[] = [];
for (let index = 0; index < 320; index++) {
  const text = random() < 0.4 ? fill(pick(fields)) : fill(`${pick(verbs)} ${pick(objects)}${pick(tails)}`);
  rows.push(JSON.stringify({ text, label: 'benign', kind: 'benign_document', source: 'synthetic:interface', group: `interface:${index % 40}` }));
}
const path = join(root, 'data', 'training', 'benign_interface_strings.jsonl');
writeFileSync(path, `${rows.join('\n')}\n`);
process.stderr.write(`wrote ${path}: ${rows.length} strings\n`);
