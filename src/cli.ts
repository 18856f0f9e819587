#!/usr/bin/env node
import { main } from './cli/main.js';

const code = main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
});
process.exitCode = code;
