// A push → pull bridge for the library's streams (issue 20 item 3): the engine reports streamed
// tokens through a progress callback; OpenAI-style streams are async iterables and Prompt-API
// streams are ReadableStreams. Values pushed before anyone reads are kept in order; `fail`
// surfaces an error to the reader; a reader that stops early (`return()`) calls `onCancel`.

export interface AsyncQueue<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  /** No more values: the iteration ends once the buffered values are read. */
  end(): void;
  /** The iteration throws `error` once the buffered values are read. */
  fail(error: unknown): void;
}

export function asyncQueue<T>(onCancel: () => void = () => {}): AsyncQueue<T> {
  const buffered: T[] = [];
  const waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }[] = [];
  let done = false;
  let error: { e: unknown } | null = null;

  const settle = () => {
    while (waiting.length > 0 && (buffered.length > 0 || done)) {
      const w = waiting.shift()!;
      if (buffered.length > 0) w.resolve({ value: buffered.shift()!, done: false });
      else if (error) w.reject(error.e);
      else w.resolve({ value: undefined, done: true });
    }
  };

  const q: AsyncQueue<T> = {
    push(value) {
      if (done) return;
      buffered.push(value);
      settle();
    },
    end() {
      done = true;
      settle();
    },
    fail(e) {
      if (done) return;
      error = { e };
      done = true;
      settle();
    },
    next() {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift()!, done: false });
      if (done) return error ? Promise.reject(error.e) : Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      if (!done) onCancel();
      done = true;
      buffered.length = 0;
      error = null;
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return q;
    },
  };
  return q;
}

/** The queue as a ReadableStream (Prompt API streams); cancelling the stream cancels the queue. */
export function queueToReadableStream<T>(q: AsyncQueue<T>): ReadableStream<T> {
  return new ReadableStream<T>({
    async pull(controller) {
      try {
        const r = await q.next();
        if (r.done) controller.close();
        else controller.enqueue(r.value);
      } catch (e) {
        controller.error(e);
      }
    },
    cancel() {
      void q.return?.();
    },
  });
}
