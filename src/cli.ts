#!/usr/bin/env node
declare const __CALQUE_VERSION__: string;

const argv = process.argv.slice(2);
// `calque --version` answers without loading the checker and its lexicons.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${__CALQUE_VERSION__}\n`);
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(argv, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
    errTTY: Boolean(process.stderr.isTTY),
  });
}
