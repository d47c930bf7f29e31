// The tokenizer's error (text-tokenizer.ts), in a file of its own so that the error registry —
// loaded on the main thread too — does not import the tokenizer library (transformers.js) with it.

export class TokenizerError extends Error {
  override readonly name = 'TokenizerError';
  constructor(
    message: string,
    readonly data: { problem: string },
  ) {
    super(message);
  }
}
