// The engine's loaded model (ARCHITECTURE §4 "model loading"; seed: a frozen base LM, its
// GistNet and LensNet, with training-free fallbacks): a model package or hub repository becomes a
// decoder session on the chosen compute path, a tokenizer, the gister (the trained GistNet, else
// the training-free one: the span's last token) and the focus scorer (the trained LensNet, else
// similarity or none). When WebGPU fails mid-turn the decoder is recreated on WASM (the compute
// path fallback). On WebGPU the trained GistNet runs in WGSL on the decoder's device (the host's
// gpuGister, from the package's flat weights), with the ONNX net on WASM as its fallback
// (FallbackGister: a lost device or any GPU failure moves it there); on WASM it is the ONNX net.
import { absentReplyStart } from '../core/memory-check';
import { turnMarks, type TurnMarks } from '../core/previous-request';
import { completionFrames } from './completion-turn';
import { encodeFrames, type AnswerFrame } from '../core/answer-copy';
import type { CallContext } from '../protocol/rpc';
import { loadModelPackage, type LoadedModelPackage, type PackageProgress } from '../models/model-package';
import { loadHubPackage, parseHubRef } from '../models/hub-package';
import { checkDecoderContract } from '../models/decoder/decoder-spec';
import { DecoderSession } from '../models/decoder/decoder-session';
import { TextTokenizer } from '../models/text-tokenizer';
import { TRAINING_FREE_GISTER_NAME, TrainingFreeGister } from '../models/training-free-gister';
import { SIMILARITY_REFOCUS_OPTIONS, similarityScorer } from '../models/similarity-focus';
import { termMapOf } from '../models/focus/term-map';
import { OnnxGister } from '../models/gistnet/onnx-gister';
import { loadGistNetFlatLevels } from '../models/gistnet/gistnet-flat';
import { FallbackGister, gisterWithSink, type SinkGister } from '../models/gistnet/fallback-gister';
import { LEARNED_REFOCUS_OPTIONS, LensNetScorer } from '../models/lensnet/lensnet-scorer';
import type { MegaContextTree } from '../core/tree';
import type { Gister } from '../core/gister';
import type { ForgetSet } from '../core/forgetting';
import type { AsyncScorer, RefocusOptions } from '../core/focus-allocator';
import { EngineStateError, defaultSettings } from './engine-settings';
import type { EngineHost } from './engine-host';
import type { GpuGistSink, GpuGister } from './gpu-gister';
import type { ComputePreference, EngineMethods, EngineSettings, FocusMode, ModelInfo } from './engine-api';

export interface LoadedModel {
  pkg: LoadedModelPackage;
  decoder: DecoderSession;
  tokenizer: TextTokenizer;
  gister: SinkGister<GpuGistSink>;
  /** Learned focus, when the package ships a LensNet trained for this base model. */
  lensnet: LensNetScorer | null;
  /** First token of the package's `absent_reply` (masked when the memory check vouches), or null. */
  absentReplyStart: number | null;
  /** The package's answer frames, encoded (manifest `answer_frames`; answer copy), or null. */
  answerFrames: AnswerFrame[] | null;
  /** A completion's answer frame (the value alone: completion-turn.ts) when the package names answer frames, or null. */
  completionFrames: AnswerFrame[] | null;
  /** The ids around a user message in the package's chat framing (follow-ups read the request before), or null. */
  turnMarks: TurnMarks | null;
  info: ModelInfo;
  /** Conversation whose rows the decoder's KV cache holds. */
  kvOwner: string | null;
}

/**
 * Loads a model package (or hub repository) and creates its sessions. `previous` (the model being
 * replaced) is released only once the new sessions exist, so a failed load leaves it usable.
 */
