import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;
export type Precache = { version: string; shell: string[]; lazy: string[] };

const SOURCE = 'src/service-worker/service-worker.ts';
const INSTALL_FILES = ['/index.html', '/manifest.webmanifest', '/icons/icon.svg', '/icons/icon-192.png'];

function isChunk(item: OutputBundle[string]): item is OutputChunk {
  return item.type === 'chunk';
}

/** The map chunk (Leaflet) is large and only some pages need it: fetched when first used, then cached. */
function isMapChunk(chunk: OutputChunk): boolean {
  return chunk.moduleIds.some((id) => id.includes('/node_modules/leaflet/'));
}

/** The entry chunk, everything it imports statically and their CSS: what the first screen needs. */
function shellFiles(bundle: OutputBundle): Set<string> {
  const chunks = Object.values(bundle).filter(isChunk);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of chunk.imports) visit(byName.get(imported));
  };
  for (const entry of chunks.filter((c) => c.isEntry)) visit(entry);
  return files;
}

export function precacheList(bundle: OutputBundle, indexHtml: string): Precache {
  const shell = shellFiles(bundle);
  const lazy = Object.values(bundle)
    .filter((item) => /\.(?:js|css)$/.test(item.fileName) && !shell.has(item.fileName))
    .filter((item) => !(isChunk(item) && isMapChunk(item)))
    .map((item) => `/${item.fileName}`)
    .sort();
  const shellUrls = [...INSTALL_FILES, ...[...shell].sort().map((f) => `/${f}`)];
  const version = createHash('sha256')
    .update(indexHtml)
    .update(Object.keys(bundle).sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
  return { version, shell: shellUrls, lazy };
}

async function bundleServiceWorker(root: string, precache: Precache): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { __PRECACHE_JSON__: JSON.stringify(JSON.stringify(precache)) },
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(root, SOURCE), formats: ['iife'], name: 'selarasServiceWorker' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  const chunk = result && 'output' in result ? result.output.find(isChunk) : undefined;
  if (!chunk) throw new Error('The service worker did not build');
  return chunk.code;
}

/** Writes /sw.js: the service worker with the list of this build's files and a version that changes with them. */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'selaras-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(_options, bundle) {
      const index = bundle['index.html'];
      const indexHtml = index?.type === 'asset' ? String(index.source) : '';
      const code = await bundleServiceWorker(config.root, precacheList(bundle, indexHtml));
      writeFileSync(path.resolve(config.root, config.build.outDir, 'sw.js'), code);
    },
  };
}
