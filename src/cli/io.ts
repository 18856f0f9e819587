/** What a command may touch of the process: its output streams and whether to colour. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  color: boolean;
  /** Whether standard error is a terminal: a long batch shows its progress there. */
  errTTY?: boolean;
}
