// Runs the benchmark (`npm run bench`, after `npm run build`). Node 20 cannot run
// TypeScript, so this bundles bench/run.ts with esbuild into a temporary file and
// imports it. The public API (`../src/index.js`) is not bundled: it resolves to the
// built dist/index.js, so what is measured is what users install. Internals that
// dist/index.js does not export (the aligner) are bundled from src/.
//
// dist/ is copied first to bench/.snapshot/dist (git-ignored, removed at the end; inside
// the project so that its imports of franc, diff and string-similarity still resolve):
// a rebuild during the run (`npm test` builds) must not pull the library from under it.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: dist/ is not built; run `npm run bench`, which builds first, or `npm run build`.');
  process.exit(2);
}
const snapshot = join(root, 'bench', '.snapshot');
rmSync(snapshot, { recursive: true, force: true });
cpSync(join(root, 'dist'), join(snapshot, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') });
const dist = join(snapshot, 'dist', 'index.js');
const out = mkdtempSync(join(tmpdir(), 'calque-bench-build-'));
const outfile = join(out, 'run.mjs');

/** `src/index.ts` → the built `dist/index.js`, loaded as it is. */
const publicApiFromDist = {
  name: 'public-api-from-dist',
  setup(b) {
    b.onResolve({ filter: /(^|\/)src\/index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path) === join(root, 'src', 'index.js')
        ? { path: pathToFileURL(dist).href, external: true }
        : undefined,
    );
  },
};

try {
  await build({
    entryPoints: [join(root, 'bench', 'run.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    plugins: [publicApiFromDist],
  });
  const { main } = await import(pathToFileURL(outfile).href);
  await main({ root, argv: process.argv.slice(2), bundle: outfile, dist: join(snapshot, 'dist') });
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(snapshot, { recursive: true, force: true });
}
