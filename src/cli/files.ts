import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CalqueInputError } from '../errors.js';

/** A problem with one input file: reported as one line, exit code 2, and the batch goes on. */
export class InputProblem extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
  }
}

/** Reads a file as UTF-8 text; binary or non-UTF-8 content is an InputProblem, not garbage. */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new InputProblem(file, 'is a directory, expected a file');
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof InputProblem) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputProblem(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message);
  }
  if (bytes.includes(0)) throw new InputProblem(file, 'is a binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputProblem(file, 'is not UTF-8 text');
  }
}

export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputProblem(file, `is not valid JSON (${(e as Error).message})`);
  }
}

/** The article files named: files as given, directories searched for *.json, sorted. */
export function expandPaths(paths: readonly string[]): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (extname(name) === '.json') files.push(p);
    }
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      problems.push(new InputProblem(p, 'no such file or directory'));
      continue;
    }
    if (!isDir) files.push(p);
    else {
      const before = files.length;
      walk(p);
      if (files.length === before) problems.push(new InputProblem(p, 'has no .json article files'));
    }
  }
  return { files, problems };
}

/** An article's name when it has no id: its file name without `.json`. */
export const articleName = (file: string): string => basename(file, extname(file));

/**
 * The one line a bad input gets, "FILE: problem", or undefined for an error that is not
 * about the input (a bug, which should surface as such).
 */
export function inputErrorLine(e: unknown, file: string): string | undefined {
  if (e instanceof InputProblem) return `${e.file}: ${e.message}`;
  if (e instanceof CalqueInputError) return `${file}: ${e.message}`;
  return undefined;
}

/** Throws `e` again: for `??` chains where only input errors are handled. */
export function rethrow(e: unknown): never {
  throw e;
}
