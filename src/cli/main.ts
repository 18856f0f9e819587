import { UsageError } from './args.js';
import { ALIGN_HELP, runAlign } from './commands/align.js';
import { CHECK_HELP, runCheck } from './commands/check.js';
import { DIFF_HELP, runDiff } from './commands/diff.js';
import { EVAL_HELP, runEval } from './commands/eval.js';
import { FIX_HELP, runFix } from './commands/fix.js';
import type { Io } from './io.js';

declare const __CALQUE_VERSION__: string;

export const HELP = `calque ${typeof __CALQUE_VERSION__ === 'string' ? __CALQUE_VERSION__ : ''}: checks machine-translated news against its Indonesian source.

Usage:
  calque check ARTICLE.json|DIR ... [--format pretty|json|jsonl] [--fail-on SEVERITY]
  calque check --source id.txt --version en=en.txt [--version fr=fr.txt ...]
  calque fix ARTICLE.json [--lang LANG] [--diff | --write]
  calque align ARTICLE.json [--lang LANG] [--format text|json]
  calque diff OLD.txt NEW.txt --lang LANG [--source SOURCE.txt] [--format pretty|json]
  calque eval CORPUS_DIR [--verbose]
  calque --version        print the version
  calque --help           this help; 'calque COMMAND --help' for a command's options

Exit codes: 0 ok; 1 an issue at or above --fail-on (default: critical); 2 bad input or usage.`;

/** Runs the command line; returns the exit code. */
export function main(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(HELP + '\n');
        return command === undefined ? 2 : 0;
      case '--version':
      case '-V':
        io.out(`${__CALQUE_VERSION__}\n`);
        return 0;
      case 'check':
        return runCheck(rest, io);
      case 'eval':
        return runEval(rest, io);
      case 'fix':
        return runFix(rest, io);
      case 'align':
        return runAlign(rest, io);
      case 'diff':
        return runDiff(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"; run calque --help`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`calque: ${e.message}\n`);
      if (command === 'check') io.err(`\n${CHECK_HELP}\n`.split('\n').slice(0, 4).join('\n') + '\n  (calque check --help for all options)\n');
      if (command === 'eval') io.err(`${EVAL_HELP.split('\n')[0]}\n`);
      if (command === 'fix') io.err(`${FIX_HELP.split('\n')[0]}\n`);
      if (command === 'align') io.err(`${ALIGN_HELP.split('\n')[0]}\n`);
      if (command === 'diff') io.err(`${DIFF_HELP.split('\n')[0]}\n`);
      return 2;
    }
    throw e;
  }
}
