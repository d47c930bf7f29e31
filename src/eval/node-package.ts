// Node-only: opens a model package folder with onnxruntime-node through the same loader, decoder
// and tokenizer code as the browser worker (eval CLI, benchmarks). Never imported by the app.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { loadModelPackage, type LoadedModelPackage } from '../models/model-package';
import { checkDecoderContract } from '../models/decoder/decoder-spec';
import { DecoderSession } from '../models/decoder/decoder-session';
import type { OrtApi } from '../models/decoder/ort-api';
import { TextTokenizer } from '../models/text-tokenizer';
import type { Gister } from '../core/gister';
import { OnnxGister } from '../models/gistnet/onnx-gister';
import { TrainingFreeGister } from '../models/training-free-gister';
import { termMapOf } from '../models/focus/term-map';
import { absentReplyStart } from '../core/memory-check';
import { encodeFrames } from '../core/answer-copy';
import { turnMarks } from '../core/previous-request';
import { completionFrames } from '../runtime/completion-turn';
import type { LensNetScorer } from '../models/lensnet/lensnet-scorer';
import type { EvalModel } from './run-case';

/** fetch() over local folders: the last path segment is the file name, found in the first folder that has it. */
export function folderFetcher(...dirs: string[]): typeof fetch {
  return (async (url: string | URL | Request) => {
    const file = String(url).split('/').pop()!;
    const dir = dirs.find((d) => existsSync(path.join(d, file)));
    if (!dir) return new Response('not found', { status: 404 });
    const bytes = readFileSync(path.join(dir, file));
    return new Response(bytes as unknown as Uint8Array<ArrayBuffer>, {
      headers: { 'content-length': String(bytes.length) },
    });
  }) as typeof fetch;
}

export interface NodeModel {
  pkg: LoadedModelPackage;
  decoder: DecoderSession;
  tokenizer: TextTokenizer;
}

/**
 * Only the tokenizer of the package in `dir` (manifest, tokenizer.json, tokenizer_config.json read
 * as they are, no decoder session): for writing cases, which needs no model.
 */
export function openNodeTokenizer(dir: string): TextTokenizer {
  const json = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;
  const manifest = json('manifest.json') as { special_tokens?: Record<string, number> };
  return new TextTokenizer(json('tokenizer.json'), json('tokenizer_config.json'), manifest.special_tokens ?? {});
}

/** Opens the package in `dirs[0]`; files it lacks are looked up in the following folders. */
export async function openNodeModel(dirs: string | string[], threads = 2): Promise<NodeModel> {
  const pkg = await loadModelPackage('/package/', { fetcher: folderFetcher(...(Array.isArray(dirs) ? dirs : [dirs])) });
  const session = await ort.InferenceSession.create(pkg.decoderBytes, { intraOpNumThreads: threads });
  const decoder = new DecoderSession(
    ort as unknown as OrtApi,
    session,
    checkDecoderContract(pkg.dims, session.inputNames, session.outputNames),
  );
  return {
    pkg,
    decoder,
    tokenizer: new TextTokenizer(pkg.tokenizerJson, pkg.tokenizerConfig, pkg.manifest.special_tokens),
  };
}

/** The package's gister, as the app picks it: its GistNet (ONNX), else the training-free one. */
export async function openNodeGister(pkg: LoadedModelPackage): Promise<Gister> {
  return pkg.nets.gistnet
    ? OnnxGister.create(ort as unknown as OrtApi, pkg.nets.gistnet, pkg.table, {
        version: pkg.manifest.gistnet!.version,
      })
    : new TrainingFreeGister(pkg.table);
}

/**
 * The eval runner's model (src/eval/run-case.ts) from an opened package: its decoder, table,
 * tokenizer (chat turns framed as a later turn), `gister` and, for learned focus, `lens`.
 */
export function nodeEvalModel(node: NodeModel, gister: Gister, lens: LensNetScorer | null = null): EvalModel {
  const tok = node.tokenizer;
  return {
    decoder: node.decoder,
    table: node.pkg.table,
    gister,
    terms: termMapOf(tok),
    lens,
    encode: (t) => tok.encode(t),
    decode: (ids) => tok.decode(ids),
    userTurn: (m) => tok.userTurn(m, false),
    stopIds: tok.stopIds,
    bosId: tok.bosId,
    absentReplyStart: absentReplyStart(tok, node.pkg.manifest.absent_reply),
    turnMarks: turnMarks((m, first) => tok.userTurn(m, first)),
    answerFrames: node.pkg.manifest.answer_frames
      ? encodeFrames(node.pkg.manifest.answer_frames, (t) => tok.encode(t))
      : null,
    completionFrames: completionFrames(),
  };
}
