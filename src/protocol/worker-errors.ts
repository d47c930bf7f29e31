// Errors of the worker boundary itself.

/** The engine worker died (uncaught error, out of memory); pending calls fail with this. */
export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError';
  constructor(
    message: string,
    readonly data: { detail: string },
  ) {
    super(message);
  }
}
