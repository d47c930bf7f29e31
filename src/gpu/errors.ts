// Typed GPU errors (device acquisition, device loss, validation) with JSON-able data so they can
// cross the worker boundary and be rebuilt as the same class.

export class GpuUnavailableError extends Error {
  override readonly name = 'GpuUnavailableError';
  constructor(
    message: string,
    readonly data: { reason: string },
  ) {
    super(message);
  }
}

export class GpuDeviceLostError extends Error {
  override readonly name = 'GpuDeviceLostError';
  constructor(
    message: string,
    readonly data: { reason: string; detail: string },
  ) {
    super(message);
  }
}

export class GpuValidationError extends Error {
  override readonly name = 'GpuValidationError';
  constructor(
    message: string,
    readonly data: { messages: string[] },
  ) {
    super(message);
  }
}

/** A kernel was called with shapes or buffers that do not fit (caught before anything is encoded). */
export class GpuKernelArgumentError extends Error {
  override readonly name = 'GpuKernelArgumentError';
  constructor(
    message: string,
    readonly data: { kernel: string; what: string; need: number; have: number },
  ) {
    super(message);
  }
}
