import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, glob } from '../../src/cli/files.js';

describe('globs the shell did not expand', () => {
  const root = mkdtempSync(join(tmpdir(), 'calque-glob-'));
  for (const f of ['a.json', 'b.json', 'notes.txt', 'sub/c.json', 'sub/deep/d.json', 'sub/deep/e.txt']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '{}');
  }
  const rel = (list: string[]) => list.map((p) => relative(root, p));

  it('* and ? match within a folder, ** across folders', () => {
    expect(rel(glob(join(root, '*.json')))).toEqual(['a.json', 'b.json']);
    expect(rel(glob(join(root, '?.json')))).toEqual(['a.json', 'b.json']);
    expect(rel(glob(join(root, '**', '*.json')))).toEqual(['a.json', 'b.json', 'sub/c.json', 'sub/deep/d.json']);
    expect(rel(glob(join(root, 'sub', '*', '*.txt')))).toEqual(['sub/deep/e.txt']);
  });

  it('a pattern that matches nothing is a problem naming it', () => {
    const { files, problems } = expandPaths([join(root, '*.xml'), join(root, 'a.json')]);
    expect(rel(files)).toEqual(['a.json']);
    expect(problems.map((p) => p.message)).toEqual(['matches no file']);
  });
});
