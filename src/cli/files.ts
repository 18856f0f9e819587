import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
    if (/[*?[]/.test(p) && !existsSync(p)) {
      const matched = glob(p);
      if (matched.length === 0) problems.push(new InputProblem(p, 'matches no file'));
      files.push(...matched);
      continue;
    }
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

/**
 * Files matching a glob that the shell did not expand (quoted, or on Windows): "*" and
 * "?" within a path segment, "[abc]" classes, and "**" for any depth of folders.
 */
export function glob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const absolute = pattern.startsWith('/');
  const segment = (p: string) =>
    new RegExp(`^${p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  let current = [absolute ? '/' : '.'];
  parts.forEach((part, k) => {
    if (part === '' && k === 0) return;
    const last = k === parts.length - 1;
    const next: string[] = [];
    for (const dir of current) {
      if (part === '**') {
        const stack = [dir];
        while (stack.length) {
          const d = stack.pop()!;
          next.push(d);
          for (const e of safeList(d)) if (isDirectory(join(d, e))) stack.push(join(d, e));
        }
        continue;
      }
      if (!/[*?[]/.test(part)) {
        const p = join(dir, part);
        if (existsSync(p)) next.push(p);
        continue;
      }
      const re = segment(part);
      for (const e of safeList(dir)) {
        const p = join(dir, e);
        if (re.test(e) && (last ? !isDirectory(p) : isDirectory(p))) next.push(p);
      }
    }
    current = next;
  });
  return [...new Set(current)].filter((p) => !isDirectory(p)).sort();
}

const safeList = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};
const isDirectory = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

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
