/**
 * One chunk for what the popup needs before its first rows, so opening it loads three scripts
 * (entry, shared chunk, Rolldown's runtime) instead of thirteen.
 *
 * Rolldown's automatic splitting cuts the modules shared by the popup, the options page, the
 * content script and the worker into a chunk per set of importers: the popup's first paint
 * waited for 13 of them, and each file an extension page loads costs about a millisecond in
 * the browser process, one after the other (15 ms of the popup's 90 ms, measured with
 * `npm run bench`). This plugin records the modules the popup imports statically (its first
 * paint; the database code is imported lazily) and a code-splitting group puts those the popup
 * shares with another entry into one chunk. Modules used by the popup alone stay in its entry.
 */
import type { Plugin } from 'vite';

const POPUP_ENTRY = /[\\/]src[\\/]popup[\\/]main\.tsx$/;

export function firstPaintChunk(): { plugin: Plugin; group: { name: string; test: (id: string) => boolean; minShareCount: number } } {
  const popupStatic = new Set<string>();
  const plugin: Plugin = {
    name: 'followthrough:first-paint-chunk',
    buildEnd() {
      popupStatic.clear();
      const pending = [...this.getModuleIds()].filter((id) => POPUP_ENTRY.test(id));
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (popupStatic.has(id)) continue;
        popupStatic.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return {
    plugin,
    group: {
      name: 'first-paint',
      // Stylesheets keep Vite's order (the shared base before each page's own): in this chunk's
      // CSS they would come after the page's and override it.
      test: (id) => popupStatic.has(id) && !POPUP_ENTRY.test(id) && !/\.css(?:$|\?)/.test(id),
      minShareCount: 2,
    },
  };
}
