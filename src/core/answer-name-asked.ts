// The name a "Who …" request asks (issue 16, answer copy — src/core/answer-copy.ts): of the names a
// quoted line holds, not the request's own subject and not a numbered room or group. Asked "Who backed
// Wrenfield's proposal about the dinner venue?" of "Mr. Tobias Wrenfield proposed …; this was seconded
// by Mr. Lemuel Harrap", the demo model answered "It is Tobias Wrenfield." — the name the request
// already says; asked "Who's taking Year 9 chemistry on Thursday …?" of "… | Room S14 (Lab S2 closed) |
// Dr. Fenwick Abernathy covering …", it answered "It is Room S14.". An extractive reader answers with
// an entity the question does not name. Writers 6 and 7 (training/recall/guard.py) asked so. Pure
// logic over words.

import { TITLES } from './answer-value-bounds.ts';
import { asksPerson } from './answer-kind.ts';

// A name's words from a start: capitalised words (a title's dot, a possessive, a hyphen inside),
// one space apart ("Mr. Lemuel Harrap", "Curlew's Daughter", "Room S14").
const NAME_RUN = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){0,4}/u;

/** A word as names are compared: letters and digits, lower case, no possessive or dot. */
const bare = (w: string) =>
  w
    .replace(/['’]s?$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/** The request's names: its capitalised words but its first, titles aside ("Wrenfield's" → wrenfield). */
function namesOf(request: string): Set<string> {
  const words = request.split(/\s+/).slice(1);
  return new Set(
    words
      .filter((w) => /^["'“‘(]?\p{Lu}/u.test(w))
      .map(bare)
      .filter((w) => w.length > 0 && !TITLES.has(w)),
  );
}

/**
 * Of `starts` (names), those whose name says none of the request's names — and, asked for a person
 * (answer-kind.ts `asksPerson`), holds no number: a room's or a group's ("registered as" asks "YK19
 * WZT") — when any remains; else `starts`.
 */
export function namesAsked(source: string, request: string, starts: readonly number[]): number[] {
  const said = namesOf(request);
  const person = asksPerson(request);
  const asked = starts.filter((q) => {
    const words = (NAME_RUN.exec(source.slice(q, q + 96))?.[0] ?? '').split(' ');
    return !words.some((w) => (person && /\p{N}/u.test(w)) || said.has(bare(w)));
  });
  return asked.length > 0 ? asked : [...starts];
}

/**
 * Of `starts`, those that do not open the request's own subject by its number: asked "What figure did
 * the Alder Close sellers say they'd go for?" of "Subject: 14 Alder Close - offer update … would accept
 * £318,500", the demo model answered "It is 14." — the number of the house the request names (writer
 * 101). A number followed by two or more capitalised words, one of them a request's name, is part of
 * that name ("14 Alder Close", "3 Quarry Row"); one followed by one capitalised word may count it ("40
 * Jersey cows"). All of `starts` when none remains.
 */
export function notSubjectNumbers(source: string, request: string, starts: readonly number[]): number[] {
  const said = namesOf(request);
  if (said.size === 0) return [...starts];
  const kept = starts.filter((q) => {
    const words = (NAME_RUN.exec(source.slice(q, q + 96))?.[0] ?? '').split(' ');
    if (!/^\p{N}/u.test(words[0]!)) return true;
    const named = words.slice(1).filter((w) => /^\p{Lu}/u.test(w));
    return !(named.length >= 2 && named.some((w) => said.has(bare(w))));
  });
  return kept.length > 0 ? kept : [...starts];
}
