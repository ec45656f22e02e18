import { errorMessage } from '../kernel/errors.ts';
import type { DenyVerdict, Finding, Verdict } from '../kernel/verdict.ts';
import { allow, deny, redact } from '../kernel/verdict.ts';
import { ownValue } from '../kernel/own.ts';
import type { OutputStream } from '../kernel/stages.ts';
import { analyze, detectorLookBehind } from './analyze.ts';
import type { Detection, DetectorSettings, OutputPolicy } from './detection.ts';
import { detectionRuleId } from './detection.ts';
import type { Replacer } from './redaction.ts';
import { strongest, toFinding } from './redaction.ts';
import { sha256Hex } from '../kernel/crypto.ts';

/** Characters held back at the end of a stream: the longest window a match needs to be recognised whole. */
export const defaultHoldback = 256;
/** Fewest new characters that trigger a scan; bounds re-scanning cost on tiny SSE chunks. */
export const defaultScanStep = 64;

/** Rule id of the verdict given when the inspector itself fails. */
export const inspectorErrorRule = 'output.inspector-error';

type RuleAction = OutputPolicy['pii'];

/** Everything one stream needs, compiled by the inspector. */
export interface StreamSettings {
  readonly policy: OutputPolicy;
  readonly detector: DetectorSettings;
  readonly replacer: Replacer;
  readonly sessionId: string;
  readonly holdback: number;
  readonly scanStep: number;
}

interface Located extends Detection { readonly action: RuleAction }

/** Action of a detection: a per-type override (kebab or snake case) or its category's action. */
export function actionFor(policy: OutputPolicy, category: Detection['category'], type: string): RuleAction {
  const override = ownValue(policy.types, type) ?? ownValue(policy.types, type.replace(/-/g, '_'));
  if (override !== undefined) return override;
  switch (category) {
    case 'pii': return type === 'bulk' ? (policy.pii === 'allow' ? 'allow' : 'block') : policy.pii;
    case 'secret': return policy.secrets;
    case 'canary': return policy.canary;
    case 'command': return policy.commands;
    case 'link': return policy.links.action;
    case 'length': return 'block';
  }
}

/** Groups overlapping detections; a group is released, redacted or blocked as a whole. */
function group(detections: readonly Located[]): { start: number; end: number; members: Located[] }[] {
  const groups: { start: number; end: number; members: Located[] }[] = [];
  for (const detection of detections) {
    const last = groups.at(-1);
    if (last !== undefined && detection.start < last.end) {
      last.members.push(detection);
      last.end = Math.max(last.end, detection.end);
    } else {
      groups.push({ start: detection.start, end: detection.end, members: [detection] });
    }
  }
  return groups;
}

/**
 * An incremental inspector. It scans the unreleased text plus `detectorLookBehind` characters of context,
 * releases only text that ends `holdback` characters before the end and outside any match that is still
 * growing, and releases nothing once it has blocked: a secret split across chunk boundaries is still whole
 * when it is judged.
 */
