/**
 * `calque check --jobs N`: article files checked in N worker threads, results returned in
 * the order of the files. Workers run this same module: on a worker thread it answers
 * one message per file with the report (or the one-line problem) and exits when told.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { check } from '../check.js';
import type { ArticleInput, ArticleReport, CheckOptions } from '../types.js';
import { loadConfig } from './config.js';
import { inputErrorLine, readJson, rethrow } from './files.js';

/** What a worker needs to build the same options as the main thread: plain data only (RegExps and rules do not cross threads). */
export interface WorkerSettings {
  config?: string;
  minConfidence?: number;
  disable: string[];
}

export type FileResult = { ok: true; file: string; input: ArticleInput; report: ArticleReport } | { ok: false; file: string; line: string };

/** The check options the settings stand for (the configuration file, then the flags). */
export function optionsFrom(settings: WorkerSettings): CheckOptions {
  const config = loadConfig(settings.config).options;
  return {
    ...config,
    ...(settings.minConfidence !== undefined ? { minConfidence: settings.minConfidence } : {}),
    rules: { ...config.rules, ...Object.fromEntries(settings.disable.map((id) => [id, false])) },
  };
}

/** Reads and checks one article file; a bad file is its one-line problem. */
export function checkFile(file: string, options: CheckOptions): FileResult {
  try {
    const input = readJson(file) as ArticleInput;
    return { ok: true, file, input, report: check(input, options) };
  } catch (e) {
    return { ok: false, file, line: inputErrorLine(e, file) ?? rethrow(e) };
  }
}

/** Checks `files` in `jobs` worker threads; resolves with one result per file, in order. */
export function checkInWorkers(files: readonly string[], settings: WorkerSettings, jobs: number): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const count = Math.max(1, Math.min(jobs, files.length));
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (next < files.length) w.postMessage({ index: next, file: files[next++] });
      else w.postMessage(null);
    };
    for (let k = 0; k < count; k++) {
      const w = new Worker(new URL(import.meta.url), { workerData: { calqueWorker: true, settings } });
      workers.push(w);
      w.on('message', (m: { index: number; result: FileResult }) => {
        results[m.index] = m.result;
        if (++done === files.length) {
          for (const x of workers) void x.terminate();
          resolve(results);
        } else feed(w);
      });
      w.on('error', (e) => {
        for (const x of workers) void x.terminate();
        reject(e);
      });
      feed(w);
    }
    if (files.length === 0) resolve(results);
  });
}

// On a worker thread started by checkInWorkers: check the files the main thread sends.
if (!isMainThread && (workerData as { calqueWorker?: boolean } | undefined)?.calqueWorker && parentPort) {
  const port = parentPort;
  const options = optionsFrom((workerData as { settings: WorkerSettings }).settings);
  port.on('message', (m: { index: number; file: string } | null) => {
    if (m === null) {
      port.close();
      return;
    }
    port.postMessage({ index: m.index, result: checkFile(m.file, options) });
  });
}
