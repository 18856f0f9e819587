import { readSync } from 'node:fs';

/**
 * The lines of standard input, read synchronously in 64 KB chunks: memory holds one
 * chunk and one line at a time, whatever the size of the stream.
 */
export function* stdinLines(fd = 0): Generator<string> {
  const buffer = Buffer.alloc(1 << 16);
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    pending += decoder.decode(buffer.subarray(0, n), { stream: true });
    let nl = pending.indexOf('\n');
    while (nl >= 0) {
      yield pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
      nl = pending.indexOf('\n');
    }
  }
  pending += decoder.decode();
  if (pending.length) yield pending.replace(/\r$/, '');
}
