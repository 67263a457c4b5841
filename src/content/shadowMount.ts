/**
 * Our UI lives in a shadow root so Gmail's CSS and ours never mix. Styles go
 * in as text of a <style> element: no HTML strings anywhere (Gmail enforces
 * Trusted Types).
 */
import { render, type ComponentChild } from 'preact';

export interface Mounted {
  host: HTMLElement;
  update(content: ComponentChild): void;
  remove(): void;
}

export function mountInShadow(name: string, css: string, place: (host: HTMLElement) => void): Mounted {
  const host = document.createElement('span');
  host.setAttribute('data-followthrough', name);
  host.style.display = 'inline-flex';
  host.style.alignItems = 'center';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('span');
  shadow.append(style, root);
  place(host);
  host.setAttribute('data-theme', isOnDarkSurface(host) ? 'dark' : 'light');
  return {
    host,
    update: (content) => render(content, root),
    remove: () => {
      render(null, root);
      host.remove();
    },
  };
}

/**
 * Gmail's dark themes are the user's setting, not the system's: look at
 * the surface we were placed on — the first ancestor with a background.
 */
function isOnDarkSurface(element: Element): boolean {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (!rgb || rgb[4] === '0') continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return false;
}
