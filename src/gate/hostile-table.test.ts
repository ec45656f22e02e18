import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBudgetStore } from '../storage/memory-budget-store.ts';
import { createToolGate, type ToolGate } from './create-tool-gate.ts';
import { createEnvSecretResolver } from './secrets.ts';
import { createWorkspace, expandArguments, fakeDns, fixtureDirectory, loadGatePolicy, memoryAudit, sessionFor } from '../../test/fixtures/gate/setup.ts';

interface HostileCase { tool: string; role: string; args: unknown; rule: string; note?: string }
interface LegitimateCase { tool: string; role: string; args: unknown; expect?: 'allow' | 'ask' }

const hostile = JSON.parse(readFileSync(join(fixtureDirectory, 'hostile.json'), 'utf8')) as HostileCase[];
const legitimate = JSON.parse(readFileSync(join(fixtureDirectory, 'legitimate.json'), 'utf8')) as LegitimateCase[];

describe('hostile and legitimate tool calls', () => {
  const workspace = createWorkspace();
  let gate: ToolGate;
  beforeAll(() => {
    gate = createToolGate({
      policy: loadGatePolicy(), baseDir: workspace.baseDir, budgets: createMemoryBudgetStore(), audit: memoryAudit(),
      resolveDns: fakeDns, secrets: createEnvSecretResolver({ RAMPART_SECRET_PARTNER_TOKEN: 'tok_live_123' }),
    });
  });
  afterAll(() => workspace.cleanup());

  it('has at least 150 hostile and 60 legitimate cases', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(150);
    expect(legitimate.filter((entry) => (entry.expect ?? 'allow') === 'allow').length).toBeGreaterThanOrEqual(60);
  });

  it.each(hostile.map((entry, index) => [index, entry.tool, entry.rule, entry] as const))('hostile #%i %s is denied by %s', async (_index, _tool, _rule, entry) => {
    const args = expandArguments(entry.args, workspace.root) as Record<string, unknown>;
    const verdict = await gate.check({ id: 'call', name: entry.tool, arguments: args }, sessionFor(entry.role));
    expect(verdict.action, JSON.stringify(verdict)).toBe('deny');
    expect(verdict.action === 'deny' ? verdict.ruleId : '').toBe(entry.rule);
    // Reasons are model- and audit-visible: a secret value must never appear in them.
    expect(JSON.stringify(verdict)).not.toContain('tok_live_123');
  });

  it.each(legitimate.map((entry, index) => [index, entry.tool, entry] as const))('legitimate #%i %s passes', async (_index, _tool, entry) => {
    const args = expandArguments(entry.args, workspace.root) as Record<string, unknown>;
    const verdict = await gate.check({ id: 'call', name: entry.tool, arguments: args }, sessionFor(entry.role));
    expect(verdict.action, JSON.stringify(verdict)).toBe(entry.expect ?? 'allow');
  });
});
