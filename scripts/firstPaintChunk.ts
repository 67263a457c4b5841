/**
 * One chunk for what the popup needs before its first rows, so opening it loads four scripts
 * instead of thirteen.
 *
 * Rolldown's automatic splitting cuts the modules shared by the popup, the options page, the
 * content script and the worker into a chunk per set of importers: the popup's first paint
 * waited for 13 of them, and each file an extension page loads costs about a millisecond in
 * the browser process, one after the other (15 ms of the popup's 90 ms, measured with
 * `npm run bench`). This plugin records the modules the popup and the content script import
 * statically (the popup's database code is imported lazily), and a code-splitting group puts
 * those the popup shares with another entry into one chunk — except the content script's:
 * Gmail loads those at start, and the chunk would bring it the popup's too.
 */
import type { Plugin, Rollup } from 'vite';

const POPUP_ENTRY = /[\\/]src[\\/]popup[\\/]main\.tsx$/;
const CONTENT_ENTRY = /[\\/]src[\\/]content[\\/]index\.ts$/;

/** The modules `entry` imports statically, itself included. */
function staticGraph(context: Rollup.PluginContext, entry: RegExp): Set<string> {
  const found = new Set<string>();
  const pending = [...context.getModuleIds()].filter((id) => entry.test(id));
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

interface Group {
  name: string;
  test: (id: string) => boolean;
  minShareCount: number;
  priority: number;
}

// Stylesheets keep Vite's order (the shared base before each page's own): in a chunk's CSS they
// would come after the page's and override it.
const isStylesheet = (id: string) => /\.css(?:$|\?)/.test(id);

export function firstPaintChunk(): { plugin: Plugin; groups: Group[] } {
  let popup = new Set<string>();
  let content = new Set<string>();
  const plugin: Plugin = {
    name: 'followthrough:first-paint-chunk',
    buildEnd() {
      popup = staticGraph(this, POPUP_ENTRY);
      content = staticGraph(this, CONTENT_ENTRY);
    },
  };
  return {
    plugin,
    groups: [
      // What the content script shares, first and on its own: a module the popup's chunk took
      // would bring Gmail the whole chunk at start.
      { name: 'gmail-shared', test: (id) => content.has(id) && !CONTENT_ENTRY.test(id) && !isStylesheet(id), minShareCount: 2, priority: 2 },
      { name: 'first-paint', test: (id) => popup.has(id) && !POPUP_ENTRY.test(id) && !isStylesheet(id), minShareCount: 2, priority: 1 },
    ],
  };
}
