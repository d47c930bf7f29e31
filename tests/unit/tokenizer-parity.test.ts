// MegaContext demo tokenizer: Python (training/tokenizer/bpe.py) and transformers.js must
// produce identical ids for the same text, and decode must round-trip. The fixture is written
// by `/usr/bin/python3 -m training.tokenizer.parity_fixture` from the shipped tokenizer.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer, env } from '@huggingface/transformers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturePath = path.join(root, 'training/tests/fixtures/tokenizer_parity.json');

interface Case {
  text: string;
  ids: number[];
  decoded: string;
}

describe('demo tokenizer parity (Python ↔ transformers.js)', () => {
  const cases: Case[] = JSON.parse(readFileSync(fixturePath, 'utf-8'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let tok: any;

  beforeAll(async () => {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = path.join(root, 'public/models/');
    tok = await AutoTokenizer.from_pretrained('demo');
  });

  it('has the fixture cases', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i encodes identically', (_i, c) => {
    const ids = Array.from(tok.encode(c.text, { add_special_tokens: false }) as number[]);
    expect(ids).toEqual(c.ids);
  });

  it.each(cases.filter((c) => c.ids.length > 0).map((c, i) => [i, c] as const))(
    'case %i decodes back to the text (lone surrogates become U+FFFD)',
    (_i, c) => {
      const text = tok.decode(c.ids, { skip_special_tokens: false });
      expect(text).toBe(c.decoded);
      expect(text).toBe(new TextDecoder().decode(new TextEncoder().encode(c.text)));
    },
  );

  it('renders the chat template with the special tokens', () => {
    const text = tok.apply_chat_template([{ role: 'user', content: 'Hi' }], {
      add_generation_prompt: true,
      tokenize: false,
    }) as string;
    expect(text).toBe('<|bos|><|user|>\nHi<|end|>\n<|assistant|>\n');
    // Same string as training/tokenizer/hf_export.py render_chat (fixture case 18's shape).
    const ids = Array.from(tok.encode(text, { add_special_tokens: false }) as number[]);
    const added: { id: number; content: string }[] = JSON.parse(
      readFileSync(path.join(root, 'public/models/demo/tokenizer.json'), 'utf-8'),
    ).added_tokens;
    const idOf = (t: string) => added.find((a) => a.content === t)?.id;
    expect(ids[0]).toBe(idOf('<|bos|>'));
    expect(ids.at(-2)).toBe(idOf('<|assistant|>'));
  });
});
