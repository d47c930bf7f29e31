// Which number a request for a port asks (issue 16, answer copy — src/core/answer-copy.ts): of the
// values of the code kind (answer-kind.ts), a network port is the number after its host's name and
// colon ("redis://cache-02.internal:6380/3") or after the word "port" ("port 5432", "PORT=8080"),
// not another setting's number beside it ("SESSION_TTL_SECONDS=5400"), as a URL parser reads a URL.
// Writers 1–92's short sets asked "What port is the … cache listening on?" and "… reachable on
// port". Pure logic over characters.

const ASKS_PORT = /\bports?\b/i;
// A port's number right after its host ("internal:", "localhost:") or its word ("port 5432", "PORT=8080").
const PORT_BEFORE = /(?:\p{L}:|\bport\s*[=:]?\s*)$/iu;

/** Of `starts` (of the code kind), the ports when `request` asks a port and `source` writes some; else `starts`. */
export function portStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!ASKS_PORT.test(request)) return [...starts];
  const ports = starts.filter(
    (q) => /^\d/.test(source[q] ?? '') && PORT_BEFORE.test(source.slice(Math.max(0, q - 8), q)),
  );
  return ports.length > 0 ? ports : [...starts];
}
