// The kind of value a request's verb asks for (issue 16, answer copy — src/core/answer-copy.ts; seed
// concept: the runtime's answer step, ARCHITECTURE §2), read where no question word, attribute or last
// words say one (answer-kind.ts's `statedKind` is null) and the request asks no place: "… kicks off at"
// asks the hour, "… send it to" and "Which mailbox …?" an address, "What did Hollis & Sons charge me …?"
// a sum. Writers 1–182's requests of no kind lost most where the verb alone says what is asked:
// completions were right 60 % of the time with a number for an answer, 53 % with a clock time, 22 % with
// an e-mail or web address (docs/memory-check.md, "Kinds a verb says"). Kept apart from answer-kind.ts's
// stated kinds because the memory check calls a value unstated only where the request's words state its
// kind (unstated-kind.ts): a verb some words back suggests one and does not promise it. Pure logic over
// words.

import type { AnswerKind } from './answer-kind.ts';

/** The kind `clause` (a request's question clause, answer-kind.ts's `askedClause`) asks by its verb, or null. */
export function verbKind(clause: string): AnswerKind | null {
  if (MAILBOX.test(clause)) return 'address';
  const completion = !clause.includes('?');
  if (completion && HAPPENS_AT.test(clause)) return 'time';
  if (completion && SENT_TO.test(clause)) return 'address';
  if (PAID.test(clause) && !PAID_NOT.test(clause) && (completion || ASKS_WHAT.test(clause))) return 'count';
  return null;
}

// A completion that ends on "at" some words after something happening at an hour asks the hour ("…
// kicks off at", "… sets off from school at", "… closes its doors at", "… is due on the doorstep at",
// "Our appointment … is at", "… the latest crossing to Skellig Quay goes at"): of writers 1–182's
// completions so worded that asked no kind, 58 asked a clock time and 2 did not ("… leave their cars
// at" a place, "… starts rolling off the lows at" 80 Hz) — "… held at", "… billed at", "… located at"
// say no hour. (answer-kind.ts's TIME reads the same verbs right before "at"; this reads them some
// words back, only where nothing else asks a kind.)
const HAPPENING = [
  '(?:kicks?|kicked) off',
  'kick-off',
  '(?:begins?|began|beginning|starts?|started|starting)',
  '(?:sets?|setting) (?:off|out)',
  '(?:leaves?|leaving)',
  '(?:departs?|departed|departing)',
  '(?:opens?|opened|opening|open)',
  '(?:closes?|closed|closing)',
  '(?:shuts?|shutting)',
  '(?:arrives?|arrived|arriving)',
  '(?:reach|reaches|reached)',
  '(?:lands?|landed)',
  'due',
  'expected',
  '(?:re)?scheduled',
  '(?:goes|go|went) (?:off|out|in)',
  '(?:gets?|got) (?:in|going|underway)',
  'underway',
  'gathers?',
  'report',
  'sit down',
  'switch(?:es)? on',
  'fires? up',
  'airborne',
  '(?:turns?|turned) up',
  'serves?',
];
// (or a timetabled thing that "is", "goes", "runs" or "leaves" at: "The final pickup … is at")
const TIMETABLED =
  'appointment|pickup|pick-up|collection|session|meeting|service|crossing|departure|practice|rehearsal|lesson|class|shift|ceremony|train|bus|ferry|flight';
const WORDS_APART = "(?:\\s+[\\p{L}\\p{N}'’-]+){0,7}?";
const HAPPENS_AT = new RegExp(
  `\\b(?:${HAPPENING.join('|')})\\b${WORDS_APART}\\s+at\\s*$|\\b(?:${TIMETABLED})\\b${WORDS_APART}\\s+(?:is|goes|runs|leaves)\\s+at\\s*$`,
  'iu',
);

// A completion that ends where a message is sent, a few words after its verb, asks an address ("If you
// need to write to Tomasz Wielgus, send it to", "… wrote to us from", "… falls back to contacting"), and
// so does any request about a mailbox ("… her mailbox is", "Which mailbox does Brightwater want its
// bills sent to …?"): of writers 1–182's requests so worded that asked no kind, 13 asked an e-mail
// address or a web address and none did not. A thing "sent to" goes to a place or a person unless what
// is sent is said ("send it to", "… sent by the uploader script to"; not "… send the word ACTIVATE to"
// 61550, writer 91, nor "The otter Pebble is being sent off to" a wildlife park, writer 192); a person
// "contacted at" or rung is reached on a phone number (answer-kind.ts's REACHED_ON and CODE), and one
// "looking forward to" asks nothing sent.
const MAILBOX = /\b(?:mailbox|inbox)(?:es)?\b/i;
const SENT_TO =
  /\b(?:write|wrote|writes|(?:send|sent|sends)(?= (?:it|them|one|this|that|mail|messages?|e-?mails?|an? (?:message|note|line|mail|e-?mail)|by)\b)|mail|mailed|email|e-mail|emailed|reply|replies|(?<!\blook(?:s|ing|ed)? )forward|forwarded)\b(?:\s+[\p{L}\p{N}'’-]+){0,4}?\s+(?:to|from|at)\s*$|\bcontacting\s*$/iu;

// A request that asks what was paid, charged, billed or spent asks a sum ("What did Hollis & Sons charge
// me for the hour and a half of work?", "What did the hellebores come to altogether …?", "Each month,
// the TailSafe cover would set me back"): of writers 1–182's requests so worded that asked no kind, 141
// asked a number and 4 did not (two a sum in words: "fourpence"). A question must ask "what" or "how
// much" ("How do I pay the fine?", "Which card did I pay with?" ask none); not who is in charge, who was
// paid or billed, when or where one pays ("The overdue-book charge can be paid at the" Merrow Building);
// lower case only ("What did Bill say?" names a person). Not answer-quantity.ts's ASKS_MONEY, which asks
// whether a count is a price: as a kind of its own it took "sold as", "bought from", "money raised … will
// go to" (read on the whole requests: 144 and 15, against these words' 144 and 4).
const PAID =
  /\b(?:charges?|charged|charging|pay|pays|paying|paid|bill|bills|billed|cost|costs|come to|came to|comes to|set (?:me|us|him|her|them|you) back|fork out|shell out|owe|owes|owed|spend|spent|spends|earn|earns|earned|refund|refunded|reimburse|reimbursed)\b/;
const PAID_NOT =
  /\b(?:in charge|taking charge|take charge|billing|no-charge|(?:paid|billed|charged) to|paid (?:on|at|by|into|for)|paying (?:for|the money|back)|be paid at|came to the|spend the|(?:is|are|was|were) paid$)/i;
const ASKS_WHAT = /\b(?:what|how much)\b/i;
