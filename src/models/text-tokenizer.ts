// Tokenizer of the base model (transformers.js PreTrainedTokenizer built from the package's
// tokenizer.json / tokenizer_config.json, no network), plus the chat framing of one turn derived
// from the package's own chat template, so any template works, not only the demo model's.
import { PreTrainedTokenizer } from '@huggingface/transformers';

export interface ChatTokens {
  /** Ids appended to the memory for a user message, ending with the assistant header. */
  userTurn(message: string, isFirstTurn: boolean): number[];
  /** Generation stops on these ids (end of turn, end of sequence). */
  stopIds: number[];
}

export class TokenizerError extends Error {
  override readonly name = 'TokenizerError';
  constructor(message: string, readonly data: { problem: string }) {
    super(message);
  }
}

const SENTINEL_A = '\u0002MCA\u0003';
const SENTINEL_B = '\u0002MCB\u0003';

export class TextTokenizer implements ChatTokens {
  private readonly tok: PreTrainedTokenizer;
  readonly stopIds: number[];
  /** Beginning-of-sequence id (starts every tree, as in training), or null if the model has none. */
  readonly bosId: number | null;

  constructor(tokenizerJson: unknown, tokenizerConfig: Record<string, unknown>, specialTokens: Record<string, number>) {
    this.tok = new PreTrainedTokenizer(tokenizerJson, tokenizerConfig);
    const stops = ['<|end|>', '<|eos|>', '<|endoftext|>', '<|im_end|>', '<|eot_id|>'];
    this.stopIds = stops.map((s) => specialTokens[s]).filter((id): id is number => id !== undefined);
    if (typeof tokenizerConfig.eos_token === 'string') {
      const eos = specialTokens[tokenizerConfig.eos_token];
      if (eos !== undefined && !this.stopIds.includes(eos)) this.stopIds.push(eos);
    }
    const bos = typeof tokenizerConfig.bos_token === 'string' ? tokenizerConfig.bos_token : '<|bos|>';
    this.bosId = specialTokens[bos] ?? null;
    if (this.stopIds.length === 0) throw new TokenizerError('The package names no end-of-turn or end-of-sequence token; generation could not stop.', { problem: 'no-stop-token' });
  }

  /** Plain text → ids (no BOS/EOS added). */
  encode(text: string): number[] {
    return Array.from(this.tok.encode(text, { add_special_tokens: false }) as number[]);
  }

  /** Token ids lie in [0, vocabSize) (added tokens included). */
  get vocabSize(): number {
    let max = -1;
    for (const id of this.tok.get_vocab().values()) max = Math.max(max, id);
    return max + 1;
  }

  decode(ids: readonly number[]): string {
    if (ids.length === 0) return ''; // transformers.js throws on an empty list (a reply that was only a stop token)
    return this.tok.decode(ids as number[], { skip_special_tokens: true });
  }

  private render(messages: { role: string; content: string }[]): string {
    return this.tok.apply_chat_template(messages, { add_generation_prompt: true, tokenize: false }) as string;
  }

  userTurn(message: string, isFirstTurn: boolean): number[] {
    if (isFirstTurn) return this.encode(this.render([{ role: 'user', content: message }]));
    // Continuation after an assistant turn: render a two-turn chat with sentinels and keep what
    // follows the assistant's content, minus the stop token that generation already produced.
    const full = this.render([
      { role: 'user', content: SENTINEL_A },
      { role: 'assistant', content: SENTINEL_B },
      { role: 'user', content: message },
    ]);
    const at = full.indexOf(SENTINEL_B);
    if (at < 0) throw new TokenizerError('The chat template drops assistant messages; multi-turn chat is not possible.', { problem: 'template' });
    let rest = full.slice(at + SENTINEL_B.length);
    for (const id of this.stopIds) {
      const s = this.tok.decode([id], { skip_special_tokens: false });
      if (s && rest.startsWith(s)) {
        rest = rest.slice(s.length);
        break;
      }
    }
    return this.encode(rest);
  }
}
