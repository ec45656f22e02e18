import { isAbsolute, resolve } from 'node:path';
import type { Policy } from './schema.ts';

function against(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

/**
 * Returns a copy of the policy whose relative file-system paths (workspace.root, storage.data_dir, per-argument path
 * roots, detection.external_model.path) are resolved against `baseDir`, the policy file's directory.
 */
export function resolvePolicyPaths(policy: Policy, baseDir: string): Policy {
  // Object.fromEntries defines own properties, so a tool or argument named `__proto__` stays plain data.
  const tools: Policy['tools'] = Object.fromEntries(Object.entries(policy.tools).map(([name, rule]) => {
    if (rule.validate === undefined) return [name, rule];
    const validate = Object.fromEntries(Object.entries(rule.validate).map(([argument, validators]) => [
      argument,
      validators.path?.root === undefined ? validators : { ...validators, path: { ...validators.path, root: against(baseDir, validators.path.root) } },
    ]));
    return [name, { ...rule, validate }];
  }));
  const { external_model: externalModel } = policy.detection;
  return {
    ...policy,
    tools,
    workspace: { ...policy.workspace, root: against(baseDir, policy.workspace.root) },
    storage: policy.storage.data_dir === undefined ? policy.storage : { ...policy.storage, data_dir: against(baseDir, policy.storage.data_dir) },
    detection: externalModel === undefined ? policy.detection : { ...policy.detection, external_model: { ...externalModel, path: against(baseDir, externalModel.path) } },
  };
}
