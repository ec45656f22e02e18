import { secretsEqual } from '../kernel/crypto.ts';
import type { Policy } from '../policy/schema.ts';

/** Resolves the agent behind a request's credentials, or undefined when they match no agent. */
export type Authenticator = (headers: { authorization?: string | undefined; apiKey?: string | undefined }) => string | undefined;

/** Minimum length of a Rampart key; shorter values in the environment are ignored as misconfiguration. */
export const minimumKeyLength = 16;

/**
 * Builds the key -> agent lookup from the policy's `agents.*.key_env` variables, read once. Every
 * key is compared in constant time and every candidate is tried, so timing reveals neither the key
 * nor which agent matched.
 */
export function createAuthenticator(policy: Policy, env: Readonly<Record<string, string | undefined>>): { authenticate: Authenticator; agents: readonly string[]; problems: readonly string[] } {
  const keys: { agentId: string; key: string }[] = [];
  const problems: string[] = [];
  for (const [agentId, agent] of Object.entries(policy.agents)) {
    if (agent.key_env === undefined) continue;
    const key = Object.hasOwn(env, agent.key_env) ? env[agent.key_env] : undefined;
    if (key === undefined || key === '') problems.push(`agents.${agentId}.key_env: ${agent.key_env} is not set; ${agentId} cannot authenticate`);
    else if (key.length < minimumKeyLength) problems.push(`agents.${agentId}.key_env: ${agent.key_env} is shorter than ${minimumKeyLength} characters; ${agentId} cannot authenticate`);
    else keys.push({ agentId, key });
  }
  const authenticate: Authenticator = (headers) => {
    const presented = bearer(headers.authorization) ?? headers.apiKey;
    if (presented === undefined || presented === '') return undefined;
    let match: string | undefined;
    for (const entry of keys) {
      if (secretsEqual(presented, entry.key) && match === undefined) match = entry.agentId;
    }
    return match;
  };
  return { authenticate, agents: keys.map((entry) => entry.agentId), problems };
}

function bearer(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
