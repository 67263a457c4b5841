/**
 * The text someone wrote in a mail body, without the quoted history under it: a compose's body
 * (what the user is writing) or a message's body (what the other person wrote). Laid out the way
 * innerText does for Gmail's body markup (div, br), so sentences and blank lines survive.
 */
import type { Selectors } from './selectors';

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** The body's own rendering (innerText) when there is nothing to leave out; else its text without `quoted`. */
export function ownText(body: HTMLElement, quoted: Selectors): string {
  const leftOut = quoted.map((a) => a.selector).join(', ');
  if (!body.querySelector(leftOut)) return body.innerText;
  let text = '';
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += (child.nodeValue ?? '').replace(/\u00a0/g, ' ');
      } else if (child instanceof Element) {
        if (child.matches(leftOut) || SKIPPED.has(child.tagName)) continue;
        if (child.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block) newline();
        walk(child);
        if (block) newline();
      }
    }
  };
  walk(body);
  return text.replace(/\s+$/, '');
}
