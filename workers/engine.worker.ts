// Engine worker entry point: builds the browser host, serves the engine over typed RPC, then
// tells the main thread it is ready (calls sent before that would find no listener).
import { serveRpc, type Port } from '../src/protocol/rpc';
import { registerProjectErrors } from '../src/protocol/error-registry';
import { serializeError } from '../src/protocol/serializable-error';
import { MegaContextEngine } from '../src/runtime/engine';
import { createBrowserHost } from '../src/runtime/browser-host';
import type { EngineMethods } from '../src/runtime/engine-api';

registerProjectErrors();
const port = self as unknown as Port;
createBrowserHost().then(
  (host) => {
    serveRpc<EngineMethods>(port, new MegaContextEngine(host).handlers());
    port.postMessage({ kind: 'ready' });
  },
  (e: unknown) => port.postMessage({ kind: 'init-failed', error: serializeError(e) }),
);
