// The background side of the lazy gist refresh (seed: "a retrained GistNet can refresh them
// lazily"; ARCHITECTURE §4 — the runtime loop owns the tree between turns): one per open
// conversation. The engine starts it after opening a conversation and after every turn, pauses it
// (cancel, then wait for the batch in flight to be stored) before anything appends to the tree,
// and closes it for good when the conversation state is dropped. Observers (the refreshGists RPC)
// follow its progress; a failure is reported once and the next start tries again.
import type { GistRefreshProgress } from './gist-refresh-runner';

export type RefreshRun = (signal: AbortSignal, onProgress: (p: GistRefreshProgress) => void) => Promise<number>;

const isAbort = (e: unknown): boolean => (e as { name?: string } | null)?.name === 'AbortError';

export class BackgroundRefresh {
  private controller: AbortController | null = null;
  private running: Promise<void> | null = null;
  private current: GistRefreshProgress | null = null;
  private closed = false;
  private readonly observers = new Set<(p: GistRefreshProgress) => void>();

  constructor(
    private readonly run: RefreshRun,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Progress of the run in flight (null when none is running). */
  get progress(): GistRefreshProgress | null {
    return this.current;
  }

  /** Starts a run unless one is in flight or the refresh was closed. */
  start(): void {
    if (this.running || this.closed) return;
    const controller = new AbortController();
    this.controller = controller;
    const onProgress = (p: GistRefreshProgress) => {
      this.current = p;
      for (const o of this.observers) o(p);
    };
    this.running = this.run(controller.signal, onProgress)
      .then(
        () => undefined,
        (e: unknown) => {
          if (!isAbort(e)) this.onError(e);
        },
      )
      .finally(() => {
        this.running = null;
        this.controller = null;
        this.current = null;
      });
  }

  /** Cancels the run in flight, if any, and resolves once it stopped (finished batches are stored). */
  async pause(): Promise<void> {
    this.controller?.abort();
    await this.running;
  }

  /** Pauses for good: the conversation state is being dropped. */
  close(): Promise<void> {
    this.closed = true;
    return this.pause();
  }

  /** Starts a run if none is in flight and waits for it to end (finished, paused or failed), relaying progress. */
  async watch(onProgress?: (p: GistRefreshProgress) => void): Promise<void> {
    this.start();
    const running = this.running;
    if (!running) return;
    if (onProgress) {
      this.observers.add(onProgress);
      if (this.current) onProgress(this.current);
    }
    try {
      await running;
    } finally {
      if (onProgress) this.observers.delete(onProgress);
    }
  }
}
