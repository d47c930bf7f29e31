// The lifecycle of open conversation states (ARCHITECTURE §4 steps 1–2 and 5, §5): a
// conversation's persistent MegaContext is opened on first use — the tree restored from IndexedDB,
// its pins and forgotten spans applied again, its telemetry read back (or carried over from a settings change), a WC
// decoder over it and its background gist refresh hooked up (background-refresh.ts) — and closed
// when the model or the settings change (it reopens from storage with the new ones) or the
// conversation is deleted. A closed state's refresh finishes its batch in flight before the
// memory is read back again.
import { focusPins } from '../core/pins';
import { ConversationMemory } from './conversation-memory';
import {
  conversationTelemetryFromJSON,
  conversationTelemetryToJSON,
  type ConversationTelemetry,
} from './conversation-telemetry';
import { TreePersistence } from './tree-persistence';
import { BackgroundRefresh } from './background-refresh';
import { refreshStaleGists } from './gist-refresh-runner';
import { WcDecoder } from './wc-decoder';
import { EngineStateError } from './engine-settings';
import { forgetSetOf, loadForgets } from './conversation-forgetting';
import type { ConversationState } from './engine-snapshot';
import { conversationGister, type LoadedModel } from './engine-model';
import type { GpuRowSource } from './gpu-row-source';
import type { EngineHost } from './engine-host';
import type { EngineSettings } from './engine-api';

/** Levels of the tree the engine keeps (LOD0–LOD3). */
const MAX_LEVEL = 3;

export class OpenConversations {
  private readonly open = new Map<string, ConversationState>();
  /** Telemetry of conversations closed by a settings change, picked up when they reopen (saved copies are in storage). */
  private readonly carried = new Map<string, ConversationTelemetry>();
  /** Background refreshes of closed conversation states still finishing their batch in flight. */
  private readonly closing = new Map<string, Promise<void>>();

  constructor(
    private readonly host: EngineHost,
    /** The loaded model (throws when there is none). */
    private readonly requireModel: () => LoadedModel,
    private readonly settings: () => EngineSettings,
  ) {}

  /** The open state of a conversation, restored from storage on first use. */
  async get(id: string): Promise<ConversationState> {
    const cached = this.open.get(id);
    if (cached) return cached;
    const model = this.requireModel();
    const closing = this.closing.get(id);
    if (closing) {
      await closing; // its last batch is stored before the memory is read back
      if (this.closing.get(id) === closing) this.closing.delete(id);
    }
    const state = await this.restore(id, model);
    this.open.set(id, state);
    state.refresh.start();
    return state;
  }

  private async restore(id: string, model: LoadedModel): Promise<ConversationState> {
    const record = await this.host.storage.conversations.get(id);
    const tree = await this.host.storage.trees.getTree(record.treeId);
    if (tree.d !== model.info.hiddenSize || tree.vocabSize !== model.info.vocabSize) {
      throw new EngineStateError(
        `This conversation's memory was made with another base model (d ${tree.d}, vocab ${tree.vocabSize}; "${tree.baseModel}"); load that model to open it.`,
        { state: 'model-mismatch' },
      );
    }
    const s = this.settings();
    // LOD3 (one gist per 32,768 tokens) keeps ~30M tokens of history inside a 1k budget; the
    // working context only uses it when LOD2 alone no longer fits.
    const carried = this.carried.get(id);
    this.carried.delete(id);
    const saved = carried ? { value: carried, warning: null } : await this.loadTelemetry(id);
    // GistNet on the GPU puts new gists straight into this conversation's GPU gist store (gpuRows).
    const gpu: { rows?: GpuRowSource } = {};
    const memory = new ConversationMemory(
      conversationGister(model, () => gpu.rows),
      {
        config: { wMax: s.wMax - s.maxNewTokens, protectedTokens: s.protectedTokens, maxLevel: MAX_LEVEL },
        ...(saved.value ? { telemetry: saved.value.telemetry } : {}),
      },
    );
    const persistence = new TreePersistence(this.host.storage.trees, record.treeId, memory.tree);
    const restored = await persistence.restore();
    memory.relayout();
    const warnings = restored.corrupt.map((e) => e.message);
    if (saved.warning) warnings.push(saved.warning);
    await this.restorePins(id, memory, warnings);
    // Forgotten spans (tombstones of the tree) apply before anything is assembled.
    if (!memory.setForgotten(forgetSetOf(await loadForgets(this.host.storage, record.treeId)))) {
      warnings.push(
        'The blocks next to a forgotten span could not all be kept at full detail within W_max; the gists around them are left out of the context instead.',
      );
    }
    if (restored.unreachableTokens > 0)
      warnings.push(`${restored.unreachableTokens} stored tokens after a damaged span could not be restored.`);
    gpu.rows = this.host.rowSource?.(model.info.computePath, memory.tree, model.pkg.table);
    return {
      id,
      record,
      memory,
      persistence,
      wcd: new WcDecoder(memory, model.decoder, model.pkg.table, s.positionPolicy, {
        decodeHeadroom: s.maxNewTokens,
        gpuRows: gpu.rows,
      }),
      lastTurn: saved.value?.lastTurn ?? null,
      lastScores: null,
      decodeHistory: saved.value?.decodeHistory ?? [],
      refocusHistory: saved.value?.refocusHistory ?? [],
      warnings,
      refresh: new BackgroundRefresh(
        (signal, onProgress) => refreshStaleGists(memory.tree, model.gister, persistence, { signal, onProgress }),
        (e) => {
          const warning = `Refreshing this memory's gists with ${model.gister.version} failed; it is retried after the next turn: ${(e as Error)?.message ?? String(e)}`;
          if (!warnings.includes(warning)) warnings.push(warning);
        },
      ),
    };
  }

