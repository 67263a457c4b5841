/**
 * Gmail ids come in two spellings of one 64-bit number: legacy hex
 * (`15f1123136926bff`) and prefixed decimal (`thread-f:1581064946762017791`).
 * The values exceed 2^53, so conversion goes through BigInt, never Number.
 * (docs/gmail.md, "Identifiers")
 */

const HEX_ID = /^[0-9a-f]{1,16}$/;
const PERM_ID = /^(thread|msg)-f:(\d{1,20})$/;
const MAX_ID = (1n << 64n) - 1n;

/** Lower-case legacy hex id, or null when `value` is not one. Strips a leading `#`. */
export function parseHexId(value: string | null | undefined): string | null {
  if (!value) return null;
  const hex = value.replace(/^#/, '').toLowerCase();
  return HEX_ID.test(hex) ? hex : null;
}

/** `thread-f:<dec>` / `msg-f:<dec>` → hex; null for anything else (incl. the client-side `thread-a:r…` ids). */
export function permIdToHex(value: string | null | undefined): string | null {
  const match = value ? PERM_ID.exec(value.replace(/^#/, '')) : null;
  if (!match?.[2]) return null;
  const n = BigInt(match[2]);
  return n > MAX_ID ? null : n.toString(16);
}

/** hex → `thread-f:<dec>` (or `msg-f:` with kind 'msg'); null when hex is not a valid id. */
export function hexToPermId(hex: string, kind: 'thread' | 'msg' = 'thread'): string | null {
  const id = parseHexId(hex);
  return id ? `${kind}-f:${BigInt(`0x${id}`).toString(10)}` : null;
}
