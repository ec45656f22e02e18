import { detectCanaries } from './canary.ts';
import { detectCommands } from './commands.ts';
import type { Detection, DetectorSettings } from './detection.ts';
import { detectLinks } from './links.ts';
import { detectPii } from './pii.ts';
import { detectPromptLeak } from './prompt-leak.ts';
import { detectSecrets } from './secrets.ts';

/** Left context (characters before the first unreleased one) every detector may need: link and keyword look-backs. */
export const detectorLookBehind = 512;

// Broad detectors give way to specific ones that cover the same characters: an `api_key = "sk-..."` is one
// OpenAI key, not also a generic secret; an e-mail inside a database URL is part of that credential.
const broadTypes = new Set(['generic-secret', 'bearer-token', 'url-credentials']);

function covers(outer: Detection, inner: Detection): boolean {
  return outer.start <= inner.start && outer.end >= inner.end;
}

function overlaps(a: Detection, b: Detection): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Removes duplicates: identical category/type matches overlapping each other merge; broad secrets under specific ones go. */
function deduplicate(detections: Detection[]): Detection[] {
  detections.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Detection[] = [];
  for (const detection of detections) {
    const same = kept.findLast((other) => other.category === detection.category && other.type === detection.type && overlaps(other, detection));
    if (same !== undefined) {
      if (detection.end > same.end) kept[kept.indexOf(same)] = { ...same, end: detection.end };
      continue;
    }
    kept.push(detection);
  }
  return kept.filter((detection) => !(detection.category === 'secret' && broadTypes.has(detection.type)
    && kept.some((other) => other !== detection && other.category === 'secret' && !broadTypes.has(other.type) && overlaps(other, detection))))
    .filter((detection) => !((detection.type === 'email' || detection.category === 'link') && kept.some((other) => other.category === 'secret' && covers(other, detection))));
}

/**
 * Runs every detector over one text window and returns de-duplicated detections ordered by start. Matches
 * start at or after `from`; the text before it is only context (keyword and link look-backs). Regex matches
 * starting at or after `until` may be left out (a stream only needs those before its release limit).
 */
export function analyze(text: string, settings: DetectorSettings, from = 0, until = Number.POSITIVE_INFINITY): Detection[] {
  const input = { text, settings, from, until };
  const detections = [
    ...detectSecrets(input),
    ...detectPii(input),
    ...detectCanaries(text, settings.canaries, from, until),
    ...detectPromptLeak(text, settings.prompt, from),
    ...detectLinks(input),
    ...detectCommands(input),
  ];
  return deduplicate(detections);
}