  /** Applies the conversation's saved pins; pins that no longer fit are dropped with a warning. */
  private async restorePins(id: string, memory: ConversationMemory, warnings: string[]): Promise<void> {
    const pins = (await this.host.storage.settings.get(`pins:${id}`, [])) as unknown as {
      start: number;
      end: number;
    }[];
    if (!Array.isArray(pins) || pins.length === 0) return;
    memory.wc.setPins(pins);
    try {
      focusPins(memory.wc);
    } catch (e) {
      memory.wc.setPins([]);
      memory.relayout();
      warnings.push(`Pinned spans were dropped: ${(e as Error).message}`);
    }
  }

  /** The conversation's saved telemetry; missing → null, unreadable → null and a warning (never blocks opening). */
  private async loadTelemetry(id: string): Promise<{ value: ConversationTelemetry | null; warning: string | null }> {
    try {
      const json = await this.host.storage.telemetry.get(id);
      return { value: json === null ? null : conversationTelemetryFromJSON(json), warning: null };
    } catch (e) {
      return {
        value: null,
        warning: `The saved telemetry of this conversation could not be restored, so it starts afresh: ${(e as Error)?.message ?? String(e)}`,
      };
    }
  }

  /** Saves the conversation's telemetry (after each turn, ingest or refocus); a failure becomes a warning. */
  async saveTelemetry(st: ConversationState): Promise<void> {
    try {
      await this.host.storage.telemetry.put(
        st.id,
        conversationTelemetryToJSON({
          telemetry: st.memory.telemetry,
          lastTurn: st.lastTurn,
          decodeHistory: st.decodeHistory,
          refocusHistory: st.refocusHistory,
        }),
      );
    } catch (e) {
      const warning = `The telemetry of this conversation could not be saved: ${(e as Error)?.message ?? String(e)}`;
      if (!st.warnings.includes(warning)) st.warnings.push(warning);
    }
  }

  /** Runs `turn` with the conversation's background gist refresh paused; it resumes afterwards. */
  async withRefreshPaused<T>(id: string, turn: () => Promise<T>): Promise<T> {
    const st = await this.get(id);
    await st.refresh.pause();
    try {
      return await turn();
    } finally {
      if (this.open.get(id) === st) st.refresh.start();
    }
  }

  /**
   * Closes every open conversation state (GPU row buffers freed; memories reload from storage).
   * A background refresh stops after its batch in flight; reopening waits for that (get()).
   */
  closeAll(): void {
    for (const st of this.open.values()) {
      st.wcd.dispose();
      this.closing.set(st.id, st.refresh.close());
    }
    this.open.clear();
  }

  /** Closes every open state for a settings change: their telemetry and decode history carry over to the reopened memories. */
  closeAllCarryingTelemetry(): void {
    for (const st of this.open.values())
      this.carried.set(st.id, {
        telemetry: st.memory.telemetry,
        lastTurn: st.lastTurn,
        decodeHistory: st.decodeHistory,
        refocusHistory: st.refocusHistory,
      });
    this.closeAll();
  }

  /** Closes a conversation about to be deleted; resolves once no background refresh of it is left running. */
  async close(id: string): Promise<void> {
    const st = this.open.get(id);
    this.open.delete(id);
    st?.wcd.dispose();
    await st?.refresh.close();
    await this.closing.get(id);
  }
}
