// Asked a version (issue 16, answer copy — src/core/answer-copy.ts): "The Aurelis instrument's onboard
// software is at release" of writer 125's instrument record ("model: Aurelis 7200 GC ⏎ firmware:
// 3.8.2") asks the version, and a version is written as versions are — dotted numbers ("3.8.2",
// "v20.11", "2.9.0-rc1") — not the model's number beside the request's name ("7200 GC", the demo
// model's answer). A request that asks a version, a release, a firmware or a build keeps the openings
// written so, where there are any. Pure logic over characters.

// A request that asks a version: which one ("Which Lanternfish release sorted out …?", "What firmware
// version …"), or a completion left on its word ("… is at release", "… patched in Lanternfish v"); not a
// release said as the scene ("After the latest release, photos … are encoded" asks a JPEG quality).
const VERSION_ASKED =
  /\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:versions?|releases?|firmware|builds?|patch(?:es)?)\b|\b(?:versions?|releases?|firmware|build|v)\s*$|\bversion number\b/iu;
// A version's shape: a "v" and its number, or three numbers joined by dots — not a date's ("12.03.2024")
// nor a server's address ("10.4.7.19").
const VERSION_SHAPED = /^(?:v\d+(?:\.\d+)*|(?!\d{1,2}\.\d{1,2}\.\d{4})\d+\.\d+\.\d+)(?![\p{L}\p{N}]|\.\d)/iu;

/** Of `starts`, those written as a version when `request` asks one and there are any; else `starts`. */
export function versionStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!VERSION_ASKED.test(request)) return [...starts];
  const versions = starts.filter((q) => VERSION_SHAPED.test(source.slice(q, q + 24)));
  return versions.length > 0 ? versions : [...starts];
}
