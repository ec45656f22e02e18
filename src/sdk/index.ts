/** SDK middleware: the firewall inside an agent process, without the proxy. */
export { guardTool, isToolRefusal, type GuardToolOptions, type ToolRefusal } from './guard-tool.ts';
export { createRampartMiddleware, type RampartLanguageModelMiddleware, type RampartMiddlewareOptions } from './ai-sdk-middleware.ts';
export { rampartInputGuardrail, rampartOutputGuardrail, rampartToolInputGuardrail, rampartToolOutputGuardrail, type AgentsGuardrailOptions } from './agents-guardrails.ts';
