/** The exit status of a run. */
export const EXIT = {
  /** Every article became a record. */
  OK: 0,
  /** A usage error, or something in the input was rejected (the rest was written). */
  REJECTED: 1,
  /** An internal error (a bug), or the output could not be written. */
  INTERNAL: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
