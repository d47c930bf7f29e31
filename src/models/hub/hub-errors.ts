// The hub loader's one error class (issue 17: "errors name the file and the problem"): problem is
// a stable code (config, no-variant, not-onnx, lfs-pointer, unsupported-operator, …, or the
// surgery's reason), file the repository file it concerns.

export class HubModelError extends Error {
  override readonly name = 'HubModelError';
  constructor(
    message: string,
    readonly data: { repo: string; problem: string; file?: string },
  ) {
    super(message);
  }
}
