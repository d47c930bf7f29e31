// The MegaContext engine (ARCHITECTURE §4): model loading, conversations with their persistent
// MegaContext, and the per-turn loop ingest → refocus → assemble → decode → telemetry. It runs
// inside the worker (onnxruntime-web) or directly in node (onnxruntime-node) behind one host
// interface; the UI talks to it through the typed method map in engine-api.ts. Between turns, an
// open conversation's gists made by another gister version are refreshed in the background
// (background-refresh.ts); chat and ingest pause that refresh while they append to the tree.
import type { CallContext, Handlers } from '../protocol/rpc';
import type { MegaContextStorage } from '../storage/index';
import type { ConversationRecord, TurnRecord } from '../storage/records';
import { loadModelPackage, type LoadedModelPackage, type PackageProgress } from '../models/model-package';
import { hubBaseUrl, loadHubPackage } from '../models/hub-package';
import type { ModelFileCache } from '../models/model-file-fetch';
import { checkDecoderContract, type DecoderSpec } from '../models/decoder/decoder-spec';
import type { KvStore } from '../models/decoder/kv-store';
import type { GpuRowSource } from './gpu-row-source';
import type { MegaContextTree } from '../core/tree';
import type { EmbeddingTable } from '../models/embedding-table';
import { DecoderSession } from '../models/decoder/decoder-session';
import type { OrtApi, OrtSession } from '../models/decoder/ort-api';
import { TextTokenizer } from '../models/text-tokenizer';
import { MeanPoolGister } from '../models/mean-pool-gister';
import { similarityScorer } from '../models/similarity-focus';
import { OnnxGister } from '../models/gistnet/onnx-gister';
import { LensNetScorer } from '../models/lensnet/lensnet-scorer';
import type { Gister } from '../core/gister';
import type { AsyncScorer } from '../core/focus-allocator';
import { focusPins } from '../core/pins';
import { ConversationMemory } from './conversation-memory';
import { conversationTelemetryFromJSON, conversationTelemetryToJSON, DECODE_HISTORY_LIMIT, type ConversationTelemetry } from './conversation-telemetry';
import { TreePersistence } from './tree-persistence';
import { BackgroundRefresh } from './background-refresh';
import { refreshStaleGists, staleGistCount } from './gist-refresh-runner';
import { WcDecoder } from './wc-decoder';
import { generateTurn } from './generate';
import { EngineStateError, validateSettings, defaultSettings } from './engine-settings';
import { GpuDeviceLostError } from '../gpu/errors';
import { buildSnapshot, type ConversationState } from './engine-snapshot';
import type { ComputePath, ComputePreference, ConversationSummary, EngineMethods, EngineSettings, ModelInfo, TurnStats, TurnView } from './engine-api';

/** What the engine needs from its environment (worker with onnxruntime-web, or node). */
export interface EngineHost {
  ort: OrtApi;
  /** Picks the compute path for a preference and says why. */
  chooseComputePath(pref: ComputePreference): Promise<{ path: ComputePath; note: string }>;
  createSession(model: Uint8Array, path: ComputePath): Promise<OrtSession>;
  /** Where the KV cache of a session on `path` lives (default: CPU arrays). */
  kvStore?(path: ComputePath, spec: DecoderSpec): KvStore | undefined;
  /** GPU assembly of a conversation's rows on `path` (WebGPU), or undefined for CPU rows. */
  rowSource?(path: ComputePath, tree: MegaContextTree, table: EmbeddingTable): GpuRowSource | undefined;
  storage: MegaContextStorage;
  fetcher?: typeof fetch;
  fileCache?: ModelFileCache | null;
  /** Session options for GistNet/LensNet (e.g. the WASM EP in the browser); default options if absent. */
  netSessionOptions?: object;
  /** Where hub repositories are fetched from (default https://huggingface.co). */
  hubHost?: string;
}

