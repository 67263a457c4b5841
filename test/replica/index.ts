// Public entry of the Gmail replica used by the e2e tests. See docs/gmail.md (all sections);
// each module names the section it mirrors.

export type {
  Person,
  ReplicaAccount,
  ReplicaInit,
  ReplicaMessage,
  ReplicaRequest,
  ReplicaResponse,
  ReplicaThread,
  ThreadLayout,
} from './types.js';
export { GmailReplica, REPLICA_ORIGIN, TOAST_TIMEOUT_MS } from './replica.js';
export { sampleReplica, sampleAccounts, SAMPLE, HTML_SUBJECT } from './sample.js';
export { hexToDecimal, decimalToHex } from './ids.js';
export { formatPrintDate, escapeHtml } from './html.js';
