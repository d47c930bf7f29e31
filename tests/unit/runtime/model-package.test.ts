// Loading a real model package (the tiny random export) through the same loader the worker uses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { loadModelPackage, ModelPackageError, type PackageProgress } from '../../../src/models/model-package';
import { ManifestError } from '../../../src/models/model-manifest';
import { defaultSettings } from '../../../src/runtime/engine-settings';
import { ModelFileError } from '../../../src/models/model-file-fetch';
import { TextTokenizer } from '../../../src/models/text-tokenizer';

/** Serves TINY_DIR over a fake fetch; `edit` can change a file's bytes on the way. */
function diskFetcher(edit: (file: string, b: Uint8Array) => Uint8Array | null = (_f, b) => b): typeof fetch {
  return (async (url: string | URL | Request) => {
    const file = String(url).split('/').pop()!;
    let bytes: Uint8Array | null;
    try {
      bytes = edit(file, readFileSync(path.join(TINY_DIR, file)));
    } catch {
      bytes = null;
    }
    if (!bytes) return new Response('not found', { status: 404 });
    return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(bytes.length) } });
  }) as typeof fetch;
}

const manifest = () => JSON.parse(readFileSync(path.join(TINY_DIR, 'manifest.json'), 'utf8'));
const withManifest = (m: unknown) =>
  diskFetcher((f, b) => (f === 'manifest.json' ? new TextEncoder().encode(JSON.stringify(m)) : b));