export function createOutputStream(settings: StreamSettings): OutputStream {
  const { policy, replacer, sessionId, holdback } = settings;
  let buffer = '';
  let bufferStart = 0;
  let committed = 0;
  let total = 0;
  let released = '';
  let blocked: DenyVerdict | undefined;
  let ended = false;
  const spans: [number, number][] = [];
  const findings: Finding[] = [];
  const redactions: Finding[] = [];
  const distinct = new Map<string, Set<string>>();
  // The allow/redact verdict is rebuilt only after a scan, so a push costs O(chunk), not O(findings so far).
  let current: Verdict | undefined;
  const slice = (from: number, to: number): string => buffer.slice(from - bufferStart, to - bufferStart);

  const block = (ruleId: string, reason: string, extra: readonly Finding[]): void => {
    blocked = deny(ruleId, reason, [...findings, ...extra]);
  };

  const bulk = (detection: Located): Located | undefined => {
    const seen = distinct.get(detection.type) ?? new Set<string>();
    distinct.set(detection.type, seen);
    seen.add(sha256Hex(slice(detection.start, detection.end)));
    if (seen.size !== policy.bulk_threshold) return undefined;
    const action = actionFor(policy, 'pii', 'bulk');
    if (action === 'allow') return undefined;
    return { category: 'pii', type: 'bulk', severity: 'high', start: detection.start, end: detection.end, action, note: `${seen.size} distinct ${detection.type} values` };
  };

  const scan = (final: boolean): string => {
    const limit = final ? total : total - holdback;
    if (!final && limit - committed < settings.scanStep) return '';
    current = undefined;
    const located: Located[] = [];
    for (const detection of analyze(buffer, settings.detector, committed - bufferStart, limit - bufferStart)) {
      const start = detection.start + bufferStart;
      if (start < committed) continue;
      const action = actionFor(policy, detection.category, detection.type);
      if (action !== 'allow') located.push({ ...detection, start, end: detection.end + bufferStart, action });
    }
    const groups = group(located);
    let boundary = limit;
    for (const candidate of groups) if (candidate.end > limit) { boundary = Math.min(boundary, candidate.start); break; }
    // Never split a surrogate pair between two releases.
    const code = buffer.charCodeAt(boundary - 1 - bufferStart);
    if (boundary < total && code >= 0xd800 && code <= 0xdbff) boundary--;
    if (boundary <= committed) return '';
    const settled = groups.filter((candidate) => candidate.end <= boundary);
    let out = '';
    let cursor = committed;
    for (const current of settled) {
      const members = [...current.members];
      for (const member of current.members) {
        if (member.category !== 'pii') continue;
        const bulkDetection = bulk(member);
        if (bulkDetection !== undefined) members.push(bulkDetection);
      }
      const toFound = (member: Located): Finding => (member.type === 'bulk'
        ? { ruleId: detectionRuleId(member), layer: 'output', severity: member.severity, span: [member.start, member.end], evidence: member.note ?? '' }
        : toFinding(member, slice(member.start, member.end), 0));
      const blocking = members.filter((member) => member.action === 'block');
      if (blocking.length > 0) {
        const later = settled.flatMap((other) => other.members).filter((member) => member.action === 'block' && member.start > current.start);
        const blockFindings = [...blocking, ...later].map(toFound);
        const top = strongest(blockFindings)!;
        block(top.ruleId, `output contains ${top.ruleId.split('.').slice(1).join(' ')} (${top.severity})`, blockFindings);
        committed = current.start;
        released += out + slice(cursor, current.start);
        return out + slice(cursor, current.start);
      }
      const redacting = members.filter((member) => member.action === 'redact' && member.type !== 'bulk');
      for (const member of members) {
        const finding = toFound(member);
        findings.push(finding);
        if (member.action === 'redact' && member.type !== 'bulk') redactions.push(finding);
      }
      if (redacting.length > 0) {
        const start = Math.min(...redacting.map((member) => member.start));
        const end = Math.max(...redacting.map((member) => member.end));
        const representative = redacting.reduce((best, member) => (member.end - member.start > best.end - best.start ? member : best));
        out += slice(cursor, start) + replacer.replace(representative, slice(start, end), sessionId);
        spans.push([start, end]);
        cursor = end;
      }
    }
    out += slice(cursor, boundary);
    committed = boundary;
    const keepFrom = Math.max(bufferStart, committed - detectorLookBehind);
    buffer = buffer.slice(keepFrom - bufferStart);
    bufferStart = keepFrom;
    released += out;
    return out;
  };

  const build = (): Verdict => {
    if (spans.length > 0) return redact(strongest(redactions)?.ruleId ?? 'output.redacted', released, spans.map(([start, end]) => [start, end] as const), [...findings]);
    return findings.length > 0 ? allow({ findings: [...findings] }) : allow();
  };
  const verdict = (): Verdict => {
    if (blocked !== undefined) return blocked;
    current ??= build();
    return current;
  };

  const failClosed = (error: unknown): { release: string; verdict: Verdict } => {
    const finding: Finding = { ruleId: inspectorErrorRule, layer: 'output', severity: 'critical', evidence: errorMessage(error).slice(0, 200) };
    blocked = deny(inspectorErrorRule, `output inspector failed: ${errorMessage(error).slice(0, 200)}`, [...findings, finding]);
    return { release: '', verdict: blocked };
  };

  return {
    push(chunk) {
      if (blocked !== undefined) return { release: '', verdict: blocked };
      try {
        if (ended) throw new Error('push after end');
        if (typeof chunk !== 'string') throw new Error('chunk is not a string');
        buffer += chunk;
        total += chunk.length;
        if (policy.max_length !== undefined && total > policy.max_length) {
          const finding: Finding = { ruleId: 'output.length.exceeded', layer: 'output', severity: 'high', span: [policy.max_length, total], evidence: `more than ${policy.max_length} chars` };
          block(finding.ruleId, `output is longer than ${policy.max_length} characters`, [finding]);
          return { release: '', verdict: blocked! };
        }
        return { release: scan(false), verdict: verdict() };
      } catch (error) {
        return failClosed(error);
      }
    },
    end() {
      if (blocked !== undefined || ended) return { release: '', verdict: verdict() };
      try {
        const release = scan(true);
        ended = true;
        return { release, verdict: verdict() };
      } catch (error) {
        return failClosed(error);
      }
    },
  };
}