export async function loadEngineModel(
  host: EngineHost,
  packageUrl: string,
  compute: ComputePreference,
  previous: LoadedModel | null,
  ctx?: CallContext<EngineMethods['loadModel']['progress']>,
): Promise<LoadedModel> {
  const loadOpts = {
    fetcher: host.fetcher,
    cache: host.fileCache ?? null,
    signal: ctx?.signal,
    onProgress: (progress: PackageProgress) => ctx?.progress({ stage: 'download', progress }),
  };
  // "owner/name" is a hub repository (transformers.js layout, graph surgery); anything else a package
  // URL. The compute path comes first: it decides which dtype of a hub model to download.
  const hub = parseHubRef(packageUrl, host.hubHost);
  const { path, note, shaderF16 } = await host.chooseComputePath(compute);
  const pkg = hub
    ? await loadHubPackage(hub, { ...loadOpts, compute: { path, shaderF16 } })
    : await loadModelPackage(packageUrl, loadOpts);
  ctx?.progress({ stage: 'session', note: `creating the decoder session (${path})` });
  const session = await host.createSession(pkg.decoderBytes, path, pkg.decoderExternalData);
  const spec = checkDecoderContract(pkg.dims, session.inputNames, session.outputNames);
  const m = pkg.manifest;
  // Trained nets when the package has them (the loader checked they belong to this base model),
  // else the training-free fallbacks. They are small: WASM runs them well next to any decoder.
  const netOptions = host.netSessionOptions as never;
  const onnx = pkg.nets.gistnet
    ? await OnnxGister.create(host.ort, pkg.nets.gistnet, pkg.table, { version: m.gistnet!.version }, netOptions)
    : null;
  const wgsl = onnx ? await gpuGisterOf(host, path, pkg, loadOpts) : { gister: undefined, note: '' };
  const onnxPath = path === 'cpu' ? 'ONNX on CPU' : GISTER_PATH_ONNX; // 'cpu': onnxruntime-node (tests, eval)
  let gisterPath = onnx ? `${onnxPath}${wgsl.note}` : 'CPU';
  let gister: SinkGister<GpuGistSink> = onnx ?? new TrainingFreeGister(pkg.table);
  const loaded: { model: LoadedModel | null } = { model: null }; // set below, before any gist is made
  if (onnx && wgsl.gister) {
    gisterPath = GISTER_PATH_WGSL;
    gister = new FallbackGister<GpuGistSink>(
      { gister: wgsl.gister, path: GISTER_PATH_WGSL },
      { gister: onnx, path: GISTER_PATH_ONNX },
      (s) => {
        const model = loaded.model;
        if (model) model.info = { ...model.info, gisterPath: `${s.to} (WebGPU failed: ${s.reason})` };
      },
    );
  }
  const lensnet = pkg.nets.lensnet
    ? await LensNetScorer.create(
        host.ort,
        pkg.nets.lensnet,
        { version: m.lensnet!.version, tailTokens: (m.lensnet as { tail_tokens?: number }).tail_tokens ?? 32 },
        netOptions,
      )
    : null;
  if (previous) await releaseModel(previous);
  const tokenizer = new TextTokenizer(pkg.tokenizerJson, pkg.tokenizerConfig, m.special_tokens);
  const model: LoadedModel = {
    pkg,
    decoder: new DecoderSession(host.ort, session, spec, host.kvStore?.(path, spec)),
    tokenizer,
    gister,
    lensnet,
    absentReplyStart: absentReplyStart(tokenizer, m.absent_reply),
    answerFrames: m.answer_frames ? encodeFrames(m.answer_frames, (t) => tokenizer.encode(t)) : null,
    completionFrames: m.answer_frames ? completionFrames() : null,
    turnMarks: turnMarks((message, first) => tokenizer.userTurn(message, first)),
    kvOwner: null,
    info: {
      name: m.name,
      version: m.version,
      parameters: m.model.parameters ?? null,
      hiddenSize: m.model.hidden_size,
      vocabSize: m.model.vocab_size,
      nativeContext: m.native_context,
      computePath: path,
      computeNote: note,
      gister: gister.version,
      gisterName: pkg.nets.gistnet ? 'GistNet, trained for this base model' : TRAINING_FREE_GISTER_NAME,
      gisterPath,
      focusModes: lensnet ? ['learned', 'similarity', 'none'] : ['similarity', 'none'],
      wMaxDefault: defaultSettings(m.native_context, m.position_policy_default, m.w_max_default).wMax,
      wMaxFromPackage: m.w_max_default !== undefined,
      memoryCheckDefault: m.memory_check === true,
      memoryQuoteDefault: m.memory_quote === true,
      answerCopyDefault: m.answer_frames !== undefined,
    },
  };
  loaded.model = model;
  return model;
}

export const GISTER_PATH_WGSL = 'WGSL on WebGPU';
export const GISTER_PATH_ONNX = 'ONNX on WASM';

/**
 * The WGSL GistNet on the decoder's device when the path is WebGPU, the host offers one and the
 * package ships the flat weights; otherwise why not (appended to 'ONNX on WASM'; empty on WASM).
 */
