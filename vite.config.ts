import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { firstPaintChunk } from './scripts/firstPaintChunk';

type Target = 'chrome' | 'firefox';

/**
 * One source, two targets. `manifest.json` is written for Chrome; Firefox
 * differs only where it must: event-page `background.scripts` instead of a
 * service worker, and a gecko id with the data-collection declaration that
 * AMO requires (we collect nothing).
 */
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'followthrough@followthrough.invalid',
        // 142: first Firefox (desktop and Android) that knows data_collection_permissions;
        // it also has `world: "MAIN"` content scripts (128+).
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

// web_accessible_resources stay crxjs's (the content script's chunks, for mail.google.com only),
// with `use_dynamic_url: false`. True would hide them from page probes, but Chromium 156 then
// resolves the imports inside a chunk loaded by its dynamic URL against the static id and refuses
// them (crbug.com/363027634): the content script never loads. Firefox's moz-extension UUID is
// random per profile already, so its build needs no such flag.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const firstPaint = firstPaintChunk();
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), firstPaint.plugin],
    build: {
      outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Extensions load from disk: readable stack traces beat a few bytes.
      sourcemap: false,
      target: 'es2022',
      // Extension pages all support modulepreload: the polyfill would be one more file to load.
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: { groups: firstPaint.groups } } },
    },
  };
});