interface LoadedModel {
  pkg: LoadedModelPackage;
  decoder: DecoderSession;
  tokenizer: TextTokenizer;
  gister: Gister;
  /** Learned focus, when the package ships a LensNet trained for this base model. */
  lensnet: LensNetScorer | null;
  info: ModelInfo;
  /** Conversation whose rows the decoder's KV cache holds. */
  kvOwner: string | null;
}

/** Levels of the tree the engine keeps (LOD0–LOD3). */
const MAX_LEVEL = 3;

const turnView = (t: TurnRecord): TurnView => ({ index: t.index, role: t.role, text: t.text, tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, createdAt: t.createdAt });

export class MegaContextEngine {
  private model: LoadedModel | null = null;
  private settings: EngineSettings = defaultSettings(1024);
  private readonly open = new Map<string, ConversationState>();
  private loading: Promise<unknown> = Promise.resolve();
  /** Telemetry of conversations closed by a settings change, picked up when they reopen (saved copies are in storage). */
  private readonly carried = new Map<string, ConversationTelemetry>();
  /** Background refreshes of closed conversation states still finishing their batch in flight. */
  private readonly closing = new Map<string, Promise<void>>();

  constructor(private readonly host: EngineHost) {}

  /** Handlers for serveRpc (the worker) — the same methods, typed by EngineMethods. */
  handlers(): Handlers<EngineMethods> {
    const h: Handlers<EngineMethods> = {
      loadModel: (p, ctx) => this.loadModel(p.packageUrl, p.compute, ctx),
      getSettings: async () => this.settings,
      updateSettings: async (p) => this.updateSettings(p),
      listConversations: async () => this.listConversations(),
      createConversation: async (p) => this.createConversation(p.title),
      renameConversation: async (p) => this.summary(await this.host.storage.conversations.rename(p.id, p.title)),
      deleteConversation: async (p) => {
        const st = this.open.get(p.id);
        this.open.delete(p.id);
        st?.wcd.dispose();
        await st?.refresh.close();
        await this.closing.get(p.id);
        if (this.model?.kvOwner === p.id) this.model.kvOwner = null;
        await this.host.storage.conversations.delete(p.id);
        return null;
      },
      openConversation: async (p) => this.openConversation(p.id),
      ingest: (p, ctx) => this.ingest(p.conversationId, p.text, p.label, ctx),
      chat: (p, ctx) => this.chat(p.conversationId, p.message, ctx),
      snapshot: async (p) => this.snapshot(p.conversationId),
      refreshGists: (p, ctx) => this.refreshGists(p.conversationId, ctx),
      spanText: async (p) => this.spanText(p.conversationId, p.start, p.end),
      setPins: async (p) => this.setPins(p.conversationId, p.pins),
      exportConversation: async (p) => this.host.storage.exportTree((await this.state(p.conversationId)).record.treeId),
      importConversation: async (p) => {
        const { conversations } = await this.host.storage.importFile(p.bytes);
        const first = conversations[0];
        if (!first) throw new EngineStateError('The imported file holds a MegaContext without a conversation.', { state: 'import' });
        return this.summary(first);
      },
    };
    return h;
  }

  /**
   * Loads a model package (or hub repository). Loads are serialised: a second load (a user's, or
   * the proxy's reload after a worker crash) waits for the first, so sessions never interleave.
   */
  loadModel(packageUrl: string, compute: ComputePreference, ctx?: CallContext<EngineMethods['loadModel']['progress']>): Promise<ModelInfo> {
    const run = this.loading.then(() => this.loadModelNow(packageUrl, compute, ctx));
    this.loading = run.catch(() => undefined);
    return run;
  }

