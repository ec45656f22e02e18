/**
 * The MCP conformance "everything server" fixture (tools, resources, prompts, logging, completion)
 * per the conformance suite's server requirements, over stdio (default) or Streamable HTTP (`http PORT`).
 * The gateway is measured against this server directly and fronting it.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import { McpServer, ResourceTemplate, type ServerContext } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const wav = 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=';
const text = (value: string) => ({ type: 'text' as const, text: value });
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

function build(): McpServer {
  const server = new McpServer({ name: 'mcp-conformance-test-server', version: '1.0.0' }, { capabilities: { tools: { listChanged: true }, resources: { subscribe: true, listChanged: true }, prompts: { listChanged: true }, logging: {}, completions: {} } });
  const log = (context: ServerContext, data: string) => context.mcpReq.log('info', data, 'conformance-test-server').catch(() => undefined);
  server.registerTool('test_simple_text', { description: 'Returns simple text' }, async () => ({ content: [text('This is a simple text response for testing.')] }));
  server.registerTool('test_image_content', { description: 'Returns an image' }, async () => ({ content: [{ type: 'image', data: png, mimeType: 'image/png' }] }));
  server.registerTool('test_audio_content', { description: 'Returns audio' }, async () => ({ content: [{ type: 'audio', data: wav, mimeType: 'audio/wav' }] }));
  server.registerTool('test_embedded_resource', { description: 'Returns an embedded resource' }, async () => ({ content: [{ type: 'resource', resource: { uri: 'test://embedded-resource', mimeType: 'text/plain', text: 'This is an embedded resource content.' } }] }));
  server.registerTool('test_multiple_content_types', { description: 'Returns several content types' }, async () => ({ content: [text('Multiple content types test:'), { type: 'image', data: png, mimeType: 'image/png' }, { type: 'resource', resource: { uri: 'test://mixed-content-resource', mimeType: 'application/json', text: '{"test":"data","value":123}' } }] }));
  server.registerTool('test_tool_with_logging', { description: 'Logs while running' }, async (context) => {
    await log(context, 'Tool execution started');
    await pause();
    await log(context, 'Tool processing data');
    await pause();
    await log(context, 'Tool execution completed');
    return { content: [text('Tool with logging executed successfully')] };
  });
  server.registerTool('test_tool_with_progress', { description: 'Reports progress' }, async (context) => {
    const token = context.mcpReq._meta?.progressToken;
    for (const progress of [0, 50, 100]) {
      if (token !== undefined) await context.mcpReq.notify({ method: 'notifications/progress', params: { progressToken: token, progress, total: 100 } });
      if (progress < 100) await pause();
    }
    return { content: [text('Tool with progress executed successfully')] };
  });
  server.registerTool('test_error_handling', { description: 'Always fails' }, async () => ({ isError: true, content: [text('This tool intentionally returns an error for testing')] }));
  server.registerTool('test_sampling', { description: 'Asks the client model', inputSchema: { prompt: z.string() } }, async ({ prompt }, context) => {
    const result = await context.mcpReq.requestSampling({ messages: [{ role: 'user', content: text(prompt) }], maxTokens: 100 });
    const content = Array.isArray(result.content) ? result.content[0] : result.content;
    return { content: [text(`LLM response: ${content?.type === 'text' ? content.text : ''}`)] };
  });
  server.registerTool('test_elicitation', { description: 'Asks the user', inputSchema: { message: z.string() } }, async ({ message }, context) => {
    const result = await context.mcpReq.elicitInput({ message, requestedSchema: { type: 'object', properties: { username: { type: 'string', description: "User's response" }, email: { type: 'string', description: "User's email address" } }, required: ['username', 'email'] } });
    return { content: [text(`User response: action=${result.action}, content=${JSON.stringify(result.content ?? {})}`)] };
  });
  server.registerTool('test_elicitation_sep1034_defaults', { description: 'Asks the user with defaults' }, async (context) => {
    const result = await context.mcpReq.elicitInput({ message: 'Please review and update the form fields with defaults', requestedSchema: { type: 'object', properties: {
      name: { type: 'string', description: 'User name', default: 'John Doe' }, age: { type: 'integer', description: 'User age', default: 30 },
      score: { type: 'number', description: 'User score', default: 95.5 }, status: { type: 'string', description: 'User status', enum: ['active', 'inactive', 'pending'], default: 'active' },
      verified: { type: 'boolean', description: 'Verification status', default: true },
    }, required: [] } });
    return { content: [text(`Elicitation completed: action=${result.action}, content=${JSON.stringify(result.content ?? {})}`)] };
  });
  server.registerTool('test_elicitation_sep1330_enums', { description: 'Asks the user with every enum variant' }, async (context) => {
    const result = await context.mcpReq.elicitInput({ message: 'Please pick from the enum fields', requestedSchema: { type: 'object', properties: {
      untitledSingle: { type: 'string', enum: ['a', 'b', 'c'] },
      titledSingle: { type: 'string', oneOf: [{ const: 'a', title: 'Option A' }, { const: 'b', title: 'Option B' }] },
      legacyEnum: { type: 'string', enum: ['a', 'b'], enumNames: ['Option A', 'Option B'] },
      untitledMulti: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] } },
      titledMulti: { type: 'array', items: { anyOf: [{ const: 'a', title: 'Option A' }, { const: 'b', title: 'Option B' }] } },
    }, required: [] } });
    return { content: [text(`Elicitation completed: action=${result.action}, content=${JSON.stringify(result.content ?? {})}`)] };
  });
  server.registerResource('Static Text Resource', 'test://static-text', { description: 'A static text resource for testing', mimeType: 'text/plain' }, async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'This is the content of the static text resource.' }] }));
  server.registerResource('Static Binary Resource', 'test://static-binary', { description: 'A static binary resource (image) for testing', mimeType: 'image/png' }, async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'image/png', blob: png }] }));
  server.registerResource('Watched Resource', 'test://watched-resource', { description: 'A resource that can be subscribed to', mimeType: 'text/plain' }, async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'Watched resource content' }] }));
  server.registerResource('Resource Template', new ResourceTemplate('test://template/{id}/data', { list: undefined }), { description: 'A resource template with parameter substitution', mimeType: 'application/json' }, async (uri, { id }) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify({ id, templateTest: true, data: `Data for ID: ${String(id)}` }) }] }));
  server.server.setRequestHandler('resources/subscribe', async () => ({}));
  server.server.setRequestHandler('resources/unsubscribe', async () => ({}));
  server.registerPrompt('test_simple_prompt', { description: 'A simple prompt without arguments' }, async () => ({ messages: [{ role: 'user', content: text('This is a simple prompt for testing.') }] }));
  server.registerPrompt('test_prompt_with_arguments', { description: 'A prompt with required arguments', argsSchema: { arg1: z.string().describe('First test argument'), arg2: z.string().describe('Second test argument') } }, async ({ arg1, arg2 }) => ({ messages: [{ role: 'user', content: text(`Prompt with arguments: arg1='${arg1}', arg2='${arg2}'`) }] }));
  server.registerPrompt('test_prompt_with_embedded_resource', { description: 'A prompt with an embedded resource', argsSchema: { resourceUri: z.string().describe('URI of the resource to embed') } }, async ({ resourceUri }) => ({ messages: [{ role: 'user', content: { type: 'resource', resource: { uri: resourceUri, mimeType: 'text/plain', text: 'Embedded resource content for testing.' } } }, { role: 'user', content: text('Please process the embedded resource above.') }] }));
  server.registerPrompt('test_prompt_with_image', { description: 'A prompt with an image' }, async () => ({ messages: [{ role: 'user', content: { type: 'image', data: png, mimeType: 'image/png' } }, { role: 'user', content: text('Please analyze the image above.') }] }));
  server.server.setRequestHandler('completion/complete', async () => ({ completion: { values: [], total: 0, hasMore: false } }));
  return server;
}

if (process.argv[2] === 'http') {
  const sessions = new Map<string, NodeStreamableHTTPServerTransport>();
  const http = createServer((request, response) => {
    const id = request.headers['mcp-session-id'];
    const existing = typeof id === 'string' ? sessions.get(id) : undefined;
    if (existing !== undefined) {
      void existing.handleRequest(request, response);
      return;
    }
    const transport = new NodeStreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (sessionId) => { sessions.set(sessionId, transport); }, enableDnsRebindingProtection: true, allowedHosts: [`127.0.0.1:${(http.address() as { port: number }).port}`, `localhost:${(http.address() as { port: number }).port}`] });
    void build().connect(transport).then(() => transport.handleRequest(request, response));
  });
  http.listen(Number(process.argv[3] ?? 0), '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ port: (http.address() as { port: number }).port })}\n`);
  });
} else {
  await build().connect(new StdioServerTransport());
}
