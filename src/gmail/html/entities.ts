/**
 * HTML character references: the markup escapes Gmail emits plus the named ones common in
 * mail. A linear scan; unknown names stay as written.
 */
/** The markup escapes Gmail emits plus the named ones common in mail; others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«',
  raquo: '»', bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', deg: '°',
  times: '×', shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  agrave: 'à', ccedil: 'ç', ntilde: 'ñ',
};
/** Named entities browsers also decode without the semicolon. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);
const COMMON: ReadonlyArray<readonly [string, string]> = [
  ['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#39;', "'"], ['&nbsp;', '\u00a0'],
];
/** One reference, matched right after its '&' (sticky: never scans ahead). */
const ENTITY = /#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,8});?|([A-Za-z][A-Za-z0-9]{0,31})(;?)/y;

/** Decodes character references with an indexOf scan; unknown names stay as written. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const parts: string[] = [];
  let done = 0;
  while (amp !== -1) {
    let value: string | undefined;
    let end: number;
    // Gmail's own escapes are nearly every reference in a print view: skip the regex for them.
    const common = COMMON.find(([ref]) => text.startsWith(ref, amp));
    if (common) {
      [, value] = common;
      end = amp + common[0].length;
    } else {
      ENTITY.lastIndex = amp + 1;
      const match = ENTITY.exec(text);
      value = match ? entityValue(match) : undefined;
      end = ENTITY.lastIndex;
    }
    if (value !== undefined) {
      parts.push(text.slice(done, amp), value);
      done = end;
    }
    amp = text.indexOf('&', amp + 1);
  }
  parts.push(text.slice(done));
  return parts.join('');
}

function entityValue([, dec, hex, name, semi]: RegExpExecArray): string | undefined {
  if (name !== undefined) {
    const value = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
    return semi || LEGACY.has(name) ? value : undefined;
  }
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}
