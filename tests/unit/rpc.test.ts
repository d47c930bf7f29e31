import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { RpcClient, serveRpc, type Port } from '../../src/protocol/rpc';
import { registerErrorClasses, RemoteError } from '../../src/protocol/serializable-error';

class QuotaError extends Error {
  override readonly name = 'QuotaError';
  constructor(
    message: string,
    readonly data: { needed: number },
  ) {
    super(message);
  }
}
registerErrorClasses({ QuotaError });

type Api = {
  add: { params: { a: number; b: number }; result: number; progress: never };
  count: { params: { to: number }; result: string; progress: number };
  fail: { params: { kind: 'typed' | 'unknown' | 'string' }; result: never; progress: never };
  wait: { params: null; result: string; progress: never };
};

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

function setup() {
  const { port1, port2 } = new MessageChannel();
  const stop = serveRpc<Api>(port2 as unknown as Port, {
    add: async ({ a, b }) => a + b,
    count: async ({ to }, ctx) => {
      for (let i = 1; i <= to; i++) ctx.progress(i);
      return 'done';
    },
    fail: async ({ kind }) => {
      if (kind === 'typed') throw new QuotaError('disk full', { needed: 42 });
      if (kind === 'unknown') throw new TypeError('bad type');
      throw 'plain string';
    },
    wait: (_p, ctx) =>
      new Promise((resolve, reject) => {
        const t = setTimeout(() => resolve('finished'), 5_000);
        ctx.signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(ctx.signal.reason);
        });
      }),
  });
  const client = new RpcClient<Api>(port1 as unknown as Port);
  closers.push(() => {
    stop();
    client.dispose();
    port1.close();
    port2.close();
  });
  return client;
}

describe('typed RPC over a real MessageChannel', () => {
  it('returns typed results', async () => {
    expect(await setup().call('add', { a: 2, b: 3 })).toBe(5);
  });

  it('streams progress before the result, in order', async () => {
    const seen: number[] = [];
    const r = await setup().call('count', { to: 5 }, { onProgress: (p) => seen.push(p) });
    expect(r).toBe('done');
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('rebuilds registered errors as the same class with their data', async () => {
    const err = await setup()
      .call('fail', { kind: 'typed' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuotaError);
    expect((err as QuotaError).data).toEqual({ needed: 42 });
    expect((err as Error).message).toBe('disk full');
  });

  it('keeps name and message of unregistered errors and non-Error throws', async () => {
    const c = setup();
    const e1 = await c.call('fail', { kind: 'unknown' }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(RemoteError);
    expect((e1 as Error).name).toBe('TypeError');
    const e2 = await c.call('fail', { kind: 'string' }).catch((e: unknown) => e);
    expect((e2 as Error).message).toBe('plain string');
  });

  it('cancels a running call through its AbortSignal', async () => {
    const c = setup();
    const ac = new AbortController();
    const p = c.call('wait', null, { signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    const err = await p.catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
    expect(c.pendingCount).toBe(0);
  });

  it('failAll rejects pending calls (worker crash)', async () => {
    const c = setup();
    const p = c.call('wait', null);
    c.failAll(new Error('worker crashed'));
    await expect(p).rejects.toThrow('worker crashed');
  });
});
