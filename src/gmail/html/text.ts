/**
 * The text of an element subtree, roughly as a browser's innerText renders it.
 */
import { type El, type Node } from './tree';

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export type SkipDecision = 'read' | 'skip' | 'stop';

/** HTML whitespace that is not a lone space (a lone space needs no rewrite: keeps replace cheap). */
const SPACE_RUN = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
/** The same within a line, plus nbsp, which reads as a space in a plain-text body. */
export const LINE_SPACE_RUN = /[\t\r\f\v\u00a0][ \t\r\f\v\u00a0]*| [ \t\r\f\v\u00a0]+/g;

/** Elements that end a line; `p` and headings leave a blank line, like innerText. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'tr', 'ul',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Content that is never shown as text. */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'select']);

/**
 * Text of a subtree, roughly as innerText renders it: whitespace collapsed, a line break per
 * `<br>` and per block boundary (merged, so `<div>a</div><div>b</div>` is one break). Iterative,
 * so a deeply nested document cannot overflow the call stack.
 */
export class TextSink {
  private parts: string[] = [];
  private length = 0;
  /** Newlines at the end of the output so far. */
  private trailing = 0;
  /** Line breaks a block boundary asked for, written before the next text. */
  private pending = 0;
  private pre = 0;

  constructor(private readonly limit: number) {}

  /** Appends the text of `root`; false once the limit or a 'stop' element is reached. */
  write(root: El, decide: (el: El) => SkipDecision = () => 'read'): boolean {
    const stack: Array<Node | { end: El }> = [root];
    while (stack.length > 0) {
      if (this.length >= this.limit) return false;
      const item = stack.pop()!;
      if (typeof item === 'string') {
        this.text(item);
      } else if ('end' in item) {
        this.close(item.end);
      } else {
        const decision = item === root ? 'read' : decide(item);
        if (decision === 'stop') return false;
        if (decision === 'skip' || HIDDEN.has(item.tag)) continue;
        this.open(item);
        stack.push({ end: item });
        for (let k = item.children.length - 1; k >= 0; k -= 1) stack.push(item.children[k]!);
      }
    }
    return true;
  }

  toString(): string {
    return this.parts.join('');
  }

  private open(el: El): void {
    if (el.tag === 'br') {
      this.flush();
      this.append('\n');
    } else if (BLOCK.has(el.tag)) this.pending = Math.max(this.pending, 1);
    else if (PARAGRAPH.has(el.tag)) this.pending = Math.max(this.pending, 2);
    if (el.tag === 'pre') this.pre += 1;
  }

  private close(el: El): void {
    if (BLOCK.has(el.tag)) this.pending = Math.max(this.pending, 1);
    else if (PARAGRAPH.has(el.tag)) this.pending = Math.max(this.pending, 2);
    else if (el.tag === 'td' || el.tag === 'th') this.text(' ');
    if (el.tag === 'pre') this.pre -= 1;
  }

  private text(raw: string): void {
    let text = this.pre > 0 ? raw.replace(/\r\n?/g, '\n') : raw.replace(SPACE_RUN, ' ');
    // Whitespace between blocks is not a line of its own.
    if (this.pending > 0 || this.trailing > 0 || this.length === 0) text = text.replace(/^ +/, '');
    if (text === '') return;
    this.flush();
    this.append(text);
  }

  private flush(): void {
    if (this.length > 0 && this.pending > this.trailing) this.append('\n'.repeat(this.pending - this.trailing));
    this.pending = 0;
  }

  private append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    let n = 0;
    while (n < text.length && text[text.length - 1 - n] === '\n') n += 1;
    this.trailing = n === text.length ? this.trailing + n : n;
  }
}

export function textOf(el: El, limit: number): string {
  const sink = new TextSink(limit);
  sink.write(el);
  return sink.toString().slice(0, limit);
}
