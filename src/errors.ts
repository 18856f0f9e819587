/** Thrown by `check()` for input it cannot read; `field` names the offending part. */
export class CalqueInputError extends Error {
  override readonly name = 'CalqueInputError';
  constructor(
    message: string,
    /** JSON path of the bad field, e.g. `versions[1].text`. */
    readonly field?: string,
  ) {
    super(message);
  }
}
