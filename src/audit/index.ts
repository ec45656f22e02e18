export { createAuditTrail, type AuditTrail, type AuditTrailOptions } from './create-audit-trail.ts';
export { openAuditTrail, openAuditLog, type OpenAuditTrailOptions, type OpenedAuditTrail, type AuditLogReader } from './open-audit-trail.ts';
export { verifyAudit, type AuditVerification } from './verify-audit.ts';
export { createEd25519Signer, checkpointMessage, keyIdOf, checkpointSignatureValid, type AuditSigner } from './signer.ts';
export { genesisHash, rowToEvent, rowToLine, encodeEventBody } from './event-codec.ts';
export { openJsonlAuditSource } from './jsonl-audit-source.ts';
