import type { Command } from '../io.ts';

/** `rampart serve`: placeholder until the proxy lands; reports that clearly instead of pretending. */
export const serve: Command = async (_args, io) => {
  io.stderr.write('rampart: serve is not built yet\n');
  return 2;
};