describe('model package loader', () => {
  it('loads every file with package-level byte progress', async () => {
    const seen: PackageProgress[] = [];
    const pkg = await loadModelPackage('/models/tiny', { fetcher: diskFetcher(), onProgress: (p) => seen.push(p) });
    expect(pkg.dims).toEqual({ numLayers: 2, numKvHeads: 2, headDim: 8, hiddenSize: 32, vocabSize: 8192 });
    expect(pkg.table.data.length).toBe(8192 * 32);
    const last = seen.at(-1)!;
    expect(last.packageLoaded).toBe(last.packageTotal);
    expect(last.packageTotal).toBeGreaterThan(2_000_000);
  });

  it('names a missing file, a corrupted file and wrong dims', async () => {
    const missing = await loadModelPackage('/m', {
      fetcher: diskFetcher((f, b) => (f === 'embeddings.f32.bin' ? null : b)),
    }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ModelFileError);
    expect((missing as ModelFileError).data).toMatchObject({ problem: 'missing', url: '/m/embeddings.f32.bin' });

    const corrupt = await loadModelPackage('/m', {
      fetcher: diskFetcher((f, b) => {
        if (f !== 'decoder.onnx') return b;
        const c = b.slice();
        c[1000] = c[1000]! ^ 0xff;
        return c;
      }),
    }).catch((e: unknown) => e);
    expect((corrupt as ModelFileError).data.problem).toBe('checksum');

    const m = manifest();
    m.embeddings.shape = [8192, 64];
    const dims = await loadModelPackage('/m', { fetcher: withManifest(m) }).catch((e: unknown) => e);
    expect(dims).toBeInstanceOf(ManifestError);
    expect((dims as ManifestError).message).toContain('embeddings.shape');
  });

  it("takes a package's measured default W_max and refuses one outside [256, native context]", async () => {
    const m = manifest();
    m.w_max_default = 512;
    const pkg = await loadModelPackage('/m', { fetcher: withManifest(m) });
    const s = defaultSettings(
      pkg.manifest.native_context,
      pkg.manifest.position_policy_default,
      pkg.manifest.w_max_default,
    );
    expect(s.wMax).toBe(512);
    expect(defaultSettings(pkg.manifest.native_context).wMax).toBe(2048); // without it: min(2048, native 4096)
    for (const bad of [m.native_context + 1, 200, 512.5]) {
      const err = await loadModelPackage('/m', { fetcher: withManifest({ ...m, w_max_default: bad }) }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ManifestError);
      expect((err as Error).message).toContain('"w_max_default" must be an integer from 256 to native_context');
    }
  });

  it("takes the package's memory_check default and refuses a value that is not a boolean", async () => {
    const m = manifest();
    expect(defaultSettings(m.native_context).memoryCheck).toBe(false);
    m.memory_check = true;
    const pkg = await loadModelPackage('/m', { fetcher: withManifest(m) });
    expect(pkg.manifest.memory_check).toBe(true);
    expect(defaultSettings(m.native_context, 'compacted', undefined, pkg.manifest.memory_check).memoryCheck).toBe(true);
    const err = await loadModelPackage('/m', {
      fetcher: withManifest({ ...m, memory_check: 'yes' as unknown as boolean }),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ManifestError);
    expect((err as Error).message).toContain('"memory_check" must be true or false');
  });

  it("takes the package's memory_quote default and refuses a value that is not a boolean", async () => {
    const m = manifest();
    expect(defaultSettings(m.native_context).memoryQuote).toBe(false);
    m.memory_quote = true;
    const pkg = await loadModelPackage('/m', { fetcher: withManifest(m) });
    expect(pkg.manifest.memory_quote).toBe(true);
    expect(
      defaultSettings(m.native_context, 'compacted', undefined, false, pkg.manifest.memory_quote).memoryQuote,
    ).toBe(true);
    const err = await loadModelPackage('/m', {
      fetcher: withManifest({ ...m, memory_quote: 1 as unknown as boolean }),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ManifestError);
    expect((err as Error).message).toContain('"memory_quote" must be true or false');
  });

  it("takes the package's absent_reply and refuses one that is not a non-empty string", async () => {
    const m = manifest();
    m.absent_reply = "I don't know. It is not in my memory.";
    expect((await loadModelPackage('/m', { fetcher: withManifest(m) })).manifest.absent_reply).toBe(m.absent_reply);
    for (const bad of ['  ', 7]) {
      const err = await loadModelPackage('/m', {
        fetcher: withManifest({ ...m, absent_reply: bad as unknown as string }),
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ManifestError);
      expect((err as Error).message).toContain('"absent_reply" must be a non-empty string');
    }
  });

  it("takes the package's answer_frames and refuses frames without a {value} slot", async () => {
    const m = manifest();
    m.answer_frames = ['It is {value}.', 'They are {value} and {value}.'];
    expect((await loadModelPackage('/m', { fetcher: withManifest(m) })).manifest.answer_frames).toEqual(
      m.answer_frames,
    );
    for (const bad of [[], ['It is.'], 'It is {value}.', [3]]) {
      const err = await loadModelPackage('/m', {
        fetcher: withManifest({ ...m, answer_frames: bad as unknown as string[] }),
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ManifestError);
      expect((err as Error).message).toContain(
        '"answer_frames" must be a non-empty list of strings, each holding {value}',
      );
    }
  });

  it('rejects a GistNet trained for another base model', async () => {
    const m = manifest();
    m.gistnet = { file: 'config.json', base_model: 'someone-else@1.0', version: 'g1' };
    const err = await loadModelPackage('/m', { fetcher: withManifest(m) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelPackageError);
    expect((err as Error).message).toContain('someone-else@1.0');
  });

  it('builds the tokenizer and frames chat turns from the package template', async () => {
    const pkg = await loadModelPackage('/m', { fetcher: diskFetcher() });
    const tok = new TextTokenizer(pkg.tokenizerJson, pkg.tokenizerConfig, pkg.manifest.special_tokens);
    const sp = pkg.manifest.special_tokens;
    expect(tok.stopIds).toEqual([sp['<|end|>'], sp['<|eos|>']]);
    expect(tok.bosId).toBe(sp['<|bos|>']);
    const first = tok.userTurn('Hello there', true);
    expect(first[0]).toBe(sp['<|bos|>']);
    expect(first).toEqual(tok.encode('<|bos|><|user|>\nHello there<|end|>\n<|assistant|>\n'));
    const next = tok.userTurn('And now?', false);
    expect(next).toEqual(tok.encode('\n<|user|>\nAnd now?<|end|>\n<|assistant|>\n'));
    // An answer the engine writes itself ends with the token the template closes an answer with,
    // so the next user turn follows it as it follows a generated one.
    expect(tok.replyIds('Not in memory.')).toEqual([...tok.encode('Not in memory.'), sp['<|end|>']]);
    expect(tok.decode(tok.encode('naïve 😀 text'))).toBe('naïve 😀 text');
    // A reply that is only a stop token decodes to '' (transformers.js throws on an empty list).
    expect(tok.decode([])).toBe('');
  });
});
