// Typed request/response RPC over a message port (worker ↔ main thread), after web-llm's
// engine/worker split without its casts: a method map ties each method's params, result and
// progress types; responses are `return | throw | progress`; calls can be cancelled.
import { deserializeError, serializeError, type SerializedError } from './serializable-error';

/** A method map: `{ methodName: { params; result; progress } }`. */
export type MethodMap = Record<string, { params: unknown; result: unknown; progress: unknown }>;

export type CallMessage<M extends MethodMap> = {
  [K in keyof M & string]: { kind: 'call'; id: number; method: K; params: M[K]['params'] };
}[keyof M & string];

export type ReplyMessage =
  | { kind: 'return'; id: number; result: unknown }
  | { kind: 'throw'; id: number; error: SerializedError }
  | { kind: 'progress'; id: number; progress: unknown };

export type CancelMessage = { kind: 'cancel'; id: number };
export type ClientMessage<M extends MethodMap> = CallMessage<M> | CancelMessage;

/** The subset of Worker / MessagePort / DedicatedWorkerGlobalScope the RPC needs. */
export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
}

/** Passed to each handler: report progress (streamed tokens, bytes loaded…) and watch for cancel. */
export interface CallContext<P> {
  progress(p: P): void;
  signal: AbortSignal;
}

export type Handlers<M extends MethodMap> = {
  [K in keyof M & string]: (params: M[K]['params'], ctx: CallContext<M[K]['progress']>) => Promise<M[K]['result']>;
};

/** Serves `handlers` on `port`. Returns a function that stops serving. */
export function serveRpc<M extends MethodMap>(port: Port, handlers: Handlers<M>): () => void {
  const running = new Map<number, AbortController>();
  const onMessage = (ev: MessageEvent) => {
    const msg = ev.data as ClientMessage<M>;
    if (!msg || typeof msg !== 'object') return;
    if (msg.kind === 'cancel') {
      running.get(msg.id)?.abort(new DOMException('The call was cancelled', 'AbortError'));
      return;
    }
    if (msg.kind !== 'call') return;
    const { id, method } = msg;
    const handler = handlers[method];
    if (typeof handler !== 'function') {
      port.postMessage({
        kind: 'throw',
        id,
        error: { name: 'RpcMethodError', message: `unknown method "${method}"` },
      } satisfies ReplyMessage);
      return;
    }
    const controller = new AbortController();
    running.set(id, controller);
    const ctx: CallContext<unknown> = {
      progress: (progress) => port.postMessage({ kind: 'progress', id, progress } satisfies ReplyMessage),
      signal: controller.signal,
    };
    Promise.resolve()
      .then(() => handler(msg.params, ctx as never))
      .then(
        (result) => port.postMessage({ kind: 'return', id, result } satisfies ReplyMessage),
        (e: unknown) => port.postMessage({ kind: 'throw', id, error: serializeError(e) } satisfies ReplyMessage),
      )
      .finally(() => running.delete(id));
  };
  port.addEventListener('message', onMessage);
  return () => {
    port.removeEventListener('message', onMessage);
    for (const c of running.values()) c.abort(new DOMException('The server stopped', 'AbortError'));
  };
}

export interface CallOptions<P> {
  onProgress?: (p: P) => void;
  signal?: AbortSignal;
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  onProgress?: (p: unknown) => void;
}

/** Client side: `call('method', params, {onProgress, signal})` returns the typed result. */
export class RpcClient<M extends MethodMap> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly onMessage = (ev: MessageEvent) => {
    const msg = ev.data as ReplyMessage;
    const p = msg && this.pending.get(msg.id);
    if (!p) return;
    if (msg.kind === 'progress') p.onProgress?.(msg.progress);
    else {
      this.pending.delete(msg.id);
      if (msg.kind === 'return') p.resolve(msg.result);
      else p.reject(deserializeError(msg.error));
    }
  };

  constructor(private readonly port: Port) {
    port.addEventListener('message', this.onMessage);
  }

  call<K extends keyof M & string>(
    method: K,
    params: M[K]['params'],
    opts: CallOptions<M[K]['progress']> = {},
    transfer: Transferable[] = [],
  ): Promise<M[K]['result']> {
    const id = this.nextId++;
    return new Promise<M[K]['result']>((resolve, reject) => {
      if (opts.signal?.aborted) {
        reject(new DOMException('The call was cancelled', 'AbortError'));
        return;
      }
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        onProgress: opts.onProgress as (p: unknown) => void,
      });
      opts.signal?.addEventListener(
        'abort',
        () => this.port.postMessage({ kind: 'cancel', id } satisfies CancelMessage),
        { once: true },
      );
      this.port.postMessage({ kind: 'call', id, method, params } as CallMessage<M>, transfer);
    });
  }

  /** Rejects every pending call (e.g. the worker crashed) with `error`. */
  failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  dispose(): void {
    this.port.removeEventListener('message', this.onMessage);
  }
}
