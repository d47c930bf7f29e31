// Errors that cross the worker boundary (ARCHITECTURE §6: "errors cross the boundary as
// {name, message, data} and are rebuilt as the same class"): the wire form and the mechanism. The
// project's typed errors are listed once, in error-registry.ts; an unknown name is rebuilt as
// RemoteError (nothing is lost).

/** Wire form of an error. `data` must be structured-clonable. */
export interface SerializedError {
  name: string;
  message: string;
  data?: unknown;
  stack?: string;
}

/** An error class whose instances keep all their state in `name`, `message` and `data`. */
export type ErrorClass = abstract new (...args: never[]) => Error;

const registry = new Map<string, ErrorClass>();

/**
 * Registers error classes under the `name` their instances carry (the keys: `{ StorageQuotaError }`
 * — a string key survives minification, a class's own `.name` does not). A rebuilt error is a real
 * Error with the class's prototype (instanceof works) and the wire's `name`, `message` and `data`;
 * the constructor is not run, so a class must keep any other field derivable from `data` (a getter).
 */
export function registerErrorClasses(classes: Readonly<Record<string, ErrorClass>>): void {
  for (const [name, cls] of Object.entries(classes)) registry.set(name, cls);
}

/** The class registered under `name`, if any (for tests and diagnostics). */
export function registeredErrorClass(name: string): ErrorClass | undefined {
  return registry.get(name);
}

/** An error whose class is not registered on this side: name, message and data are kept. */
export class RemoteError extends Error {
  override readonly name: string;
  constructor(
    serialized: SerializedError,
    readonly data: unknown = serialized.data,
  ) {
    super(serialized.message);
    this.name = serialized.name;
  }
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) {
    const data = (e as Error & { data?: unknown }).data;
    const out: SerializedError = { name: e.name, message: e.message };
    if (data !== undefined) out.data = safeClone(data);
    if (e.stack) out.stack = e.stack;
    return out;
  }
  return { name: 'Error', message: typeof e === 'string' ? e : (JSON.stringify(e) ?? String(e)) };
}

export function deserializeError(s: SerializedError): Error {
  const cls = registry.get(s.name);
  let err: Error;
  if (cls) {
    // A real Error (stack, toString) whose prototype is the class's: no constructor argument juggling.
    err = Reflect.construct(Error, [s.message], cls) as Error;
    err.name = s.name;
    if (s.data !== undefined) (err as Error & { data: unknown }).data = s.data;
  } else if (s.name === 'AbortError') {
    err = new DOMException(s.message, 'AbortError');
  } else {
    err = new RemoteError(s);
  }
  if (s.stack) {
    try {
      err.stack = `${s.stack}\n    (rethrown across the worker boundary)`;
    } catch {
      /* some hosts make stack read-only */
    }
  }
  return err;
}

/** Data must survive structuredClone; anything that does not is replaced by its JSON form. */
function safeClone(data: unknown): unknown {
  try {
    return structuredClone(data);
  } catch {
    try {
      return JSON.parse(JSON.stringify(data));
    } catch {
      return String(data);
    }
  }
}
