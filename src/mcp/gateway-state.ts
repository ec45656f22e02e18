import type { JSONRPCMessage, Transport } from '@modelcontextprotocol/server';
import type { AuditSink } from '../kernel/audit-event.ts';
import type { PinStore } from '../kernel/stores.ts';
import type { CallContext, Firewall } from '../firewall/create-firewall.ts';
import type { RequestId } from './json-rpc.ts';
import type { ToolReview } from './tool-review.ts';

/** Everything one gateway connection (one client, one upstream) depends on. */
export interface GatewayOptions {
  readonly firewall: Firewall;
  readonly audit: AuditSink;
  readonly pins: PinStore;
  /** Name of the upstream server: pins, audit and origins use it. */
  readonly server: string;
  /** Who is calling through this connection. */
  readonly context: CallContext;
  /** Whether a role may see and call a tool (the compiled policy's role grants). */
  readonly granted: (role: string, tool: string) => boolean;
  /** Tool names of other servers, for shadowing detection. */
  readonly otherTools?: () => readonly string[];
  /** Whether a tool's results are untrusted content (policy `tools.<name>.untrusted_result`); absent: always. */
  readonly untrustedResult?: (tool: string) => boolean;
  /** How often a call held for approval reports progress (when the client asked for progress); default 10 s. */
  readonly approvalHeartbeatMs?: number;
}

/** A client request the gateway sent upstream and waits to answer. */
export interface ForwardedRequest {
  readonly id: RequestId;
  readonly method: string;
  /** Tool name for tools/call. */
  readonly tool?: string;
  /** For tools/list: whether this was the first page (no cursor), which resets the known tools. */
  readonly firstPage?: boolean;
  timer?: NodeJS.Timeout;
  readonly progressToken?: string | number;
}

/** Mutable state of one gateway connection; owned by exactly one connection, never shared. */
export interface GatewayState {
  readonly options: GatewayOptions;
  readonly client: Transport;
  readonly upstream: Transport;
  /** Client requests forwarded upstream, by id key. */
  readonly forwarded: Map<string, ForwardedRequest>;
  /** Client requests held at the gateway (gate, approval), by id key; aborting ends the hold. */
  readonly held: Map<string, AbortController>;
  /** Server requests (sampling, elicitation, roots) forwarded to the client, by id key. */
  readonly serverRequests: Map<string, { readonly method: string }>;
  /** Requests the gateway itself sent upstream (a tools/list refresh), by id key. */
  readonly internal: Map<string, (message: JSONRPCMessage) => void>;
  /** Reviewed tools from the latest complete listing; undefined until the first listing. */
  tools: Map<string, ToolReview> | undefined;
  /** Reviews of the listing being paged through. */
  pendingTools: Map<string, ToolReview>;
  internalCounter: number;
  closed: boolean;
}

/** Sends to one side, reporting (never throwing) a failed send, since a gone peer is not a gateway bug. */
export async function sendSafely(transport: Transport, message: JSONRPCMessage, options?: { relatedRequestId?: RequestId }): Promise<boolean> {
  try {
    await transport.send(message, options);
    return true;
  } catch {
    return false;
  }
}

/** A firewall plus audit sink pair, as a gateway needs them. */
export interface GatewayFirewall {
  readonly firewall: Firewall;
  readonly audit: AuditSink;
}
