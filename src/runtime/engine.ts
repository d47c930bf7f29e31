// The MegaContext engine (ARCHITECTURE §4): model loading, conversations with their persistent
// MegaContext, and the per-turn loop ingest → refocus → assemble → decode → telemetry. It runs
// inside the worker (onnxruntime-web) or directly in node (onnxruntime-node) behind one host
// interface (engine-host.ts); the UI talks to it through the typed method map in engine-api.ts.
// The loaded model (sessions, gister, focus, compute path fallback) is engine-model.ts; the open
// conversation states (restored from storage, closed on a model or settings change) are
// open-conversations.ts. Between turns, an open conversation's gists made by another gister
// version are refreshed in the background (background-refresh.ts); chat and ingest pause that
// refresh while they append to the tree. A conversation's system prompt is memory pinned to full
// detail (system-prompt.ts); an edited or regenerated message is a new turn naming the one it
// revises (memory is append-only). Forgetting a document or a span is a persisted tombstone that
// assembly, focus, the turns shown and every export honour (conversation-forgetting.ts).
import type { CallContext, Handlers } from '../protocol/rpc';
import type { ConversationRecord, TurnRecord } from '../storage/records';
import { focusPins } from '../core/pins';
import { DECODE_HISTORY_LIMIT, pushRefocusPoint } from './conversation-telemetry';
import { staleGistCount } from './gist-refresh-runner';
import { generateTurn } from './generate';
import { checkTurn } from './memory-check-turn';
import { quoteBeforeTurn, type MemoryQuote } from './memory-quote-turn';
import { COMPLETION_LABEL, completionRequest, newlineIds } from './completion-turn';
import type { AnswerFrame } from '../core/answer-copy';
import { answerCopyFor } from './answer-copy-turn';
import { termMapOf } from '../models/focus/term-map';
import { checkAnswer, vouchesForPresence } from '../core/memory-check';
import { EngineStateError, validateSettings, defaultSettings } from './engine-settings';
import { GpuDeviceLostError } from '../gpu/errors';
import { buildSnapshot, scoresByEntry, type ConversationState } from './engine-snapshot';
import {
  fallBackToWasm,
  focusScorer,
  loadEngineModel,
  modelSettings,
  refocusOptions,
  type LoadedModel,
} from './engine-model';
import { OpenConversations } from './open-conversations';
import { SharedMemories } from './shared-memories';
import type { EngineHost } from './engine-host';
import type {
  ComputePreference,
  ConversationSummary,
  EngineMethods,
  EngineSettings,
  ModelInfo,
  TurnRevision,
  TurnStats,
  TurnView,
} from './engine-api';
import { activeSystemPrompt, systemPromptLimit, withSystemPin, type TokenRange } from './system-prompt';
import {
  forgetSetOf,
  forgetViews,
  loadForgets,
  treeDecoder,
  turnViewOf,
  withForgotten,
} from './conversation-forgetting';
import type { ExportFormat, ForgetResult } from './engine-api';
import { toMarkdown, toOpenAIMessages } from './transcript-export';
import { parseTranscripts, type Transcript } from './transcript-import';
import { EXPORT_MAGIC } from '../storage/export-import';

export type { EngineHost } from './engine-host';

const turnView = (t: TurnRecord): TurnView => turnViewOf(t);

const NO_QUOTE: MemoryQuote = { text: '', best: '', previous: '', copy: '' };

/** What the reply answers and how it is shaped: a chat turn's or a completion's. */
interface ReplyPlan {
  /** What is asked (the memory check's and answer copy's request), or null: a completion that asks nothing. */
  request: string | null;
  /** The request asks whatever its words (a completion's; undefined: as memory-check.ts `isRequest` reads them). */
  asks?: boolean;
  /** What focus scores the memory against: the request, or a completion's whole prompt when it asks nothing. */
  focusText: string;
  /** Where the turn or prompt starts in the memory (the check reads what is before). */
  userStart: number;
  quote: MemoryQuote;
  /** Answer copy's frames: the package's chat frames, or a completion's value alone. */
  frames: AnswerFrame[] | null;
  /** Stop at the first newline. */
  oneLine: boolean;
}

