/** `rampart/testing`: the stand-in upstream and in-memory stores for tests and demos. */
export { createStandInUpstream } from './stand-in-upstream.ts';
export type { RecordedRequest, ScriptedTurn, StandInOptions, StandInScript, StandInUpstream } from './stand-in-upstream.ts';
export { createMemorySessionStore } from '../storage/memory-stores.ts';