async function gpuGisterOf(
  host: EngineHost,
  path: string,
  pkg: LoadedModelPackage,
  loadOpts: { fetcher?: typeof fetch; cache: EngineHost['fileCache']; signal?: AbortSignal },
): Promise<{ gister: GpuGister | undefined; note: string }> {
  if (path !== 'webgpu' || !host.gpuGister) return { gister: undefined, note: '' };
  if (!(pkg.manifest.gistnet as { flat_layout?: unknown } | undefined)?.flat_layout)
    return { gister: undefined, note: ' (the package has no WGSL weights)' };
  try {
    const levels = async () => (await loadGistNetFlatLevels(pkg.baseUrl, pkg.manifest, loadOpts))!;
    const made = await host.gpuGister('webgpu', pkg.table, levels, pkg.manifest.gistnet!.version);
    return 'gister' in made ? { gister: made.gister, note: '' } : { gister: undefined, note: ` (${made.reason})` };
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    return { gister: undefined, note: ` (WGSL GistNet failed: ${(e as Error)?.message ?? String(e)})` };
  }
}

/**
 * The gister of one conversation: the model's, with the conversation's GPU gist store as sink, and
 * `path`: where it runs now (ModelInfo.gisterPath, updated when WebGPU fails; snapshots carry it).
 */
export function conversationGister(
  model: LoadedModel,
  sink: () => GpuGistSink | undefined,
): Gister & { readonly path: string } {
  const g = gisterWithSink(model.gister, sink);
  return {
    version: g.version,
    dim: g.dim,
    gist: (job) => g.gist(job),
    get path() {
      return model.info.gisterPath;
    },
  };
}

/** The settings a freshly loaded model starts with: its defaults, learned focus when it has a LensNet. */
export function modelSettings(model: LoadedModel): EngineSettings {
  const m = model.pkg.manifest;
  return {
    ...defaultSettings(
      m.native_context,
      m.position_policy_default,
      m.w_max_default,
      m.memory_check === true,
      m.memory_quote === true,
      m.answer_frames !== undefined,
    ),
    focusMode: model.lensnet ? 'learned' : 'similarity',
  };
}

/** Frees the sessions of a model being replaced. */
async function releaseModel(old: LoadedModel): Promise<void> {
  await old.decoder.release();
  await releaseGister(old.gister);
  await old.lensnet?.release();
}

async function releaseGister(g: Gister): Promise<void> {
  if (g instanceof FallbackGister) {
    await releaseGister(g.primary.gister);
    await releaseGister(g.fallback.gister);
  } else {
    await (g as Partial<Pick<GpuGister, 'release'>>).release?.(); // ONNX session or GPU buffers
  }
}

/** The focus scorer of `mode` for a turn whose query is `queryIds` (null: focus off). */
export function focusScorer(
  model: LoadedModel,
  mode: FocusMode,
  tree: MegaContextTree,
  queryIds: number[],
  forgotten?: () => ForgetSet,
): AsyncScorer | null {
  switch (mode) {
    case 'similarity':
      return similarityScorer(tree, termMapOf(model.tokenizer), queryIds);
    case 'none':
      return null;
    case 'learned':
      if (!model.lensnet)
        throw new EngineStateError('This model package has no trained LensNet; choose similarity focus.', {
          state: 'no-lensnet',
        });
      return model.lensnet.scorer(tree, model.pkg.table, termMapOf(model.tokenizer), undefined, queryIds, forgotten);
  }
}

/** How the allocator treats the scores of `mode` (SIMILARITY_REFOCUS_OPTIONS, LEARNED_REFOCUS_OPTIONS). */
export function refocusOptions(mode: FocusMode): RefocusOptions {
  return mode === 'similarity' ? SIMILARITY_REFOCUS_OPTIONS : mode === 'learned' ? LEARNED_REFOCUS_OPTIONS : {};
}

/**
 * The compute path fallback: the decoder failed on WebGPU (`detail` says how), so it is recreated
 * on WASM; the KV cache starts empty and ModelInfo says why the path changed.
 */
export async function fallBackToWasm(host: EngineHost, model: LoadedModel, detail: string): Promise<void> {
  const session = await host.createSession(model.pkg.decoderBytes, 'wasm', model.pkg.decoderExternalData);
  await model.decoder.release().catch(() => undefined);
  model.decoder = new DecoderSession(
    host.ort,
    session,
    checkDecoderContract(model.pkg.dims, session.inputNames, session.outputNames),
  );
  model.kvOwner = null;
  // GistNet leaves the failed device too (the WGSL gister would use it; its ONNX twin runs on WASM).
  if (model.gister instanceof FallbackGister)
    model.gister.switchToFallback(`WebGPU failed during decoding (${detail})`);
  model.info = {
    ...model.info,
    computePath: 'wasm',
    computeNote: `WebGPU failed during decoding (${detail}); switched to WASM`,
  };
}
