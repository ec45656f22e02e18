import { z } from 'zod';
import { domainPattern, ruleAction } from './common.ts';

const threshold = z.number().min(0).max(1);

/** Injection and jailbreak detection settings. */
export const detectionSchema = z.strictObject({
  profile: z.enum(['strict', 'balanced', 'permissive']).default('balanced').describe('Named threshold profile: strict blocks more, permissive fewer.'),
  thresholds: z.strictObject({
    user: threshold.optional().describe('Block score for user input. Absent: the profile value.'),
    untrusted: threshold.optional().describe('Block score for untrusted content (tool results, documents). Absent: the profile value.'),
    tool_description: threshold.optional().describe('Block score for MCP tool descriptions. Absent: the profile value.'),
  }).default({}).describe('Per-source score thresholds overriding the profile.'),
  on_untrusted: z.enum(['block', 'spotlight', 'flag']).default('block').describe('What happens to untrusted content that scores above threshold: block it, pass it spotlighted and taint the session, or flag only.'),
  spotlight: z.enum(['off', 'delimit', 'datamark', 'encode']).default('delimit').describe('How untrusted content that is allowed through is marked for the model.'),
  heuristics: z.boolean().default(true).describe('Run the multilingual heuristic rules.'),
  classifier: z.boolean().default(true).describe('Run the bundled trained classifier.'),
  similarity: z.strictObject({
    enabled: z.boolean().default(true).describe('Compare input with the known-attack index.'),
    threshold: threshold.default(0.85).describe('Cosine similarity to a known attack that counts as a match.'),
  }).default({ enabled: true, threshold: 0.85 }).describe('Similarity to known attacks.'),
  external_model: z.strictObject({
    path: z.string().describe('Local directory of an ONNX text-classification model (downloaded by the user; never fetched): a Hugging Face / Optimum export (model.onnx or onnx/model.onnx, tokenizer.json with a WordPiece or Unigram model, config.json with id2label) or a Rampart hashed-feature model (rampart.json). An optional rampart.json there sets model_file, max_length, stride, max_windows, labels and attack_labels.'),
    weight: threshold.default(0.5).describe('Weight of the external score in the ensemble.'),
    attack_labels: z.array(z.string()).default(['INJECTION', 'JAILBREAK', 'MALICIOUS', 'LABEL_1']).describe('Output labels that mean attack; their probabilities are summed. attack_labels in the model directory\'s rampart.json win over this list (they describe that model).'),
  }).optional().describe('Optional user-supplied ONNX classifier. Absent: not used.'),
  timeout: z.number().int().positive().default(2000).describe('Milliseconds before inspection is abandoned and the input denied.'),
});

/** Output inspection settings. */
export const outputSchema = z.strictObject({
  pii: ruleAction.default('redact').describe('Action for personal data (e-mail, phone, cards, IBAN, national IDs).'),
  secrets: ruleAction.default('block').describe('Action for credentials and keys.'),
  canary: ruleAction.default('block').describe('Action when a canary token or the protected system prompt leaks.'),
  commands: ruleAction.default('flag').describe('Action for dangerous shell commands in output (curl | sh, reverse shells).'),
  links: z.strictObject({
    action: ruleAction.default('redact').describe('Action for links and images to non-allowlisted domains.'),
    allow_domains: z.array(domainPattern).default([]).describe('Domains links may point to. Empty: every external link matches.'),
  }).default({ action: 'redact', allow_domains: [] }).describe('Links and images in output (a common exfiltration channel).'),
  types: z.record(z.string(), ruleAction).optional().describe('Per finding type overrides by the last part of the rule id, kebab or snake case, e.g. { email: flag, credit_card: block, bulk: flag, pipe_to_shell: block }. Absent: category actions only.'),
  redaction: z.enum(['mask', 'hash', 'placeholder']).default('placeholder').describe('How redacted values are replaced.'),
  vault: z.boolean().default(false).describe('Keep placeholder -> value mappings so later tool calls can be restored for the tool (never for the model).'),
  allow_test_values: z.boolean().default(false).describe('Treat well-known test card numbers and documented example keys as benign.'),
  max_length: z.number().int().positive().optional().describe('Maximum output length in characters; longer output is blocked.'),
  bulk_threshold: z.number().int().positive().default(10).describe('This many distinct PII values of one type in one output are bulk exfiltration (rule output.pii.bulk), blocked unless types.bulk or pii: allow says otherwise.'),
});
