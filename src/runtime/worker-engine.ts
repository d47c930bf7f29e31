// Main-thread proxy of the engine (ARCHITECTURE §6: one engine interface, two implementations):
// spawns the worker, waits for it to be ready, forwards typed calls, and recovers from a crashed
// worker by starting a new one and reloading the model — the MegaContext trees live in IndexedDB,
// so nothing is lost; the calls in flight fail with WorkerCrashedError.
import { RpcClient, type CallOptions, type Port } from '../protocol/rpc';
import { deserializeError, type SerializedError } from '../protocol/serializable-error';
import { registerProjectErrors } from '../protocol/error-registry';
import { WorkerCrashedError } from '../protocol/worker-errors';
import type { Engine, EngineMethods } from './engine-api';
import { spawnEngineWorker } from './engine-worker-spawn';

export interface WorkerEngineOptions {
  /** Creates the worker (injectable for tests). */
  spawn?: () => Worker;
  /** Told when the worker crashed and was restarted. */
  onCrash?: (error: WorkerCrashedError) => void;
}

export interface WorkerEngine extends Engine {
  dispose(): void;
}

export function createWorkerEngine(opts: WorkerEngineOptions = {}): WorkerEngine {
  registerProjectErrors();
  const spawn = opts.spawn ?? spawnEngineWorker;
  let worker: Worker;
  let client: RpcClient<EngineMethods>;
  let ready: Promise<void>;
  let lastLoad: EngineMethods['loadModel']['params'] | null = null;
  /** Incremented at every crash: tells calls issued to a dead worker apart. */
  let generation = 0;
  let crashedBefore = new WorkerCrashedError('The engine worker crashed before this call could run.', {
    detail: 'not started',
  });

  const start = () => {
    worker = spawn();
    client = new RpcClient<EngineMethods>(worker as unknown as Port);
    ready = new Promise<void>((resolve, reject) => {
      const onMessage = (ev: MessageEvent) => {
        const m = ev.data as { kind?: string; error?: SerializedError };
        if (m?.kind === 'ready') resolve();
        else if (m?.kind === 'init-failed') reject(deserializeError(m.error!));
        else return;
        worker.removeEventListener('message', onMessage);
      };
      worker.addEventListener('message', onMessage);
    });
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      crash(ev.message || 'uncaught error in the engine worker');
    });
    worker.addEventListener('messageerror', () => crash('a message from the engine worker could not be read'));
  };

  const crash = (detail: string) => {
    const err = new WorkerCrashedError(
      `The engine worker crashed (${detail}); it was restarted and your memory is safe in this browser's storage.`,
      { detail },
    );
    crashedBefore = err;
    generation++;
    client.failAll(err);
    client.dispose();
    worker.terminate();
    start();
    // The new worker counts as ready once it has reloaded the model the app had loaded, so calls
    // made after the crash find it (a failed reload surfaces on the next call that needs a model).
    const reload = lastLoad;
    if (reload) {
      const fresh = client;
      ready = ready.then(() =>
        fresh.call('loadModel', reload).then(
          () => undefined,
          () => undefined,
        ),
      );
    }
    opts.onCrash?.(err);
  };

  async function call<K extends keyof EngineMethods & string>(
    method: K,
    params: EngineMethods[K]['params'],
    o?: CallOptions<EngineMethods[K]['progress']>,
  ): Promise<EngineMethods[K]['result']> {
    const issuedIn = generation;
    await ready;
    // A call issued before a crash fails like the calls that were in flight, even if it had not
    // reached the worker yet (it was waiting for the old worker to be ready).
    if (issuedIn !== generation) throw crashedBefore;
    if (method === 'loadModel') lastLoad = params as EngineMethods['loadModel']['params'];
    return client.call(method, params, o);
  }

  start();
  // Every method of EngineMethods, checked by the compiler (a new method cannot be forgotten here).
  const methodSet: Record<keyof EngineMethods, true> = {
    loadModel: true,
    getSettings: true,
    updateSettings: true,
    listConversations: true,
    createConversation: true,
    renameConversation: true,
    deleteConversation: true,
    openConversation: true,
    ingest: true,
    chat: true,
    complete: true,
    snapshot: true,
    refreshGists: true,
    spanText: true,
    setPins: true,
    exportConversation: true,
    importConversation: true,
    setSystemPrompt: true,
    countTokens: true,
    forget: true,
    unforget: true,
    createCollection: true,
    listCollections: true,
    deleteCollection: true,
    attachCollection: true,
  };
  const methods = Object.keys(methodSet) as (keyof EngineMethods)[];
  const engine = Object.fromEntries(
    methods.map((m) => [m, (p: never, o?: CallOptions<unknown>) => call(m, p, o as never)]),
  ) as unknown as Engine;
  return {
    ...engine,
    dispose: () => {
      client.dispose();
      worker.terminate();
    },
  };
}
