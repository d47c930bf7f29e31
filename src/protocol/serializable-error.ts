// Errors that cross the worker boundary (ARCHITECTURE §6: "errors cross the boundary as
// {name, message, data} and are rebuilt as the same class"). Every typed error of the project
// registers its class here; an unknown name is rebuilt as RemoteError (nothing is lost).

/** Wire form of an error. `data` must be structured-clonable. */
export interface SerializedError {
  name: string;
  message: string;
  data?: unknown;
  stack?: string;
}

/** A constructor that can rebuild an error from its message and data. */
export type ErrorClass = new (message: string, data: never) => Error;

const registry = new Map<string, (s: SerializedError) => Error>();

/**
 * Registers error classes by their `name`. The class's constructor must accept
 * `(message, data)` and expose `name` as an own property or prototype field.
 */
export function registerErrorClasses(...classes: ErrorClass[]): void {
  for (const cls of classes) {
    // Instantiate once to read the name the class assigns (class fields are set in the ctor).
    const probe = new cls('probe', {} as never);
    registry.set(probe.name, (s) => new cls(s.message, s.data as never));
  }
}

/** Registers a custom rebuild function for errors whose constructor is not `(message, data)`. */
export function registerErrorRebuilder(names: readonly string[], rebuild: (s: SerializedError) => Error): void {
  for (const name of names) registry.set(name, rebuild);
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
  return { name: 'Error', message: typeof e === 'string' ? e : JSON.stringify(e) ?? String(e) };
}

export function deserializeError(s: SerializedError): Error {
  const rebuild = registry.get(s.name);
  let err: Error;
  if (rebuild) {
    err = rebuild(s);
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
