import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RampartError, errorMessage } from '../../kernel/errors.ts';
import { appendUserAttack, learnedAttackMaxChars, resolveDataDirectory, userAttacksPath } from '../../input/user-attacks.ts';
import { exitCodes, out, type Command } from '../io.ts';
import { learnFromAudit } from './attacks-from-audit.ts';

const help = `usage: rampart attacks add TEXT [--data-dir DIR]
       rampart attacks add --file FILE [--data-dir DIR]
       rampart attacks add --from-audit [--data-dir DIR] [--since ISO] [--rule PREFIX] [--min-score X]
                           [--public-key FILE] [--dry-run] [--json]

Adds a known attack to <data dir>/attacks.jsonl (data dir: --data-dir, else RAMPART_DATA_DIR, else ./.rampart).
Every detector started afterwards (scan, eval, serve) reports texts whose cosine similarity to it reaches the
policy's detection.similarity.threshold as input.similarity.known-attack. With --file, each non-empty line
of FILE is one attack (a whole-file attack: use --file with a single-line file or pass TEXT).

--from-audit learns from the audit log in the data directory: it verifies the whole chain first (like
\`rampart audit verify\`) and refuses, with exit 1 and nothing written, when it fails. It then takes every
input-inspected event the detector denied and adds its captured text with origin audit:<seq>. The text is
there when the policy has audit.capture_blocked_input (on unless set to false: at most ${learnedAttackMaxChars} characters
around the findings) or audit.capture_raw. Longer texts are cut to the ${learnedAttackMaxChars} characters around the
findings the firewall marked (from the start when none are marked). Skipped: fail-closed denies (firewall.*),
events blocked only by input.similarity.* (learning those would drift the index), texts under three words.
  --since ISO          only events at or after this time (e.g. 2025-01-31 or 2025-01-31T12:00:00Z)
  --rule PREFIX        only events with a rule id starting with PREFIX (e.g. input.heuristic.)
  --min-score X        only events whose detector score is at least X (0..1)
  --public-key FILE    check signed checkpoints with this key instead of DIR/keys/audit-ed25519.pem
  --dry-run            report what would be added; write nothing
  --json               one JSON object: {summary, events}
Review what it learns (--dry-run): an attacker who gets text blocked can make similar text blocked later.
Exit codes: 0 ran (even if nothing was added), 1 audit log failed verification, 2 usage or configuration error.
`;

/** `rampart attacks add`: extends the known-attack index kept in the data directory. */
export const attacksAdd: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      help: { type: 'boolean', short: 'h' }, file: { type: 'string' }, 'data-dir': { type: 'string' },
      'from-audit': { type: 'boolean' }, since: { type: 'string' }, rule: { type: 'string' }, 'min-score': { type: 'string' },
      'public-key': { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' },
    },
  });
  if (values.help === true) {
    io.stdout.write(help);
    return exitCodes.ok;
  }
  const auditOnly = (['since', 'rule', 'min-score', 'public-key', 'dry-run', 'json'] as const).filter((name) => values[name] !== undefined);
  if (values['from-audit'] === true) {
    if (values.file !== undefined || positionals.length > 0) {
      io.stderr.write(`rampart attacks add: --from-audit takes no TEXT or --file\n${help}`);
      return exitCodes.usage;
    }
    return learnFromAudit({
      dataDir: values['data-dir'], since: sinceOption(values.since), rulePrefix: values.rule, minScore: scoreOption(values['min-score']),
      publicKeyFile: values['public-key'], dryRun: values['dry-run'] === true, json: values.json === true,
    }, io);
  }
  if (auditOnly.length > 0) {
    io.stderr.write(`rampart attacks add: --${auditOnly[0]} needs --from-audit\n`);
    return exitCodes.usage;
  }
  if ((values.file === undefined) === (positionals.length === 0)) {
    io.stderr.write(`rampart attacks add: give either TEXT or --file FILE\n${help}`);
    return exitCodes.usage;
  }
  let texts: string[];
  let origin: string;
  if (values.file !== undefined) {
    try {
      texts = readFileSync(resolve(io.cwd, values.file), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    } catch (error) {
      throw new RampartError('CONFIG_INVALID', `${values.file}: cannot read (${errorMessage(error)})`, { cause: error });
    }
    origin = `file:${values.file}`;
  } else {
    texts = [positionals.join(' ')];
    origin = 'cli';
  }
  if (texts.length === 0 || texts.some((text) => text.trim().split(/\s+/u).length < 3)) {
    io.stderr.write('rampart attacks add: an attack needs at least three words (short texts would match too broadly)\n');
    return exitCodes.usage;
  }
  const path = userAttacksPath(resolveDataDirectory(values['data-dir'], io.env, io.cwd));
  for (const text of texts) {
    const { attack, added } = appendUserAttack(path, text, origin, new Date());
    out(io, `${added ? 'added' : 'exists'} ${attack.id} -> ${path}`);
  }
  return exitCodes.ok;
};

function sinceOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new TypeError(`--since: expected an ISO date or time, got '${value}'`);
  return time;
}

function scoreOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const score = value.trim() === '' ? Number.NaN : Number(value);
  if (!(score >= 0 && score <= 1)) throw new TypeError(`--min-score: expected a number from 0 to 1, got '${value}'`);
  return score;
}
