import { policySchema, type Policy } from '../../policy/schema.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import { createInjectionDetector, type InjectionDetector } from '../../input/create-injection-detector.ts';
import { readUserAttacks, resolveDataDirectory, userAttacksPath } from '../../input/user-attacks.ts';
import type { CommandIo } from '../io.ts';

/** Detection settings from `--policy FILE`, else the defaults. */
export async function detectionSettings(policyFile: string | undefined, io: CommandIo): Promise<Policy['detection']> {
  if (policyFile === undefined) return policySchema.parse({ version: 1 }).detection;
  return (await loadPolicyFile(policyFile, { cwd: io.cwd })).policy.detection;
}

/** A detector for the CLI: policy detection settings plus the user attacks from the data directory. */
export async function cliDetector(options: { policy?: string | undefined; dataDir?: string | undefined }, io: CommandIo): Promise<InjectionDetector> {
  const detection = await detectionSettings(options.policy, io);
  const attacks = readUserAttacks(userAttacksPath(resolveDataDirectory(options.dataDir, io.env, io.cwd)));
  return createInjectionDetector({ detection, attacks });
}
