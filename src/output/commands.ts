import { dangerousCommandRules } from '../kernel/dangerous-commands.ts';
import type { Detection, DetectorInput } from './detection.ts';
import { matchesFrom } from './detection.ts';

/** Finds dangerous shell commands: download-and-run, reverse shells, destructive commands, fork bombs. */
export function detectCommands(input: DetectorInput): Detection[] {
  const found: Detection[] = [];
  for (const rule of dangerousCommandRules) {
    if (rule.literal !== undefined && !input.text.includes(rule.literal, input.from ?? 0)) continue;
    for (const match of matchesFrom(input.text, rule.pattern, input.from, 0, input.until)) {
      found.push({ category: 'command', type: rule.type, severity: rule.severity, start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}
