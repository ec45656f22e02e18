// Public surface of the MCP gateway (`rampart/mcp`).
export { connectGateway } from './connect-gateway.ts';
export { startStdioGateway, serverNameFromCommand } from './stdio-gateway.ts';
export { startHttpGateway } from './http-gateway.ts';
export { openMcpFirewall, type OpenedMcpFirewall, type OpenMcpFirewallOptions } from './open-mcp-firewall.ts';
export { findToolPoisoning } from './poisoning-rules.ts';
export { scanServers } from './scan/scan-servers.ts';
export { createCodeInterpreterServer, serveCodeInterpreter } from './code-interpreter.ts';
