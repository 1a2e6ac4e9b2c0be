import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const APP_DIR = fileURLToPath(new URL('../../src/app/', import.meta.url));

/**
 * Every page path the web router declares, read from its source (router.tsx and the *-routes.ts files), so a
 * page added there without a visit in the accessibility suite makes that suite fail. The catch-all `$` is left out.
 */
export function routerPaths(): string[] {
  const files = readdirSync(APP_DIR).filter((name) => name === 'router.tsx' || name.endsWith('-routes.ts'));
  const paths = files.flatMap((name) =>
    [...readFileSync(`${APP_DIR}${name}`, 'utf8').matchAll(/\bpath: '([^']+)'/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(paths.filter((path) => path !== '$'))].sort();
}
