import { existsSync } from 'node:fs';
import { configOptions, parseConfig } from '../config.js';
import type { CheckOptions } from '../types.js';
import { readJson } from './files.js';

/** The config file calque looks for in the working directory when none is given. */
export const DEFAULT_CONFIG = 'calque.config.json';

/**
 * The check options of `--config FILE`, or of ./calque.config.json when it exists.
 * A given file that is missing or invalid throws (InputProblem or CalqueInputError,
 * both naming the file); an absent default is no configuration.
 */
export function loadConfig(path: string | undefined): { options: CheckOptions; file?: string } {
  const file = path ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  if (file === undefined) return { options: {} };
  return { options: configOptions(parseConfig(readJson(file))), file };
}
