/**
 * Looking things up in Gmail's DOM with dated alternatives. A miss names the
 * selectors that were tried — never the page's content, which is mail.
 *
 * Every helper here ignores elements inside mail (a message body, a compose's
 * body, quoted history: MAIL_BODY). Mail can carry markup copied from Gmail —
 * `div.adn`, `span.gD[email]`, `tr.zA`, `h2.hP` — and none of it is Gmail's own,
 * so no reader can take it for Gmail's structure by forgetting to check.
 */
import { MAIL_BODY, type Selectors } from './selectors';

export interface Found<E extends Element = Element> {
  element: E;
  layout: string;
}

const IN_MAIL = MAIL_BODY.map((a) => a.selector).join(', ');

/**
 * True when `element` is inside mail content (not when it is a body itself:
 * a compose's body element is Gmail's own, what is in it is not).
 */
export function isInsideMail(element: Element): boolean {
  return element.parentElement?.closest(IN_MAIL) != null;
}

/** The root's own ancestry decides for everything under it: under mail, nothing is Gmail's. */
function rootInMail(root: ParentNode): boolean {
  if (!(root instanceof Element)) return false;
  return root.matches(IN_MAIL) || isInsideMail(root);
}

export function queryFirst(root: ParentNode, alternatives: Selectors): Found | null {
  if (rootInMail(root)) return null;
  for (const { selector, layout } of alternatives) {
    // The first match is almost always Gmail's own: check it before listing them all.
    const first = root.querySelector(selector);
    if (!first) continue;
    if (!isInsideMail(first)) return { element: first, layout };
    for (const element of root.querySelectorAll(selector)) {
      if (!isInsideMail(element)) return { element, layout };
    }
  }
  return null;
}

/** All matches of the first alternative that matches anything. */
export function queryAll(root: ParentNode, alternatives: Selectors): Element[] {
  if (rootInMail(root)) return [];
  for (const { selector } of alternatives) {
    const elements = [...root.querySelectorAll(selector)].filter((element) => !isInsideMail(element));
    if (elements.length > 0) return elements;
  }
  return [];
}

/** Gmail can keep an old view mounted but hidden; the one on screen has a size. */
export function firstVisible(root: ParentNode, alternatives: Selectors): Found | null {
  if (rootInMail(root)) return null;
  for (const { selector, layout } of alternatives) {
    for (const element of root.querySelectorAll(selector)) {
      if (isInsideMail(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return { element, layout };
    }
  }
  return null;
}

/** Whether `element` itself matches one of the alternatives (and is not inside mail). */
export function matchesAny(element: Element, alternatives: Selectors): boolean {
  return !isInsideMail(element) && alternatives.some(({ selector }) => element.matches(selector));
}

/**
 * The nearest of `element` and its ancestors that matches one of the alternatives (and is not
 * inside mail). Whether it is inside mail is asked only of a match: each asking walks up the page.
 */
export function closestOf(element: Element | null, alternatives: Selectors): Element | null {
  for (let at = element; at; at = at.parentElement) {
    if (alternatives.some(({ selector }) => at!.matches(selector)) && !isInsideMail(at)) return at;
  }
  return null;
}

export function describeMiss(what: string, alternatives: Selectors): string {
  return `${what} not found (tried ${alternatives.map((a) => `"${a.selector}" [${a.layout}]`).join(', ')})`;
}
