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
  return {
    host,
    update: (content) => render(content, root),
    remove: () => {
      render(null, root);
      host.remove();
    },
  };
}
