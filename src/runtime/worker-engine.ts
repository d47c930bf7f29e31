// Main-thread proxy of the engine (ARCHITECTURE §6: one engine interface, two implementations):
// spawns the worker, waits for it to be ready, forwards typed calls, and recovers from a crashed
// worker by starting a new one and reloading the model — the MegaContext trees live in IndexedDB,
// so nothing is lost; the calls in flight fail with WorkerCrashedError.
import { RpcClient, type CallOptions, type Port } from '../protocol/rpc';
import { deserializeError, type SerializedError } from '../protocol/serializable-error';
import { registerProjectErrors } from '../protocol/error-registry';
import { WorkerCrashedError } from '../protocol/worker-errors';
import type { Engine, EngineMethods } from './engine-api';

export interface WorkerEngineOptions {
  /** Creates the worker (injectable for tests). */
  spawn?: () => Worker;
  /** Told when the worker crashed and was restarted. */
  onCrash?: (error: WorkerCrashedError) => void;
}

export interface WorkerEngine extends Engine {
  dispose(): void;
}

const defaultSpawn = () => new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'megacontext-engine' });

export function createWorkerEngine(opts: WorkerEngineOptions = {}): WorkerEngine {
  registerProjectErrors();
  const spawn = opts.spawn ?? defaultSpawn;
  let worker: Worker;
  let client: RpcClient<EngineMethods>;
  let ready: Promise<void>;
  let lastLoad: EngineMethods['loadModel']['params'] | null = null;

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
    const err = new WorkerCrashedError(`The engine worker crashed (${detail}); it was restarted and your memory is safe in this browser's storage.`, { detail });
    client.failAll(err);
    client.dispose();
    worker.terminate();
    start();
    if (lastLoad) void call('loadModel', lastLoad).catch(() => undefined);
    opts.onCrash?.(err);
  };

  async function call<K extends keyof EngineMethods & string>(method: K, params: EngineMethods[K]['params'], o?: CallOptions<EngineMethods[K]['progress']>): Promise<EngineMethods[K]['result']> {
    await ready;
    if (method === 'loadModel') lastLoad = params as EngineMethods['loadModel']['params'];
    return client.call(method, params, o);
  }

  start();
  const methods: (keyof EngineMethods)[] = [
    'loadModel', 'getSettings', 'updateSettings', 'listConversations', 'createConversation', 'renameConversation', 'deleteConversation',
    'openConversation', 'ingest', 'chat', 'snapshot', 'spanText', 'exportConversation', 'importConversation',
  ];
  const engine = Object.fromEntries(methods.map((m) => [m, (p: never, o?: CallOptions<unknown>) => call(m, p, o as never)])) as unknown as Engine;
  return {
    ...engine,
    dispose: () => {
      client.dispose();
      worker.terminate();
    },
  };
}
