import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: no Node built-ins, so it bundles for browsers and workers as it is.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: false,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    define: { __CALQUE_VERSION__: JSON.stringify(version) },
    sourcemap: true,
    // The entry stays small: `calque --version` never loads the checker (a chunk of its own).
    splitting: true,
  },
]);
