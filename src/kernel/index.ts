export * from './verdict.ts';
export * from './errors.ts';
export * from './canonical-json.ts';
export * from './crypto.ts';
export * from './own.ts';
export * from './types.ts';
export * from './audit-event.ts';
export * from './stores.ts';
