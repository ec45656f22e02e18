import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/load.ts';
import { createMemoryBudgetStore } from '../storage/memory-budget-store.ts';
import { createToolGate } from './create-tool-gate.ts';
import { memoryAudit, sessionFor } from '../../test/fixtures/gate/setup.ts';

describe('docs/policy.md "Tools and validators" example', () => {
  it('is a valid policy that the gate compiles and enforces', async () => {
    const markdown = readFileSync(join(import.meta.dirname, '../../docs/policy.md'), 'utf8');
    const section = markdown.slice(markdown.indexOf('## Tools and validators'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    const gate = createToolGate({ policy: parsePolicy(yaml!, 'policy.md'), budgets: createMemoryBudgetStore(), audit: memoryAudit() });
    expect(await gate.check({ id: 'c', name: 'send_email', arguments: { to: 'x@evil.example' } }, sessionFor('operator'))).toMatchObject({ action: 'deny', ruleId: 'gate.value.email-domain' });
    expect(await gate.check({ id: 'c', name: 'run_sql', arguments: { query: 'select id from orders limit 10' } }, sessionFor('reader'))).toEqual({ action: 'allow' });
  });
});
