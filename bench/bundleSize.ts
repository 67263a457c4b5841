/**
 * What Gmail loads from us at start: the content-script loader and every
 * chunk it imports statically, gzipped at level 9 (as docs/gmail.md
 * measures gmail.js and InboxSDK).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Manifest {
  content_scripts: Array<{ js: string[]; world?: string }>;
}

/** Static imports (`import … from "./x.js"`, `import "./x.js"`) and the loader's `getURL("x.js")`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|getURL\(\s*)["']([^"']+\.js)["']/g;

function closure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  for (const [, spec] of code.matchAll(IMPORT)) {
    const next = spec!.startsWith('.') ? normalize(join(dirname(entry), spec!)) : spec!.replace(/^\//, '');
    closure(dist, next, seen);
  }
  return seen;
}

export function contentScriptSize(dist = 'dist'): { files: number; raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const files = new Set<string>();
  for (const script of manifest.content_scripts) for (const js of script.js) closure(dist, js, files);
  const code = Buffer.concat([...files].map((file) => readFileSync(join(dist, file))));
  return { files: files.size, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