export class MegaContextEngine {
  private model: LoadedModel | null = null;
  private settings: EngineSettings = defaultSettings(1024);
  private loading: Promise<unknown> = Promise.resolve();
  private readonly conversations: OpenConversations;
  private readonly shared: SharedMemories;
  /** The token range of each conversation's system prompt in force (read from its turns on first use). */
  private readonly systemPrompts = new Map<string, TokenRange | null>();

  constructor(private readonly host: EngineHost) {
    this.conversations = new OpenConversations(
      host,
      () => this.requireModel(),
      () => this.settings,
    );
    this.shared = new SharedMemories(
      host,
      () => this.requireModel(),
      this.conversations,
      () => this.settings,
    );
  }

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
        await this.conversations.close(p.id);
        if (this.model?.kvOwner === p.id) this.model.kvOwner = null;
        await this.host.storage.conversations.delete(p.id);
        return null;
      },
      openConversation: async (p) => this.openConversation(p.id, p.session),
      forget: async (p) => this.forget(p.conversationId, p.start, p.end, p.kind, p.session),
      unforget: async (p) => this.unforget(p.conversationId, p.id, p.session),
      ingest: (p, ctx) => this.ingest(p.conversationId, p.text, p.label, ctx),
      chat: (p, ctx) => this.chat(p.conversationId, p.message, ctx, p.revises),
      complete: (p, ctx) => this.complete(p.conversationId, p.prompt, p.oneLine ?? false, ctx),
      setSystemPrompt: async (p) => this.setSystemPrompt(p.conversationId, p.text),
      snapshot: async (p) => this.snapshot(p.conversationId),
      refreshGists: (p, ctx) => this.refreshGists(p.conversationId, ctx),
      spanText: async (p) => this.spanText(p.conversationId, p.start, p.end),
      countTokens: async (p) => this.countTokens(p.text, p.as),
      setPins: async (p) => this.setPins(p.conversationId, p.pins),
      exportConversation: async (p) => this.exportConversation(p.conversationId, p.format ?? 'megacontext'),
      importConversation: async (p) => this.importConversation(p.bytes, p.fileName),
      createCollection: (p, ctx) => this.shared.create(p.name, p.documents, ctx),
      listCollections: async () => this.shared.list(),
      deleteCollection: async (p) => this.shared.delete(p.id).then(() => null),
      attachCollection: (p, ctx) => this.shared.attach(p.conversationId, p.collectionId, ctx),
    };
    return h;
  }

  /**
   * Loads a model package (or hub repository). Loads are serialised: a second load (a user's, or
   * the proxy's reload after a worker crash) waits for the first, so sessions never interleave.
   */
  loadModel(
    packageUrl: string,
    compute: ComputePreference,
    ctx?: CallContext<EngineMethods['loadModel']['progress']>,
  ): Promise<ModelInfo> {
    const run = this.loading.then(() => this.loadModelNow(packageUrl, compute, ctx));
    this.loading = run.catch(() => undefined);
    return run;
  }

  private async loadModelNow(
    packageUrl: string,
    compute: ComputePreference,
    ctx?: CallContext<EngineMethods['loadModel']['progress']>,
  ): Promise<ModelInfo> {
    this.model = await loadEngineModel(this.host, packageUrl, compute, this.model, ctx);
    this.settings = modelSettings(this.model);
    this.conversations.closeAll();
    return this.model.info;
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
    this.conversations.closeAllCarryingTelemetry();
    model.kvOwner = null;
    return next;
  }

  private async summary(r: ConversationRecord): Promise<ConversationSummary> {
    const tree = await this.host.storage.trees.getTree(r.treeId);
    return {
      id: r.id,
      title: r.title,
      turnCount: r.turnCount,
      tokenCount: tree.tokenCount,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }

  async listConversations(): Promise<ConversationSummary[]> {
    const all = await this.host.storage.conversations.list();
    return Promise.all(all.sort((a, b) => b.updatedAt - a.updatedAt).map((r) => this.summary(r)));
  }

  async createConversation(title: string): Promise<ConversationSummary> {
    const model = this.requireModel();
    const r = await this.host.storage.conversations.create({
      title,
      newTree: {
        name: title,
        d: model.info.hiddenSize,
        dtype: 'f32',
        vocabSize: model.info.vocabSize,
        gisterVersion: model.gister.version,
        baseModel: `${model.info.name}@${model.info.version}`,
      },
    });
    return this.summary(r);
  }

  /** The open state of a conversation, restored from storage on first use. */
  private state(id: string): Promise<ConversationState> {
    return this.conversations.get(id);
  }

  async refreshGists(
    id: string,
    ctx?: CallContext<EngineMethods['refreshGists']['progress']>,
  ): Promise<EngineMethods['refreshGists']['result']> {
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

  async openConversation(id: string, session?: string): Promise<EngineMethods['openConversation']['result']> {
    const st = await this.state(id);
    st.refresh.start(); // no-op while one runs; finds nothing to do when every gist is current
    const turns = await this.shownTurns(st);
    const forgets = forgetViews(
      await loadForgets(this.host.storage, st.record.treeId),
      session,
      await this.host.storage.conversations.listTurns(id),
    );
    return {
      summary: await this.summary(await this.host.storage.conversations.get(id)),
      turns,
      snapshot: buildSnapshot(st, this.settings),
      warnings: st.warnings,
      forgets,
    };
  }

  /** The conversation's turns as shown and exported: forgotten text left out. */
  private async shownTurns(st: ConversationState): Promise<TurnView[]> {
    const turns = await this.host.storage.conversations.listTurns(st.id);
    const set = st.memory.forgotten;
    if (set.isEmpty) return turns.map(turnView);
    const decode = treeDecoder(st.memory, (ids) => this.requireModel().tokenizer.decode(ids));
    return turns.map((t) => turnViewOf(t, set, decode));
  }

  forget(id: string, start: number, end: number, kind: 'document' | 'span', session: string): Promise<ForgetResult> {
    return this.conversations.withRefreshPaused(id, async () => {
      const st = await this.state(id);
      await st.persistence.flush(); // the stored token count bounds what may be forgotten
      await this.host.storage.forgets.add(st.record.treeId, {
        start: Math.floor(start),
        end: Math.ceil(end),
        kind,
        session,
      });
      return this.applyForgets(st, session);
    });
  }

  unforget(id: string, forgetId: string, session: string): Promise<ForgetResult> {
    return this.conversations.withRefreshPaused(id, async () => {
      const st = await this.state(id);
      await this.host.storage.forgets.remove(st.record.treeId, forgetId, session);
      return this.applyForgets(st, session);
    });
  }

  /** Reads the tombstones back, applies them to the open memory and says what is shown now. */
  private async applyForgets(st: ConversationState, session: string): Promise<ForgetResult> {
    const records = await loadForgets(this.host.storage, st.record.treeId);
    const held = st.memory.setForgotten(forgetSetOf(records));
    if (!held) {
      const warning =
        'The blocks next to a forgotten span could not all be kept at full detail within W_max; the gists around them are left out of the context instead.';
      if (!st.warnings.includes(warning)) st.warnings.push(warning);
    }
    return {
      forgets: forgetViews(records, session, await this.host.storage.conversations.listTurns(st.id)),
      turns: await this.shownTurns(st),
      snapshot: buildSnapshot(st, this.settings),
    };
  }

  /**
   * The conversation as a file: the .megacontext memory (forgotten tokens and the gists over them
   * zeroed, turn texts as shown), or its transcript as Markdown or OpenAI messages JSON (the turns
   * as shown: forgotten text left out).
   */
  private async exportConversation(id: string, format: ExportFormat): Promise<Uint8Array> {
    const st = await this.state(id);
    if (format === 'megacontext') {
      const decode = treeDecoder(st.memory, (ids) => this.requireModel().tokenizer.decode(ids));
      return this.host.storage.exportTree(st.record.treeId, { turnText: (t, set) => turnViewOf(t, set, decode).text });
    }
    const turns = await this.shownTurns(st);
    const title = (await this.host.storage.conversations.get(id)).title;
    const text =
      format === 'markdown'
        ? toMarkdown(title, turns, new Date())
        : `${JSON.stringify(toOpenAIMessages(turns), null, 2)}\n`;
    return new TextEncoder().encode(text);
  }

  /** A .megacontext file as it was, or transcripts (OpenAI messages, ChatGPT conversations.json) replayed into memory. */
  private async importConversation(bytes: Uint8Array, fileName?: string): Promise<ConversationSummary[]> {
    if (new TextDecoder().decode(bytes.subarray(0, EXPORT_MAGIC.length)) === EXPORT_MAGIC) {
      const { conversations } = await this.host.storage.importFile(bytes);
      const first = conversations[0];
      if (!first)
        throw new EngineStateError('The imported file holds a MegaContext without a conversation.', {
          state: 'import',
        });
      return [await this.summary(first)];
    }
    const transcripts = parseTranscripts(new TextDecoder().decode(bytes), fileName);
    const out: ConversationSummary[] = [];
    for (const t of transcripts) out.push(await this.replayTranscript(t));
    return out;
  }

  /**
   * A transcript into a new conversation's memory, message by message as if it had happened here:
   * documents are fed, a system prompt is set (pinned; one longer than half the context is fed
   * as a document instead), user messages are framed by the chat template, answers are appended
   * with the end-of-turn token generation would have ended them with.
   */
  private async replayTranscript(t: Transcript): Promise<ConversationSummary> {
    const model = this.requireModel();
    const conv = await this.createConversation(t.title);
    await this.conversations.withRefreshPaused(conv.id, async () => {
      for (const m of t.messages) {
        if (m.kind === 'document') {
          await this.ingestNow(conv.id, m.text, m.label ?? 'document');
          continue;
        }
        if (m.kind === 'system-prompt') {
          try {
            await this.setSystemPromptNow(conv.id, m.text.trim());
          } catch (e) {
            if (!(e instanceof EngineStateError && e.data.state === 'system-prompt-too-long')) throw e;
            await this.ingestNow(conv.id, m.text, 'system message');
          }
          continue;
        }
        const st = await this.state(conv.id);
        const start = st.memory.tree.length;
        const bos = start === 0 && model.tokenizer.bosId !== null ? [model.tokenizer.bosId] : [];
        const ids =
          m.kind === 'user'
            ? model.tokenizer.userTurn(m.text, start === 0)
            : [...bos, ...model.tokenizer.encode(m.text), ...model.tokenizer.stopIds.slice(0, 1)];
        await st.memory.ingest(ids);
        await st.persistence.flush();
        await this.host.storage.conversations.appendTurn(conv.id, {
          role: m.kind,
          text: m.text,
          tokenStart: start,
          tokenEnd: st.memory.tree.length,
        });
        await this.conversations.saveTelemetry(st);
      }
    });
    return this.summary(await this.host.storage.conversations.get(conv.id));
  }

  ingest(
    id: string,
    text: string,
    label: string,
    ctx?: CallContext<EngineMethods['ingest']['progress']>,
  ): Promise<EngineMethods['ingest']['result']> {
    return this.conversations.withRefreshPaused(id, () => this.ingestNow(id, text, label, ctx));
  }

  private async ingestNow(
    id: string,
    text: string,
    label: string,
    ctx?: CallContext<EngineMethods['ingest']['progress']>,
  ): Promise<EngineMethods['ingest']['result']> {
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
        const kept =
          st.memory.tree.length - start === ids.length
            ? text
            : model.tokenizer.decode(Array.from(st.memory.tree.tokenIds(start, st.memory.tree.length)));
        await this.host.storage.conversations.appendTurn(id, {
          role: 'system',
          text: `[${label}]\n${kept}`,
          tokenStart: start,
          tokenEnd: st.memory.tree.length,
        });
      }
      await this.conversations.saveTelemetry(st);
    }
    return { tokens: ids.length, snapshot: buildSnapshot(st, this.settings) };
  }

  chat(
    id: string,
    message: string,
    ctx?: CallContext<EngineMethods['chat']['progress']>,
    revises?: TurnRevision,
  ): Promise<EngineMethods['chat']['result']> {
    return this.conversations.withRefreshPaused(id, () => this.chatNow(id, message, ctx, revises));
  }

  private async chatNow(
    id: string,
    message: string,
    ctx?: CallContext<EngineMethods['chat']['progress']>,
    revises?: TurnRevision,
  ): Promise<EngineMethods['chat']['result']> {
    const model = this.requireModel();
    const st = await this.state(id);
    const { memory } = st;
    this.claimKv(model, st);
    ctx?.progress({ kind: 'stage', stage: 'ingest' });
    const userStart = memory.tree.length;
    // The memory quote goes before the turn, inside the turn's span (forgetting the turn forgets it).
    const quote = this.quoteFor(message, st, userStart);
    const userIds = [
      ...(quote.text ? model.tokenizer.encode(quote.text) : []),
      ...model.tokenizer.userTurn(message, userStart === 0),
    ];
    await memory.ingest(userIds);
    await st.persistence.flush();
    await this.host.storage.conversations.appendTurn(id, {
      role: 'user',
      text: message,
      tokenStart: userStart,
      tokenEnd: memory.tree.length,
      ...(revises ? { meta: revises } : {}),
    });
    const frames = model.answerFrames;
    return this.reply(id, st, { request: message, focusText: message, userStart, quote, frames, oneLine: false }, ctx);
  }

  complete(
    id: string,
    prompt: string,
    oneLine: boolean,
    ctx?: CallContext<EngineMethods['complete']['progress']>,
  ): Promise<EngineMethods['complete']['result']> {
    return this.conversations.withRefreshPaused(id, () => this.completeNow(id, prompt, oneLine, ctx));
  }

  /** A completion (completion-turn.ts): the quote and the prompt as raw text, then the continuation. */
  private async completeNow(
    id: string,
    prompt: string,
    oneLine: boolean,
    ctx?: CallContext<EngineMethods['complete']['progress']>,
  ): Promise<EngineMethods['complete']['result']> {
    if (prompt === '')
      throw new EngineStateError('A completion needs a prompt: the text to continue.', { state: 'empty-prompt' });
    const model = this.requireModel();
    const st = await this.state(id);
    const { memory } = st;
    this.claimKv(model, st);
    ctx?.progress({ kind: 'stage', stage: 'ingest' });
    const start = memory.tree.length;
    const request = completionRequest(prompt);
    // (a completion's request asks: completionRequest found it asking, or left unfinished)
    const quote = request !== null ? this.quoteFor(request, st, start, true) : NO_QUOTE;
    const bos = start === 0 && model.tokenizer.bosId !== null ? [model.tokenizer.bosId] : [];
    await memory.ingest([
      ...bos,
      ...(quote.text ? model.tokenizer.encode(quote.text) : []),
      ...model.tokenizer.encode(prompt),
    ]);
    await st.persistence.flush();
    await this.host.storage.conversations.appendTurn(id, {
      role: 'system',
      text: `[${COMPLETION_LABEL}]\n${prompt}`,
      tokenStart: start,
      tokenEnd: memory.tree.length,
    });
    const frames = model.completionFrames;
    const focusText = request ?? prompt;
    return this.reply(id, st, { request, asks: true, focusText, userStart: start, quote, frames, oneLine }, ctx);
  }

  /** The decoder's KV cache is about to hold this conversation's rows. */
  private claimKv(model: LoadedModel, st: ConversationState): void {
    if (model.kvOwner !== st.id) {
      st.wcd.invalidate(); // the decoder's KV holds another conversation's rows
      model.kvOwner = st.id;
    }
  }

  /** The memory quote of `request` over the memory before `end` (nothing when the setting is off). */
  private quoteFor(request: string, st: ConversationState, end: number, asks?: boolean): MemoryQuote {
    const model = this.requireModel();
    if (!this.settings.memoryQuote) return NO_QUOTE;
    const terms = termMapOf(model.tokenizer);
    return quoteBeforeTurn(request, st.memory.tree, end, model.tokenizer, terms, model.turnMarks, {
      forgotten: st.memory.forgotten,
      asks,
      readWhole: st.memory.config.wMax, // (W_max − reply reserve: a memory this short is in the working context whole)
    });
  }

  /**
   * The reply to what was just appended (a chat turn or a completion prompt from `plan.userStart`):
   * the memory check of its request, refocus, then decoding — its values copied from the quote when
   * answer copy applies — stored as an answer.
   */
  private async reply(
    id: string,
    st: ConversationState,
    plan: ReplyPlan,
    ctx?: CallContext<EngineMethods['chat']['progress']>,
  ): Promise<EngineMethods['chat']['result']> {
    const model = this.requireModel();
    const { memory } = st;
    const { request, quote } = plan;
    ctx?.progress({ kind: 'stage', stage: 'refocus' });
    const terms = termMapOf(model.tokenizer);
    const check =
      this.settings.memoryCheck && request !== null
        ? checkTurn(request, memory.tree, plan.userStart, model.tokenizer, terms, {
            forgotten: memory.forgotten,
            asks: plan.asks,
          })
        : null;
    // A name the memory lacks, or a number asked that the lines holding its names never state: the check answers.
    const answered = check ? checkAnswer(check, request, quote.text) : null;
    if (answered) {
      const { text, ...why } = answered;
      return this.answerNotInMemory(id, st, text, why, ctx);
    }
    // Every name found: absence is not the model's call (docs/memory-check.md).
    const vouched = check !== null && vouchesForPresence(check);
    const firstTokenBans = vouched && model.absentReplyStart !== null ? [model.absentReplyStart] : undefined;
    const stopIds = plan.oneLine
      ? [
          ...model.tokenizer.stopIds,
          ...newlineIds(
            model.tokenizer,
            model.pkg.table.vocabSize,
            (x) => model.tokenizer.decode(x),
            model.tokenizer.stopIds,
          ),
        ]
      : model.tokenizer.stopIds;
    // Answer copy: the reply's values come from the quote (src/core/answer-copy.ts).
    const allowedNext = answerCopyFor({
      frames: this.settings.answerCopy ? plan.frames : null,
      source: quote.copy,
      best: quote.best,
      checked: check !== null && check.request, // (a missing name was answered above)
      message: request ?? '',
      previous: quote.previous,
      stopIds,
      vocabSize: model.pkg.table.vocabSize,
      decode: (ids) => model.tokenizer.decode(ids),
      encode: (text) => model.tokenizer.encode(text),
    });
    const scorer = withForgotten(
      focusScorer(
        model,
        this.settings.focusMode,
        memory.tree,
        model.tokenizer.encode(plan.focusText),
        () => memory.forgotten,
      ),
      memory,
    );
    const lensRuns = model.lensnet?.runs ?? 0;
    // A new question: focus starts from the coarsest layout; the KV is kept up to the first entry
    // where the refocused WC differs from the one before the relayout.
    const before = scorer ? memory.relayoutForQuery() : null;
    const report = scorer ? await memory.refocusAsync(scorer, refocusOptions(this.settings.focusMode)) : null;
    const recomputedTokens = before ? memory.wc.cost - memory.wc.sharedPrefixCost(before) : 0;
    // The heatmap shows the scores the allocator acted on last: the scorer does not run again.
    st.lastScores = report?.lastScores ? scoresByEntry(report.lastScores) : null;
    pushRefocusPoint(st.refocusHistory, {
      at: Date.now(),
      tokens: memory.tree.length,
      cost: memory.wc.cost,
      budget: memory.config.wMax, // W_max − reply reserve
      lensRuns: (model.lensnet?.runs ?? 0) - lensRuns,
      actions: report?.actionCount ?? 0,
      fillExpansions: report?.fillExpansions ?? 0,
    });
    ctx?.progress({
      kind: 'refocus',
      actions: report?.actionCount ?? 0,
      recomputedTokens,
    });

    ctx?.progress({ kind: 'stage', stage: 'prefill' });
    const replyStart = memory.tree.length;
    let announced = false;
    let turn: Awaited<ReturnType<typeof generateTurn>>;
    try {
      turn = await generateTurn(st.wcd, {
        maxNewTokens: this.settings.maxNewTokens,
        sampling: this.settings.sampling,
        stopIds,
        decode: (ids) => model.tokenizer.decode(ids),
        ...(firstTokenBans ? { firstTokenBans } : {}),
        ...(allowedNext ? { allowedNext } : {}),
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
      recomputedTokens,
      swapRate: last?.swapRate ?? 0,
      ...(firstTokenBans ? { namesFound: check!.names } : {}),
      ...(allowedNext ? { answerCopied: true } : {}),
    };
    st.decodeHistory.push({ at: Date.now(), tokensPerSecond: stats.tokensPerSecond, ttftMs: stats.ttftMs });
    if (st.decodeHistory.length > DECODE_HISTORY_LIMIT) st.decodeHistory.shift();
    return this.finishAnswer(id, st, turn.text, replyStart, stats);
  }

  /** An answer in memory from `replyStart` on: persisted, stored as the turn, its stats kept with the telemetry. */
  private async finishAnswer(
    id: string,
    st: ConversationState,
    text: string,
    replyStart: number,
    stats: TurnStats,
  ): Promise<EngineMethods['chat']['result']> {
    await st.persistence.flush();
    const reply = await this.host.storage.conversations.appendTurn(id, {
      role: 'assistant',
      text,
      tokenStart: replyStart,
      tokenEnd: st.memory.tree.length,
    });
    st.lastTurn = stats;
    await this.conversations.saveTelemetry(st);
    return { reply: turnView(reply), stats, snapshot: buildSnapshot(st, this.settings) };
  }

  /**
   * The memory check's answer (src/core/memory-check.ts): the request names something that occurs
   * nowhere in memory, or asks a number the lines holding its names do not state
   * (src/core/unstated-quantity.ts), so the engine says so instead of letting the model invent a value. The
   * answer enters the memory like a generated one (and like fed text, the budget is restored
   * after it); no refocus, no decoding.
   */
  private async answerNotInMemory(
    id: string,
    st: ConversationState,
    text: string,
    why: Pick<TurnStats, 'notInMemory' | 'quantityUnstated'>,
    ctx?: CallContext<EngineMethods['chat']['progress']>,
  ): Promise<EngineMethods['chat']['result']> {
    const model = this.requireModel();
    const replyStart = st.memory.tree.length;
    ctx?.progress({ kind: 'stage', stage: 'decode' });
    ctx?.progress({ kind: 'token', text, index: 0 });
    await st.memory.ingest(model.tokenizer.replyIds(text)); // may exceed the reply reserve: ingest restores the budget
    return this.finishAnswer(id, st, text, replyStart, {
      promptRows: 0,
      reusedRows: 0,
      computedRows: 0,
      ttftMs: 0,
      tokensPerSecond: 0,
      generatedTokens: 0,
      stopReason: 'stop-token',
      refocusActions: 0,
      recomputedTokens: 0,
      swapRate: 0,
      ...why,
    });
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
      await this.host.storage.conversations.appendTurn(st.id, {
        role: 'assistant',
        text,
        tokenStart: replyStart,
        tokenEnd: st.memory.tree.length,
      });
    }
    await this.conversations.saveTelemetry(st); // the turn's refocus counts even when decoding failed
    if ((cause as Error)?.name === 'AbortError' || model.info.computePath !== 'webgpu') throw cause;
    const detail = (cause as Error)?.message ?? String(cause);
    await fallBackToWasm(this.host, model, detail);
    this.conversations.closeAll(); // conversations reopen from storage with the new decoder
    throw new GpuDeviceLostError(
      `The GPU failed while answering (${detail}). Switched to WASM; your conversation is saved — send the message again.`,
      { reason: 'decoder-failed', detail },
    );
  }

  /**
   * Pins token ranges to full detail: they are expanded to LOD0 now (oldest unpinned content pays)
   * and never collapse. Saved with the conversation. Pins that cannot fit are refused and the
   * previous pins stay.
   */
  async setPins(id: string, pins: { start: number; end: number }[]): Promise<EngineMethods['setPins']['result']> {
    const st = await this.state(id);
    const wc = st.memory.wc;
    const asked = pins
      .map((p) => ({ start: Math.max(0, Math.floor(p.start)), end: Math.min(st.memory.tree.length, Math.ceil(p.end)) }))
      .filter((p) => p.end > p.start);
    const clean = withSystemPin(asked, await this.systemPrompt(id)); // the system prompt stays pinned
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

  /** The system prompt in force (its token range), or null. */
  private async systemPrompt(id: string): Promise<TokenRange | null> {
    if (!this.systemPrompts.has(id))
      this.systemPrompts.set(id, activeSystemPrompt(await this.host.storage.conversations.listTurns(id)));
    return this.systemPrompts.get(id) ?? null;
  }

  setSystemPrompt(id: string, text: string): Promise<EngineMethods['setSystemPrompt']['result']> {
    return this.conversations.withRefreshPaused(id, () => this.setSystemPromptNow(id, text.trim()));
  }

  /**
   * The new prompt enters the memory (first in an empty conversation; later, after what is there:
   * memory is append-only) and takes the previous prompt's pin, so it is kept at full detail;
   * the previous prompt stays in memory and may collapse like any other text.
   */
  private async setSystemPromptNow(id: string, text: string): Promise<EngineMethods['setSystemPrompt']['result']> {
    const model = this.requireModel();
    const st = await this.state(id);
    const previous = await this.systemPrompt(id);
    const start = st.memory.tree.length;
    if (text) {
      const ids = model.tokenizer.systemTurn(text, start === 0);
      const limit = systemPromptLimit(this.settings.wMax, this.settings.maxNewTokens);
      if (ids.length > limit)
        throw new EngineStateError(
          `The system prompt is ${ids.length} tokens; at most ${limit} (half the working context) can be kept at full detail.`,
          { state: 'system-prompt-too-long' },
        );
      await st.memory.ingest(ids);
      await st.persistence.flush();
    }
    const turn = await this.host.storage.conversations.appendTurn(id, {
      role: 'system',
      text,
      tokenStart: start,
      tokenEnd: st.memory.tree.length,
      meta: { kind: 'system-prompt' },
    });
    this.systemPrompts.set(id, text ? { start, end: st.memory.tree.length } : null);
    const others = st.memory.wc
      .pins()
      .filter((p) => !(previous && p.start === previous.start && p.end === previous.end));
    return { turn: turnView(turn), snapshot: await this.setPins(id, others) };
  }

  async snapshot(id: string): Promise<EngineMethods['snapshot']['result']> {
    return buildSnapshot(await this.state(id), this.settings);
  }

  /** Tokens of `text` as plain text, or framed as a user turn or a system prompt that follows an answer. */
  countTokens(text: string, as: 'text' | 'user-turn' | 'system-turn'): number {
    const { tokenizer } = this.requireModel();
    if (as === 'user-turn') return tokenizer.userTurn(text, false).length;
    if (as === 'system-turn') return tokenizer.systemTurn(text, false).length;
    return tokenizer.encode(text).length;
  }

  async spanText(id: string, start: number, end: number): Promise<string> {
    const model = this.requireModel();
    const { tree } = (await this.state(id)).memory;
    const s = Math.max(0, Math.min(start, tree.length));
    const e = Math.max(s, Math.min(end, tree.length, s + 4096));
    const forgotten = (await this.state(id)).memory.forgotten;
    if (forgotten.classify(s, e) === 'kept') return model.tokenizer.decode(Array.from(tree.tokenIds(s, e)));
    // Forgotten tokens are not read back: only the kept runs, with a mark where text was forgotten.
    const runs = forgotten.keptRuns(s, e);
    const kept = runs.map((r) => model.tokenizer.decode(Array.from(tree.tokenIds(r.start, r.end))));
    return runs.length === 0
      ? '[forgotten]'
      : `${runs[0]!.start > s ? '[forgotten] ' : ''}${kept.join(' [forgotten] ')}${runs.at(-1)!.end < e ? ' [forgotten]' : ''}`;
  }
}
