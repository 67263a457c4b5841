import { describe, expect, it } from 'vitest';
import { hexToPermId, parseHexId, permIdToHex } from '../../src/gmail/ids';

// A real pair from docs/gmail.md; 2^53 ≈ 9.0e15, so Number would round it.
const HEX = '15f1123136926bff';
const DEC = '1581064946762017791';

describe('Gmail ids', () => {
  it('converts hex to thread-f and msg-f without losing precision', () => {
    expect(hexToPermId(HEX)).toBe(`thread-f:${DEC}`);
    expect(hexToPermId(HEX, 'msg')).toBe(`msg-f:${DEC}`);
    expect(Number(DEC).toString()).not.toBe(DEC); // the reason BigInt is needed
  });

  it('converts thread-f and msg-f back to hex, with or without a leading #', () => {
    expect(permIdToHex(`thread-f:${DEC}`)).toBe(HEX);
    expect(permIdToHex(`#msg-f:${DEC}`)).toBe(HEX);
  });

  it('round-trips the largest 64-bit id', () => {
    expect(permIdToHex(hexToPermId('ffffffffffffffff'))).toBe('ffffffffffffffff');
  });

  it('normalizes hex ids: strips #, lower-cases', () => {
    expect(parseHexId('#15F1123136926BFF')).toBe(HEX);
  });

  it.each([
    ['client-side draft id', 'thread-a:r-123456'],
    ['the literal string Gmail sometimes puts', 'undefined'],
    ['a number beyond 64 bits', 'thread-f:18446744073709551616'],
    ['empty', ''],
    ['null', null],
  ])('rejects %s as a server id', (_, value) => {
    expect(permIdToHex(value)).toBeNull();
  });

  it.each([['too long', '15f1123136926bff0'], ['not hex', 'xyz'], ['with spaces', '15f1 1231'], ['empty', '']])(
    'rejects a hex id that is %s',
    (_, value) => {
      expect(parseHexId(value)).toBeNull();
      expect(hexToPermId(value)).toBeNull();
    },
  );
});
