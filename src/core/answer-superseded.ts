// Superseded values (issue 16, answer copy — src/core/answer-copy.ts): a fact that changed says its
// old value beside the new one, and a request about it asks the value now. Writers who never saw our
// rules wrote "It drew 14,382 visitors …, up from 11,905 last year", "pushed to 4:45 pm Thursday (it
// was 2:15)", "now expects completion on 28 August 2025 (slipped from 12 June)", "the earlier turnout
// estimate of 63.4% was corrected to 58.7%", "it's 5082 now not 9147", and the demo model, free to
// open at either value of the kind asked for, answered the old one ("It is 11,905.", "It is 12
// June."). A value the source marks as the one before a change, or as the one it is not, opens no
// value when another remains — unless the request asks the old one ("… last year?", "… originally?").
// Pure logic over words.

import { MONTHS } from './answer-value-bounds.ts';

// What marks the value after it as the old one: a change "from" ("up from", "slipped from", "down
// from nearly", "moving from Tuesdays to …", "moving from Saturday 02:00 to …", a verb in any form and
// up to four words before its "from": "will increase from £875", "raise the standard Saturday pitch from £35", "had to move Biscuit's dental
// cleaning from Tue 9 April"), a bracket's "(it
// was", "(previously" or a comment's ("replicas: 14 ⏎ # was 6 before"), an adverb of before ("it had
// originally been closed on 2 March 2024"), a "not" or "instead of" (a title aside: "rather than Dr. Lindqvist"; and what it lists: "'Kingfisher' instead of 'Heron'
// or 'Osprey'"), a comparison's other term ("$48,250, compared with $41,900 last year"), an old value's adjective a few words before ("the earlier turnout estimate of"; not
// "old", said of people: "old Tobias Wrenfield"; or a label's: "Previous certificate: BX-3902-F"; or
// set off by a comma: "The earlier one, INV-2274 for €640, was paid").
const CHANGED_FROM =
  /\b(?:up|down|slip|slipped|slips|move|moved|moves|moving|change|changed|changes|changing|raise|raised|raises|lower|lowered|lowers|increase|increased|increases|increasing|decrease|decreased|decreases|reduce|reduced|reduces|rise|rises|rising|rose|fall|falls|falling|fell|drop|drops|dropped|push|pushed|postpone|postponed|delay|delayed|bring forward|brought forward|revise|revised|correct|corrected|update|updated|switch|switched|switching|bump|bumped|cut|cuts|shift|shifted|reschedule|rescheduled|gone|went|going|(?:upgrad|downgrad|extend|relocat|renam|migrat|transferr|rebook|reschedul|postpon|delay|push|bump|shift|lower|rais)(?:e|es|ed|ing|s)?)\s+(?:[\p{L}'’]+\s+){0,4}?from\s+(?:(?:the|a|an|its|their|current|nearly|about|around|roughly|almost|over|under)\s+)*(?:(?!to\b)\S+\s+)?[$£€¥₹]?$/iu;
const BRACKET_WAS =
  /(?:\(|(?:^|\s)(?:#|\/\/|--))\s*(?:(?:it|that|this|they)\s+)?(?:was|were|used to be|previously|formerly|originally|old|from)\s*:?\s*$/iu;
// (or an adverb of before, a few words ahead: "it had originally been closed on 2 March 2024")
const ONCE_BEFORE = /\b(?:originally|previously|formerly|initially)(?:\s+[\p{L}'’-]+){0,4}\s+$/iu;
// (or a rival a vote beat: "agreed new name 'Static Orchard' (beat 'The Lowtides' 3 votes to 2)" — writer 61)
const NOT_BEFORE =
  /(?:^|[\s,;(])(?:not|NOT|instead of|rather than|replacing|in place of|compared (?:with|to)|as against|versus|vs\.?|beat|beating|defeating|outvoting)\s+(?:(?:the|a|an|that|this)\s+)?(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Capt|Rev|St)\.?\s+)?["'“‘$£€¥₹]?(?:\S+\s+(?:or|nor|and)\s+["'“‘]?)?$/u;
// (or a "no longer" before it, a verb or two and a preposition between: "excavated spoil will no longer go
// to Cutler Yard; … all spoil is to be hauled to Brennock Quarry" — writer 145)
const NO_LONGER_BEFORE =
  /\bno longer\s+(?!than\b)(?:[\p{L}'’-]+\s+){0,2}?(?:(?:to|at|in|on|into|with|via|through|from|by|for|as)\s+)?(?:(?:the|a|an)\s+)?["'“‘$£€¥₹]?$/iu;
const OLD_ADJECTIVE =
  /\b(?:earlier|previous|former|original|initial|outdated|prior|superseded)(?:\s+[\p{L}-]+){0,3}\s*(?:(?:of|was|at|is)\s+|[:=,]\s*)?$/iu;
// ("old" before a thing's word in lower case: "The old code 4471 no longer works", not "old Tobias")
const OLD_THING = /\bold\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*(?:(?:of|was|is)\s+|[:=,]\s*)?$/u;
// (or a record's key that says so: "previous_firmware": "4.9.0", old_pin = 4471, pin_prev = 4471 — writer 121's
// press; not "vaccine_reminder_days_before: 21")
const OLD_KEY =
  /\b(?:old|prev|previous|prior|former|original|legacy)[_-][\w-]*["']?\s*[:=]\s*["']?$|\b[\w-]+[_-](?:old|prev|previous)["']?\s*[:=]\s*["']?$/iu;
// (or what follows it: "63.4% was corrected to 58.7%", "2:15, now moved to 4:45")
const CHANGED_AFTER =
  /^\S*\s+(?:(?:was|were|has been|had been|is|got|now|since)\s+)?(?:corrected|changed|revised|replaced|updated|superseded|moved|pushed|postponed|cancell?ed|withdrawn|raised|lowered|dropped)\s+(?:to|by|with)\b/iu;

// (or an arrow to the new one: "firmware update complete 2.8.1 -> 2.9.0", "individual $40 -> $45"; or
// a mark that it no longer holds: "BX-3902-F (cancelled)", "the old one, MH-40622-A, was cancelled",
// "v3.12.3 is deprecated", "4471 no longer works", "the 3:10 boat is cancelled" — writer 128)
const ARROW_AFTER = /^[^\s,;]+\s*(?:-+>|→|⟶|=>|⇒)\s*\S/u;
const ENDED_AFTER =
  /^[^\s,;]+(?:\s*\(\s*(?:cancell?ed|void|superseded|expired|old|obsolete|deprecated|withdrawn|replaced|revoked|retired|discontinued)\s*\)|,?\s+(?:(?:is|was|were|has been|had been|is now|now)\s+)?(?:cancell?ed|voided|superseded|expired|obsolete|deprecated|withdrawn|revoked|retired|discontinued|no longer)\b)/iu;

// (or a "was" the clause takes back: "it was 4417 but Sandra reset it this morning" — writer 125)
const WAS_BEFORE = /\b(?:it|that|this|they|he|she)\s+(?:was|were|used to be)\s+$/iu;
const BUT_AFTER = /^[^\s,;]+,?\s+(?:but|until|till)\b/iu;

// (or a thing's word or two between: "the 3:10 boat is cancelled" — lower case, in the value's sentence)
const ENDED_AFTER_THING =
  /^[^\s,;.]+(?:\s+\p{Ll}[\p{Ll}-]*){1,2}\s+(?:is|was|were|has been|had been)\s+(?:cancell?ed|called off|scrapped|withdrawn|discontinued)\b/u;

// A request that asks the old value ("What was the attendance last year?", "… originally …", "Which
// certificate was cancelled?").
const ASKS_OLD =
  /\b(?:old|older|earlier|previous(?:ly)?|former(?:ly)?|original(?:ly)?|initial(?:ly)?|before|used to|last year|prior|first|cancell?ed|cancel|void|deprecated|expired|withdrawn|revoked|retired|discontinued|obsolete)\b/i;

/** The text of `source` before `q` back to its clause's start (a sentence's end or the line's). */
function clauseBefore(source: string, q: number): string {
  const head = source.slice(Math.max(0, q - 80), q);
  const cut = Math.max(head.lastIndexOf('\n'), ...[...head.matchAll(/[.!?;](?=\s)/g)].map((m) => m.index!));
  return cut >= 0 ? head.slice(cut + 1) : head;
}

/** Does `source` mark the value at `q` as superseded (an old value, or one it says it is not)? */
export function supersededAt(source: string, q: number): boolean {
  const before = clauseBefore(source, q);
  const after = source.slice(q, q + 64);
  return (
    [CHANGED_FROM, BRACKET_WAS, ONCE_BEFORE, NOT_BEFORE, NO_LONGER_BEFORE, OLD_ADJECTIVE, OLD_THING, OLD_KEY].some(
      (re) => re.test(before),
    ) ||
    // (a quoted value's mark is no word of its clause: "The previous name 'Big Bertha' is retired"; not
    // "old" there, said of a thing's age: "the old word 'velamaroth'")
    OLD_ADJECTIVE.test(before.replace(/["'“‘«]$/u, '')) ||
    [CHANGED_AFTER, ARROW_AFTER, ENDED_AFTER, ENDED_AFTER_THING].some((re) => re.test(after)) ||
    (WAS_BEFORE.test(before) && BUT_AFTER.test(after))
  );
}

/**
 * The starts of `starts` that `source` does not mark as superseded, when `request` does not ask an
 * old value and some remain; else `starts`.
 */
export function currentStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (ASKS_OLD.test(request)) return [...starts];
  const kept = starts.filter((q) => !supersededAt(source, q));
  if (kept.length === 0) return [...starts];
  // asked the new value, the one a change goes "to" from a value it marks as old ("What's the new
  // … setting?" of "default JPEG quality drops from 85 to 78", not "AVIF" beside it)
  if (ASKS_NEW.test(request)) {
    const changedTo = kept.filter((q) => {
      const m = TO_BEFORE.exec(source.slice(Math.max(0, q - 40), q));
      // (the old value of a change: "from" before it or an arrow after it — not a word a "not" marks: "Do NOT
      // give it to customers" is no change to "customers")
      const changed = (p: number) =>
        FROM_BEFORE.test(source.slice(Math.max(0, p - 32), p)) || /-+>|→|=>/u.test(source.slice(p, q));
      return m !== null && starts.some((p) => p < q && p >= q - m[0].length && supersededAt(source, p) && changed(p));
    });
    if (changedTo.length > 0) return changedTo;
  }
  return kept;
}

// A request that asks the value after a change ("What's the new …?", "… now?", "… currently …"; "Once the
// increase kicks in, what will I be paying …?", "… after the bakery increase?", "From September the family
// subscription will be": writers 11, 74 and 106).
const ASKS_NEW = new RegExp(
  `\\b(?:new|now|current|currently|latest|updated|revised|changed|increase[sd]?|rise[sn]?|raised?|drop(?:s|ped)?|reduc(?:e|ed|tion)|renews|renewed|goes up|going up|goes down|kicks? in|these days|from now on|going forward|onwards?|from (?:${[...MONTHS].join('|')}))\\b`,
  'i',
);
const FROM_BEFORE = /\bfrom\s+(?:\S+\s+)?[$£€¥₹]?$/iu;
// A change's "to" (or arrow) right after the old value: "from 85 to ", "from £875 to ", "from Tue 9 April to ", "$55 -> ".
const TO_BEFORE = /\S+(?:\s+\S+){0,2}\s+(?:to|-+>|→|=>)\s*[$£€¥₹]?$/u;
