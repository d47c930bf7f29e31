// Tokenizer of the base model (transformers.js PreTrainedTokenizer built from the package's
// tokenizer.json / tokenizer_config.json, no network), plus the chat framing of one turn derived
// from the package's own chat template, so any template works, not only the demo model's.
import { PreTrainedTokenizer } from '@huggingface/transformers';
import { TokenizerError } from './tokenizer-error';

export interface ChatTokens {
  /** Ids appended to the memory for a user message, ending with the assistant header. */
  userTurn(message: string, isFirstTurn: boolean): number[];
  /** Ids appended to the memory for a system prompt, ending where an answer ends (its end-of-turn token). */
  systemTurn(text: string, isFirstTurn: boolean): number[];
  /** Generation stops on these ids (end of turn, end of sequence). */
  stopIds: number[];
  /** Ids of an answer the engine writes itself (not generated): its text and the token that ends an answer. */
  replyIds(text: string): number[];
}

export { TokenizerError } from './tokenizer-error';

const SENTINEL_A = '\u0002MCA\u0003';
const SENTINEL_B = '\u0002MCB\u0003';
const SENTINEL_S = '\u0002MCS\u0003';

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
    if (this.stopIds.length === 0)
      throw new TokenizerError(
        'The package names no end-of-turn or end-of-sequence token; generation could not stop.',
        { problem: 'no-stop-token' },
      );
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
    return this.encode(
      this.afterAnswer(
        this.render([
          { role: 'user', content: SENTINEL_A },
          { role: 'assistant', content: SENTINEL_B },
          { role: 'user', content: message },
        ]),
      ),
    );
  }

  /**
   * A system prompt as the template frames it, cut right after its end-of-turn token — where a
   * generated answer ends — so the next user turn follows it as it follows an answer. First in a
   * tree it carries the template's opening (e.g. BOS); later it continues after an answer.
   */
  systemTurn(text: string, isFirstTurn: boolean): number[] {
    let framed: string;
    try {
      framed = isFirstTurn
        ? (this.tok.apply_chat_template([{ role: 'system', content: SENTINEL_S }], {
            add_generation_prompt: false,
            tokenize: false,
          }) as string)
        : this.afterAnswer(
            this.tok.apply_chat_template(
              [
                { role: 'user', content: SENTINEL_A },
                { role: 'assistant', content: SENTINEL_B },
                { role: 'system', content: SENTINEL_S },
              ],
              { add_generation_prompt: false, tokenize: false },
            ) as string,
          );
    } catch (e) {
      if (e instanceof TokenizerError) throw e;
      throw new TokenizerError(
        `The chat template refuses a system prompt ${isFirstTurn ? 'here' : 'after the conversation has started'}: ${(e as Error).message}`,
        { problem: 'template' },
      );
    }
    const at = framed.indexOf(SENTINEL_S);
    if (at < 0)
      throw new TokenizerError(
        'The chat template drops system messages; a system prompt is not possible with this model.',
        { problem: 'template' },
      );
    const after = at + SENTINEL_S.length;
    let end = framed.length;
    for (const id of this.stopIds) {
      const s = this.tok.decode([id], { skip_special_tokens: false });
      const k = s ? framed.indexOf(s, after) : -1;
      if (k >= 0) end = Math.min(end, k + s.length);
    }
    return this.encode(framed.slice(0, at) + text + framed.slice(after, end));
  }

  replyIds(text: string): number[] {
    return [...this.encode(text), this.answerEndId()];
  }

  /** The stop id the chat template writes after an answer's text (the first stop id if none). */
  private answerEndId(): number {
    const full = this.render([
      { role: 'user', content: SENTINEL_A },
      { role: 'assistant', content: SENTINEL_B },
    ]);
    const at = full.indexOf(SENTINEL_B);
    const rest = at >= 0 ? full.slice(at + SENTINEL_B.length) : '';
    for (const id of this.stopIds) {
      const s = this.tok.decode([id], { skip_special_tokens: false });
      if (s && rest.startsWith(s)) return id;
    }
    return this.stopIds[0]!;
  }

  /**
   * Continuation after an answer: of a chat rendered with an assistant turn whose content is
   * SENTINEL_B, what follows that content, minus the stop token that generation already produced.
   */
  private afterAnswer(full: string): string {
    const at = full.indexOf(SENTINEL_B);
    if (at < 0)
      throw new TokenizerError('The chat template drops assistant messages; multi-turn chat is not possible.', {
        problem: 'template',
      });
    let rest = full.slice(at + SENTINEL_B.length);
    for (const id of this.stopIds) {
      const s = this.tok.decode([id], { skip_special_tokens: false });
      if (s && rest.startsWith(s)) {
        rest = rest.slice(s.length);
        break;
      }
    }
    return rest;
  }
}