  private async loadModelNow(packageUrl: string, compute: ComputePreference, ctx?: CallContext<EngineMethods['loadModel']['progress']>): Promise<ModelInfo> {
    const loadOpts = {
      fetcher: this.host.fetcher,
      cache: this.host.fileCache ?? null,
      signal: ctx?.signal,
      onProgress: (progress: PackageProgress) => ctx?.progress({ stage: 'download', progress }),
    };
    // "owner/name" is a hub repository (transformers.js layout, graph surgery); anything else a package URL.
    const hub = hubBaseUrl(packageUrl, this.host.hubHost);
    const pkg = hub ? await loadHubPackage(hub, packageUrl.replace(/^hf:/, ''), loadOpts) : await loadModelPackage(packageUrl, loadOpts);
    const { path, note } = await this.host.chooseComputePath(compute);
    ctx?.progress({ stage: 'session', note: `creating the decoder session (${path})` });
    const session = await this.host.createSession(pkg.decoderBytes, path);
    const spec = checkDecoderContract(pkg.dims, session.inputNames, session.outputNames);
    const m = pkg.manifest;
    // Trained nets when the package has them (the loader checked they belong to this base model),
    // else the training-free fallbacks. They are small: WASM runs them well next to any decoder.
    const netOptions = this.host.netSessionOptions as never;
    const gister: Gister = pkg.nets.gistnet ? await OnnxGister.create(this.host.ort, pkg.nets.gistnet, pkg.table, { version: m.gistnet!.version }, netOptions) : new MeanPoolGister(pkg.table);
    const lensnet = pkg.nets.lensnet ? await LensNetScorer.create(this.host.ort, pkg.nets.lensnet, { version: m.lensnet!.version, tailTokens: (m.lensnet as { tail_tokens?: number }).tail_tokens ?? 32 }, netOptions) : null;
    await this.releaseModel();
    this.model = {
      pkg,
      decoder: new DecoderSession(this.host.ort, session, spec, this.host.kvStore?.(path, spec)),
      tokenizer: new TextTokenizer(pkg.tokenizerJson, pkg.tokenizerConfig, m.special_tokens),
      gister,
      lensnet,
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
        focusModes: lensnet ? ['learned', 'similarity', 'none'] : ['similarity', 'none'],
      },
    };
    this.settings = { ...defaultSettings(m.native_context, m.position_policy_default), focusMode: lensnet ? 'learned' : 'similarity' };
    this.closeAll();
    return this.model.info;
  }

  /**
   * Closes every open conversation state (GPU row buffers freed; memories reload from storage).
   * A background refresh stops after its batch in flight; reopening waits for that (state()).
   */
  private closeAll(): void {
    for (const st of this.open.values()) {
      st.wcd.dispose();
      this.closing.set(st.id, st.refresh.close());
    }
    this.open.clear();
  }

  /** Frees the sessions of the model being replaced. */
  private async releaseModel(): Promise<void> {
    const old = this.model;
    if (!old) return;
    await old.decoder.release();
    if (old.gister instanceof OnnxGister) await old.gister.release();
    await old.lensnet?.release();
  }

  private requireModel(): LoadedModel {
    if (!this.model) throw new EngineStateError('No model is loaded yet: call loadModel first.', { state: 'no-model' });
    return this.model;
  }

  updateSettings(patch: Partial<EngineSettings>): EngineSettings {
    const model = this.requireModel();
    const next = validateSettings({ ...this.settings, ...patch }, model.info);
    this.settings = next;
    // Memories are rebuilt with the new budget on next access (from storage); their telemetry
    // and decode history carry over.
    for (const st of this.open.values()) this.carried.set(st.id, { telemetry: st.memory.telemetry, lastTurn: st.lastTurn, decodeHistory: st.decodeHistory });
    this.closeAll();
    model.kvOwner = null;
    return next;
  }

  private async summary(r: ConversationRecord): Promise<ConversationSummary> {
    const tree = await this.host.storage.trees.getTree(r.treeId);
    return { id: r.id, title: r.title, turnCount: r.turnCount, tokenCount: tree.tokenCount, createdAt: r.createdAt, updatedAt: r.updatedAt };
  }

  async listConversations(): Promise<ConversationSummary[]> {
    const all = await this.host.storage.conversations.list();
    return Promise.all(all.sort((a, b) => b.updatedAt - a.updatedAt).map((r) => this.summary(r)));
  }

  async createConversation(title: string): Promise<ConversationSummary> {
    const model = this.requireModel();
    const r = await this.host.storage.conversations.create({
      title,
      newTree: { name: title, d: model.info.hiddenSize, dtype: 'f32', vocabSize: model.info.vocabSize, gisterVersion: model.gister.version, baseModel: `${model.info.name}@${model.info.version}` },
    });
    return this.summary(r);
  }

  /** The open state of a conversation, restored from storage on first use. */
  private async state(id: string): Promise<ConversationState> {
    const cached = this.open.get(id);
    if (cached) return cached;
    const model = this.requireModel();
    const closing = this.closing.get(id);
    if (closing) {
      await closing; // its last batch is stored before the memory is read back
      if (this.closing.get(id) === closing) this.closing.delete(id);
    }
    const record = await this.host.storage.conversations.get(id);
    const tree = await this.host.storage.trees.getTree(record.treeId);
    if (tree.d !== model.info.hiddenSize || tree.vocabSize !== model.info.vocabSize) {
      throw new EngineStateError(
        `This conversation's memory was made with another base model (d ${tree.d}, vocab ${tree.vocabSize}; "${tree.baseModel}"); load that model to open it.`,
        { state: 'model-mismatch' },
      );
    }
    const s = this.settings;
    // LOD3 (one gist per 32,768 tokens) keeps ~30M tokens of history inside a 1k budget; the
    // working context only uses it when LOD2 alone no longer fits.
    const carried = this.carried.get(id);
    this.carried.delete(id);
    const saved = carried ? { value: carried, warning: null } : await this.loadTelemetry(id);
    const memory = new ConversationMemory(model.gister, {
      config: { wMax: s.wMax - s.maxNewTokens, protectedTokens: s.protectedTokens, maxLevel: MAX_LEVEL },
      ...(saved.value ? { telemetry: saved.value.telemetry } : {}),
    });
    const persistence = new TreePersistence(this.host.storage.trees, record.treeId, memory.tree);
    const restored = await persistence.restore();
    memory.relayout();
    const warnings = restored.corrupt.map((e) => e.message);
    if (saved.warning) warnings.push(saved.warning);
    const pins = (await this.host.storage.settings.get(`pins:${id}`, [])) as unknown as { start: number; end: number }[];
    if (Array.isArray(pins) && pins.length > 0) {
      memory.wc.setPins(pins);
      try {
        focusPins(memory.wc);
      } catch (e) {
        memory.wc.setPins([]);
        memory.relayout();
        warnings.push(`Pinned spans were dropped: ${(e as Error).message}`);
      }
    }
    if (restored.unreachableTokens > 0) warnings.push(`${restored.unreachableTokens} stored tokens after a damaged span could not be restored.`);
    const state: ConversationState = {
      id,
      record,
      memory,
      persistence,
      wcd: new WcDecoder(memory, model.decoder, model.pkg.table, s.positionPolicy, {
        decodeHeadroom: s.maxNewTokens,
        gpuRows: this.host.rowSource?.(model.info.computePath, memory.tree, model.pkg.table),
      }),
      lastTurn: saved.value?.lastTurn ?? null,
      lastScores: null,
      decodeHistory: saved.value?.decodeHistory ?? [],
      warnings,
      refresh: new BackgroundRefresh(
        (signal, onProgress) => refreshStaleGists(memory.tree, model.gister, persistence, { signal, onProgress }),
        (e) => {
          const warning = `Refreshing this memory's gists with ${model.gister.version} failed; it is retried after the next turn: ${(e as Error)?.message ?? String(e)}`;
          if (!warnings.includes(warning)) warnings.push(warning);
        },
      ),
    };
    this.open.set(id, state);
    state.refresh.start();
    return state;
  }

  /** The conversation's saved telemetry; missing → null, unreadable → null and a warning (never blocks opening). */
  private async loadTelemetry(id: string): Promise<{ value: ConversationTelemetry | null; warning: string | null }> {
    try {
      const json = await this.host.storage.telemetry.get(id);
      return { value: json === null ? null : conversationTelemetryFromJSON(json), warning: null };
    } catch (e) {
      return { value: null, warning: `The saved telemetry of this conversation could not be restored, so it starts afresh: ${(e as Error)?.message ?? String(e)}` };
    }
  }

  /** Saves the conversation's telemetry (after each turn, ingest or refocus); a failure becomes a warning. */
  private async saveTelemetry(st: ConversationState): Promise<void> {
    try {
      await this.host.storage.telemetry.put(st.id, conversationTelemetryToJSON({ telemetry: st.memory.telemetry, lastTurn: st.lastTurn, decodeHistory: st.decodeHistory }));
    } catch (e) {
      const warning = `The telemetry of this conversation could not be saved: ${(e as Error)?.message ?? String(e)}`;
      if (!st.warnings.includes(warning)) st.warnings.push(warning);
    }
  }

  /** Runs `turn` with the conversation's background gist refresh paused; it resumes afterwards. */
  private async withRefreshPaused<T>(id: string, turn: () => Promise<T>): Promise<T> {
    const st = await this.state(id);
    await st.refresh.pause();
    try {
      return await turn();
    } finally {
      if (this.open.get(id) === st) st.refresh.start();
    }
  }

  async refreshGists(id: string, ctx?: CallContext<EngineMethods['refreshGists']['progress']>): Promise<EngineMethods['refreshGists']['result']> {
    const st = await this.state(id);
    const cancel = () => void st.refresh.pause();
    ctx?.signal?.addEventListener('abort', cancel, { once: true });
    try {
      await st.refresh.watch((p) => ctx?.progress(p));
    } finally {
      ctx?.signal?.removeEventListener('abort', cancel);
    }
    ctx?.signal?.throwIfAborted();
    return { staleGists: staleGistCount(st.memory.tree, st.memory.gister), snapshot: buildSnapshot(st, this.settings) };
  }

  async openConversation(id: string): Promise<EngineMethods['openConversation']['result']> {
    const st = await this.state(id);
    st.refresh.start(); // no-op while one runs; finds nothing to do when every gist is current
    const turns = (await this.host.storage.conversations.listTurns(id)).map(turnView);
    return { summary: await this.summary(await this.host.storage.conversations.get(id)), turns, snapshot: buildSnapshot(st, this.settings), warnings: st.warnings };
  }

  ingest(id: string, text: string, label: string, ctx?: CallContext<EngineMethods['ingest']['progress']>): Promise<EngineMethods['ingest']['result']> {
    return this.withRefreshPaused(id, () => this.ingestNow(id, text, label, ctx));
  }

  private async ingestNow(id: string, text: string, label: string, ctx?: CallContext<EngineMethods['ingest']['progress']>): Promise<EngineMethods['ingest']['result']> {
    const model = this.requireModel();
    const st = await this.state(id);
    const startedAt = performance.now(); // tokens/s and time left include tokenizing
    const start = st.memory.tree.length;
    // A tree starts with BOS, like every training sequence (a first chat turn adds it itself).
    const bos = start === 0 && model.tokenizer.bosId !== null ? [model.tokenizer.bosId] : [];
    const ids = [...bos, ...model.tokenizer.encode(text)];
    try {
      await st.memory.ingest(ids, { onProgress: (p) => ctx?.progress(p), signal: ctx?.signal, startedAt });
    } finally {
      // Whatever was appended (all of it, or up to a cancellation) is stored and recorded.
      await st.persistence.flush();
      if (st.memory.tree.length > start) {
        const kept = st.memory.tree.length - start === ids.length ? text : model.tokenizer.decode(Array.from(st.memory.tree.tokenIds(start, st.memory.tree.length)));
        await this.host.storage.conversations.appendTurn(id, { role: 'system', text: `[${label}]\n${kept}`, tokenStart: start, tokenEnd: st.memory.tree.length });
      }
      await this.saveTelemetry(st);
    }
    return { tokens: ids.length, snapshot: buildSnapshot(st, this.settings) };
  }

  private scorer(st: ConversationState, queryIds: number[]): AsyncScorer | null {
    const model = this.requireModel();
    switch (this.settings.focusMode) {
      case 'similarity':
        return similarityScorer(st.memory.tree, model.pkg.table, queryIds);
      case 'none':
        return null;
      case 'learned':
        if (!model.lensnet) throw new EngineStateError('This model package has no trained LensNet; choose similarity focus.', { state: 'no-lensnet' });
        return model.lensnet.scorer(st.memory.tree, model.pkg.table);
    }
  }

  chat(id: string, message: string, ctx?: CallContext<EngineMethods['chat']['progress']>): Promise<EngineMethods['chat']['result']> {
    return this.withRefreshPaused(id, () => this.chatNow(id, message, ctx));
  }

  private async chatNow(id: string, message: string, ctx?: CallContext<EngineMethods['chat']['progress']>): Promise<EngineMethods['chat']['result']> {
    const model = this.requireModel();
    const st = await this.state(id);
    const { memory } = st;
    if (model.kvOwner !== id) {
      st.wcd.invalidate(); // the decoder's KV holds another conversation's rows
      model.kvOwner = id;
    }
    ctx?.progress({ kind: 'stage', stage: 'ingest' });
    const userStart = memory.tree.length;
    const userIds = model.tokenizer.userTurn(message, userStart === 0);
    await memory.ingest(userIds);
    await st.persistence.flush();
    await this.host.storage.conversations.appendTurn(id, { role: 'user', text: message, tokenStart: userStart, tokenEnd: memory.tree.length });

    ctx?.progress({ kind: 'stage', stage: 'refocus' });
    const scorer = this.scorer(st, model.tokenizer.encode(message));
    const report = scorer ? await memory.refocusAsync(scorer) : null;
    if (scorer) {
      const scores = await scorer(memory.wc);
      st.lastScores = new Map(Array.from(scores, (v, i) => [`${memory.wc.level(i)}:${memory.wc.index(i)}`, v] as [string, number]));
    } else st.lastScores = null;
    ctx?.progress({ kind: 'refocus', actions: report?.actionCount ?? 0, recomputedTokens: report?.recomputedTokens ?? 0 });

    ctx?.progress({ kind: 'stage', stage: 'prefill' });
    const replyStart = memory.tree.length;
    let announced = false;
    let turn: Awaited<ReturnType<typeof generateTurn>>;
    try {
      turn = await generateTurn(st.wcd, {
        maxNewTokens: this.settings.maxNewTokens,
        sampling: this.settings.sampling,
        stopIds: model.tokenizer.stopIds,
        decode: (ids) => model.tokenizer.decode(ids),
        signal: ctx?.signal,
        onToken: (e) => {
          if (!announced) ctx?.progress({ kind: 'stage', stage: 'decode' });
          announced = true;
          if (e.text) ctx?.progress({ kind: 'token', text: e.text, index: e.index });
        },
      });
    } catch (e) {
      return this.afterDecoderFailure(e, st, replyStart);
    }
    await st.persistence.flush();
    const reply = await this.host.storage.conversations.appendTurn(id, { role: 'assistant', text: turn.text, tokenStart: replyStart, tokenEnd: memory.tree.length });
    const last = report?.iterations.at(-1);
    const stats: TurnStats = {
      promptRows: turn.prefill.rows,
      reusedRows: turn.prefill.reusedRows,
      computedRows: turn.prefill.computedRows,
      ttftMs: turn.ttftMs,
      tokensPerSecond: turn.tokensPerSecond,
      generatedTokens: turn.tokenIds.length,
      stopReason: turn.stopReason,
      refocusActions: report?.actionCount ?? 0,
      recomputedTokens: report?.recomputedTokens ?? 0,
      swapRate: last?.swapRate ?? 0,
    };
    st.lastTurn = stats;
    st.decodeHistory.push({ at: Date.now(), tokensPerSecond: stats.tokensPerSecond, ttftMs: stats.ttftMs });
    if (st.decodeHistory.length > DECODE_HISTORY_LIMIT) st.decodeHistory.shift();
    await this.saveTelemetry(st);
    return { reply: turnView(reply), stats, snapshot: buildSnapshot(st, this.settings) };
  }

  /**
   * A decoder failure mid-turn (e.g. the GPU device was lost): what was generated stays in the
   * memory and is saved; on WebGPU the decoder is recreated on WASM so the next message works.
   * Always rethrows — as GpuDeviceLostError when the compute path was switched.
   */
  private async afterDecoderFailure(cause: unknown, st: ConversationState, replyStart: number): Promise<never> {
    const model = this.requireModel();
    await st.persistence.flush();
    if (st.memory.tree.length > replyStart) {
      const text = model.tokenizer.decode(Array.from(st.memory.tree.tokenIds(replyStart, st.memory.tree.length)));
      await this.host.storage.conversations.appendTurn(st.id, { role: 'assistant', text, tokenStart: replyStart, tokenEnd: st.memory.tree.length });
    }
    await this.saveTelemetry(st); // the turn's refocus counts even when decoding failed
    if ((cause as Error)?.name === 'AbortError' || model.info.computePath !== 'webgpu') throw cause;
    const detail = (cause as Error)?.message ?? String(cause);
    const session = await this.host.createSession(model.pkg.decoderBytes, 'wasm');
    await model.decoder.release().catch(() => undefined);
    model.decoder = new DecoderSession(this.host.ort, session, checkDecoderContract(model.pkg.dims, session.inputNames, session.outputNames));
    model.kvOwner = null;
    model.info = { ...model.info, computePath: 'wasm', computeNote: `WebGPU failed during decoding (${detail}); switched to WASM` };
    this.closeAll(); // conversations reopen from storage with the new decoder
    throw new GpuDeviceLostError(`The GPU failed while answering (${detail}). Switched to WASM; your conversation is saved — send the message again.`, { reason: 'decoder-failed', detail });
  }

  /**
   * Pins token ranges to full detail: they are expanded to LOD0 now (oldest unpinned content pays)
   * and never collapse. Saved with the conversation. Pins that cannot fit are refused and the
   * previous pins stay.
   */
  async setPins(id: string, pins: { start: number; end: number }[]): Promise<EngineMethods['setPins']['result']> {
    const st = await this.state(id);
    const wc = st.memory.wc;
    const clean = pins.map((p) => ({ start: Math.max(0, Math.floor(p.start)), end: Math.min(st.memory.tree.length, Math.ceil(p.end)) })).filter((p) => p.end > p.start);
    const previous = wc.pins();
    const before = wc.clone();
    wc.setPins(clean);
    try {
      focusPins(wc);
    } catch (e) {
      st.memory.restoreWorkingContext(before);
      st.memory.wc.setPins(previous);
      throw e;
    }
    await this.host.storage.settings.set(`pins:${id}`, wc.pins());
    return buildSnapshot(st, this.settings);
  }

  async snapshot(id: string): Promise<EngineMethods['snapshot']['result']> {
    return buildSnapshot(await this.state(id), this.settings);
  }

  async spanText(id: string, start: number, end: number): Promise<string> {
    const model = this.requireModel();
    const { tree } = (await this.state(id)).memory;
    const s = Math.max(0, Math.min(start, tree.length));
    const e = Math.max(s, Math.min(end, tree.length, s + 4096));
    return model.tokenizer.decode(Array.from(tree.tokenIds(s, e)));
  }
}
