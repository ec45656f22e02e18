// Public surface of the firewall proxy (`rampart/proxy`).
export { createProxyServer, type ProxyServerOptions } from './create-proxy-server.ts';
export { startProxyServer, type RunningProxy } from './start-proxy-server.ts';
export { openProxyFirewall, type OpenedProxyFirewall } from './open-proxy-firewall.ts';
export { replayTrace, type ReplayResult } from './replay-trace.ts';
export { runDemo } from './run-demo.ts';
