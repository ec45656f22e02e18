// A minimal MCP server for the gateway benchmark: one `echo` tool, over stdio (default) or Streamable HTTP (`http PORT`).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

function build(): McpServer {
  const server = new McpServer({ name: 'bench-echo', version: '1.0.0' });
  server.registerTool('echo', { description: 'Echoes the message back.', inputSchema: { message: z.string() } }, async ({ message }) => ({ content: [{ type: 'text' as const, text: message }] }));
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
    const transport = new NodeStreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (sessionId) => { sessions.set(sessionId, transport); } });
    void build().connect(transport).then(() => transport.handleRequest(request, response));
  });
  http.listen(Number(process.argv[3] ?? 0), '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ port: (http.address() as { port: number }).port })}\n`);
  });
} else {
  await build().connect(new StdioServerTransport());
}
