// The engine in the caller's own thread (issue 20 item 3): the same `Engine` interface the worker
// proxy offers (src/runtime/worker-engine.ts), served by a MegaContextEngine directly — for hosts
// that run it without a worker, e.g. node with onnxruntime-node (the library's tests do). Each
// call gets the progress callback and cancel signal a worker call would get.
import type { CallContext, CallOptions } from '../protocol/rpc';
import type { Engine, EngineMethods } from '../runtime/engine-api';
import { MegaContextEngine, type EngineHost } from '../runtime/engine';

export { MegaContextEngine };
export type { EngineHost };

/** `engine` (or a new one on `host`) as an `Engine`: one async function per method. */
export function inProcessEngine(engineOrHost: MegaContextEngine | EngineHost): Engine {
  const engine = engineOrHost instanceof MegaContextEngine ? engineOrHost : new MegaContextEngine(engineOrHost);
  const handlers = engine.handlers();
  const methods = Object.keys(handlers) as (keyof EngineMethods)[];
  return Object.fromEntries(
    methods.map((m) => [
      m,
      (params: never, opts?: CallOptions<unknown>) => {
        const ctx: CallContext<unknown> = {
          progress: (p) => opts?.onProgress?.(p),
          signal: opts?.signal ?? new AbortController().signal,
        };
        return (handlers[m] as (p: never, c: CallContext<unknown>) => Promise<unknown>)(params, ctx);
      },
    ]),
  ) as unknown as Engine;
}
