import { anthropicMessages } from './anthropic-messages.ts';
import type { ProtocolName, WireProtocol } from './model.ts';
import { openAiChat } from './openai-chat.ts';
import { openAiResponses } from './openai-responses.ts';

/** The wire formats by name. */
export const protocols: Readonly<Record<ProtocolName, WireProtocol>> = {
  'openai-chat': openAiChat,
  'openai-responses': openAiResponses,
  'anthropic-messages': anthropicMessages,
};

/** Client-facing paths (after `/v1`) and the format each speaks. */
export const protocolPaths: Readonly<Record<string, ProtocolName>> = {
  '/chat/completions': 'openai-chat',
  '/responses': 'openai-responses',
  '/messages': 'anthropic-messages',
};
