/**
 * A lenient HTML element tree built in one linear pass (indexOf scans, no backtracking
 * regexes over the document). Gmail's print view is read in the MV3 service worker, which has
 * no DOMParser. Accepts quoted and unquoted attributes alike: Gmail's server sends mostly
 * unquoted ones, a browser's "save page" quotes them all (docs/gmail.md, "The print view").
 */
import { decodeEntities } from './entities';


export interface El {
  tag: string;
  attrs: ReadonlyMap<string, string>;
  children: Node[];
  /** Its end tag was seen: false for an element the document ended inside (a truncated page). */
  closed?: boolean;
}
/** A text node is its decoded text. */
export type Node = El | string;

export function attr(el: El, name: string): string {
  return el.attrs.get(name) ?? '';
}

export function hasClass(el: El, name: string): boolean {
  const value = el.attrs.get('class');
  return value !== undefined && value.split(/[ \t\n\r\f]+/).includes(name);
}

/** Pre-order walk; `visit` returning false skips the element's children. */
export function forEachElement(root: El, visit: (el: El) => boolean): void {
  const stack: Node[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string' || !visit(node)) continue;
    for (let k = node.children.length - 1; k >= 0; k -= 1) stack.push(node.children[k]!);
  }
}

export function findElement(root: El, test: (el: El) => boolean): El | null {
  let found: El | null = null;
  forEachElement(root, (el) => {
    if (!found && test(el)) found = el;
    return !found;
  });
  return found;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not markup; title and textarea still decode entities. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noembed', 'noframes']);
/** How far an end tag looks for its element before it is ignored as stray (bounds the work). */
const MAX_END_TAG_SEARCH = 256;

/**
 * One pass over the document. End tags close the nearest open element of that name (and what
 * is open inside it) but, as in HTML, not across a table; stray end tags are ignored. Unclosed
 * or truncated markup simply ends the tree.
 */
export function buildTree(html: string): El {
  const root: El = { tag: '#root', attrs: NO_ATTRS, children: [] };
  const stack: El[] = [root];
  const openCount = new Map<string, number>();
  const n = html.length;
  let i = 0;

  const top = () => stack[stack.length - 1]!;
  const addText = (text: string) => {
    if (text === '') return;
    const children = top().children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  };
  const close = (tag: string) => {
    if (!openCount.get(tag)) return;
    for (let d = stack.length - 1, steps = 0; d > 0 && steps < MAX_END_TAG_SEARCH; d -= 1, steps += 1) {
      const el = stack[d]!;
      if (el.tag === tag) {
        el.closed = true;
        for (const popped of stack.splice(d)) openCount.set(popped.tag, (openCount.get(popped.tag) ?? 1) - 1);
        return;
      }
      if (el.tag === 'table') return;
    }
  };

  let textStart = 0; // text runs from here to the next markup
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    if (!isAlpha(next) && next !== 0x21 /* ! */ && next !== 0x2f /* / */ && next !== 0x3f /* ? */) {
      i = lt + 1; // "a < b" is text
      continue;
    }
    if (lt > textStart) addText(decodeEntities(html.slice(textStart, lt)));
    i = readMarkup(lt, next);
    textStart = i;
    if (i >= n) break;
  }
  if (textStart < n) addText(decodeEntities(html.slice(textStart)));
  return root;

  /** Handles the markup at `lt`; returns where text resumes (n when the document ends inside it). */
  function readMarkup(lt: number, next: number): number {
    if (isAlpha(next)) {
      const tag = readTag(html, lt + 1);
      if (!tag) return n; // truncated inside a tag: the rest is not content
      const el: El = { tag: tag.name, attrs: tag.attrs, children: [] };
      top().children.push(el);
      if (RAW_TEXT.has(el.tag)) {
        const closing = findClosingTag(html, el.tag, tag.end);
        const content = html.slice(tag.end, closing === -1 ? n : closing);
        if (content) el.children.push(el.tag === 'title' || el.tag === 'textarea' ? decodeEntities(content) : content);
        el.closed = closing !== -1;
        return closing === -1 ? n : afterGt(closing);
      }
      if (VOID.has(el.tag)) el.closed = true;
      else {
        stack.push(el);
        openCount.set(el.tag, (openCount.get(el.tag) ?? 0) + 1);
      }
      return tag.end;
    }
    if (next === 0x2f && isAlpha(html.charCodeAt(lt + 2))) {
      let j = lt + 2;
      while (j < n && !isNameEnd(html.charCodeAt(j))) j += 1;
      close(html.slice(lt + 2, j).toLowerCase());
      return afterGt(j);
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      return end === -1 ? n : end + 3;
    }
    return afterGt(lt + 2); // doctype, CDATA, processing instruction, `</ >`
  }

  function afterGt(from: number): number {
    const gt = html.indexOf('>', from);
    return gt === -1 ? n : gt + 1;
  }
}

const NO_ATTRS: ReadonlyMap<string, string> = new Map();

const closingTagPatterns = new Map<string, RegExp>();

function findClosingTag(html: string, tag: string, from: number): number {
  let pattern = closingTagPatterns.get(tag);
  if (!pattern) {
    pattern = new RegExp(`</${tag}[\\s/>]`, 'gi');
    closingTagPatterns.set(tag, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** Reads `name attr=value attr="value" …>` starting at the name; null when the document ends first. */
function readTag(html: string, start: number): { name: string; attrs: ReadonlyMap<string, string>; end: number } | null {
  const n = html.length;
  let i = start;
  while (i < n && !isNameEnd(html.charCodeAt(i))) i += 1;
  const name = html.slice(start, i).toLowerCase();
  let attrs: Map<string, string> | null = null; // most tags (br, div, b) have none: share one empty map
  for (;;) {
    while (i < n && (isSpace(html.charCodeAt(i)) || html[i] === '/')) i += 1;
    if (i >= n) return null;
    if (html[i] === '>') return { name, attrs: attrs ?? NO_ATTRS, end: i + 1 };
    const nameStart = i;
    i += 1; // a first character of '=' belongs to the name
    while (i < n && !isNameEnd(html.charCodeAt(i)) && html[i] !== '=') i += 1;
    const attrName = html.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(html.charCodeAt(i))) i += 1;
    let value = '';
    if (html[i] === '=') {
      i += 1;
      while (i < n && isSpace(html.charCodeAt(i))) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const endQuote = html.indexOf(quote, i + 1);
        if (endQuote === -1) return null;
        value = html.slice(i + 1, endQuote);
        i = endQuote + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i += 1;
        value = html.slice(valueStart, i);
      }
    }
    attrs ??= new Map();
    if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
  }
}

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f /* / */ || c === 0x3e /* > */;
}
