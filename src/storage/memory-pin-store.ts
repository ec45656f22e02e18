import type { PinStore } from '../kernel/stores.ts';
import type { Clock } from '../kernel/types.ts';
import { systemClock } from '../kernel/types.ts';

/** In-memory pinned MCP tool definitions, for tests and single-process library use. */
export function createMemoryPinStore(options: { clock?: Clock } = {}): PinStore {
  const clock = options.clock ?? systemClock;
  const pins = new Map<string, { server: string; tool: string; hash: string; pinnedAt: string }>();
  // A JSON pair as the key: server and tool names are client-controlled and may contain any separator.
  const key = (server: string, tool: string) => JSON.stringify([server, tool]);
  return {
    get: async (server, tool) => {
      const pin = pins.get(key(server, tool));
      return pin === undefined ? undefined : { hash: pin.hash, pinnedAt: pin.pinnedAt };
    },
    set: async (server, tool, hash) => {
      pins.set(key(server, tool), { server, tool, hash, pinnedAt: new Date(clock.now()).toISOString() });
    },
    remove: async (server, tool) => pins.delete(key(server, tool)),
    list: async (server) => [...pins.values()]
      .filter((pin) => server === undefined || pin.server === server)
      .sort((a, b) => (a.server === b.server ? (a.tool < b.tool ? -1 : 1) : a.server < b.server ? -1 : 1))
      .map((pin) => ({ ...pin })),
  };
}
