/**
 * Looking things up in Gmail's DOM with dated alternatives. A miss names the
 * selectors that were tried — never the page's content, which is mail.
 */
import type { Selectors } from './selectors';

export interface Found<E extends Element = Element> {
  element: E;
  layout: string;
}

export function queryFirst(root: ParentNode, alternatives: Selectors): Found | null {
  for (const { selector, layout } of alternatives) {
    const element = root.querySelector(selector);
    if (element) return { element, layout };
  }
  return null;
}

/** All matches of the first alternative that matches anything. */
export function queryAll(root: ParentNode, alternatives: Selectors): Element[] {
  for (const { selector } of alternatives) {
    const elements = [...root.querySelectorAll(selector)];
    if (elements.length > 0) return elements;
  }
  return [];
}

/** Gmail can keep an old view mounted but hidden; the one on screen has a size. */
export function firstVisible(root: ParentNode, alternatives: Selectors): Found | null {
  for (const { selector, layout } of alternatives) {
    for (const element of root.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return { element, layout };
    }
  }
  return null;
}

export function describeMiss(what: string, alternatives: Selectors): string {
  return `${what} not found (tried ${alternatives.map((a) => `"${a.selector}" [${a.layout}]`).join(', ')})`;
}
