// Id helpers. Mirrors docs/gmail.md "Identifiers": one 64-bit number, spelled as 16 hex digits
// (legacy id) or as a decimal after `thread-f:` / `msg-f:`. Always BigInt, never Number.

const HEX16 = /^[0-9a-f]{16}$/;

export function isLegacyHex(value: string): boolean {
  return HEX16.test(value);
}

/** '18c4f2a91b3e0a01' -> '1784...' (decimal string). */
export function hexToDecimal(hex: string): string {
  const clean = hex.trim().toLowerCase();
  if (!/^[0-9a-f]{1,16}$/.test(clean)) throw new Error(`not a legacy hex id: ${JSON.stringify(hex)}`);
  return BigInt('0x' + clean).toString(10);
}

/** Decimal string (optionally prefixed `#thread-f:` / `thread-f:` / `msg-f:`) -> 16 hex digits. */
export function decimalToHex(decimal: string): string {
  const clean = decimal.trim().replace(/^#?(thread|msg)-f:/, '');
  if (!/^[0-9]{1,20}$/.test(clean)) throw new Error(`not a decimal id: ${JSON.stringify(decimal)}`);
  const value = BigInt(clean);
  if (value >= 1n << 64n) throw new Error(`id out of range: ${decimal}`);
  return value.toString(16).padStart(16, '0');
}

/**
 * New legacy ids the way Gmail's look: milliseconds since the epoch shifted left by 20 bits
 * (so ids sort by time and start with '18'/'19' for current dates), plus a counter.
 */
export function newLegacyId(atMs: number, taken: (hex: string) => boolean): string {
  let candidate = BigInt(Math.max(0, Math.floor(atMs))) << 20n;
  for (;;) {
    const hex = candidate.toString(16).padStart(16, '0').slice(-16);
    if (!taken(hex)) return hex;
    candidate += 1n;
  }
}
