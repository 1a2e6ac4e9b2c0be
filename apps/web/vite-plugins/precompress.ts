import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const TEXT_FILE = /\.(?:js|css|html|svg|json|webmanifest)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 512;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** Writes `.br` and `.gz` beside every text file of the build, for the server to send to browsers that accept them. */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'selaras-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // closeBundle runs after every plugin's writeBundle, so the generated service worker is compressed too.
    closeBundle: {
      order: 'post',
      handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        for (const file of filesUnder(outDir).filter((f) => TEXT_FILE.test(f))) {
          const bytes = readFileSync(file);
          if (bytes.length < MIN_BYTES) continue;
          writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
          writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
      },
    },
  };
}
