// Public surface of the output stage.
export { createOutputInspector } from './create-output-inspector.ts';
export type { OutputInspector, OutputInspectorOptions } from './create-output-inspector.ts';
export { canaryInstruction, createCanary } from './canary.ts';
export { createPlaceholderVault } from './vault.ts';
export type { PlaceholderVault } from './vault.ts';
export { summarizeOutputVerdict } from './audit-summary.ts';
export type { OutputAuditSummary } from './audit-summary.ts';
export { countFindingsByType } from './redaction.ts';
export { defaultHoldback, defaultScanStep, inspectorErrorRule } from './output-stream.ts';
