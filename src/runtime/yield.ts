// Lets queued events run (e.g. the RPC "cancel" message in the worker). onnxruntime-web's WASM
// runs resolve as microtasks, so a decode loop that only awaits them never returns to the event
// loop, and a Stop click would be read only after the whole answer.

/** Resolves after the event loop had a chance to run pending tasks (a macrotask turn). */
export function yieldToEventLoop(): Promise<void> {
  // Not scheduler.yield(): its continuation is prioritised over queued tasks, which is exactly
  // what must not happen here. A MessageChannel message queues behind them.
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
