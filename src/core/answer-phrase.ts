// Asked a phrase, a password or a word to say (issue 16, answer copy — src/core/answer-copy.ts): a
// source that sets such a phrase apart sets it in quotation marks — "If anyone shouts 'Marmalade
// Sunday' during the duel, everybody freezes.", "Ella's school pick-up password this term is 'orange
// kite'", "the old word 'velamaroth'" — and the value opens inside the marks, whatever its kind (a
// password need hold no digit). Writers 7, 31 and 118 (training/recall/guard.py) asked so; the demo
// model copied a word of the sentence around it ("It is go.", "It is froze."). Only a short span
// counts (up to five words, no sentence's end inside): a novel's dialogue is quoted too. Pure logic
// over words.

// A request for words to say or type: "What phrase has been agreed …", "the safe word", "the password", or a
// completion left on the saying ("… freeze on the spot if someone calls out").
const PHRASE_ASKED =
  /\b(?:phrase|passphrase|password|pass ?word|safe ?word|code ?word|secret word|magic word|watchword|motto|slogan|catchphrase|incantation)s?\b|\b(?:calls? out|called out|shouts?|shouted|yells?|yelled|says?|said|whispers?|whispered|utters?|uttered)\s*$/i;

// An opening mark right before a value, and its closing mark within five words with no sentence's end inside.
const OPENING = /["'“‘«]$/u;
const MARK_THEN_WORD = /(?<![\p{L}\p{N}])["'“‘«][\p{L}\p{N}]/gu;
// (an apostrophe between letters is no closing mark: "The Shepherd's Ember")
const SPAN_WORDS = String.raw`^(?:[^"'“”‘’«».!?\n]|(?<=\p{L})['’](?=\p{L})){1,60}?`;
const CLOSING = String.raw`(?:["”»]|['’](?!\p{L}))`;
const QUOTED = new RegExp(SPAN_WORDS + CLOSING, 'u');
// (a name's sentence may end inside the marks: 'named the old pear tree "the Bishop."' — not a comma, which
// goes on speaking: '"It bows to no one," she told us'; a phrase's may not: '"The password is tide."' is said)
const QUOTED_NAME = new RegExp(String.raw`${SPAN_WORDS}(?<!,)[.!?]?${CLOSING}`, 'u');

// What a thing is called, asked, where a source sets the name apart the same way ("christened the yellow
// Tiger Moth 'Marigold Jenny'", 'rename the lamb flatbread "The Shepherd's Ember"', "insisted on calling
// 'heron teal'": writers 124, 126, 127): "What nickname …", "What new title did we settle on …", "What did
// the committee officially call …", "… go by?", a completion left on the naming ("… is now called", "…
// was nicknamed"); not a name the request gives ("The old chain ferry nicknamed the Clanker was taken out
// of service in" asks a year).
const NAMING_ASKED =
  /\b(?:what|which)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:nicknames?|pet names?|new names?|new titles?)\b|\bwhat\s+(?:did|do|does|has|have|had|is|are|was|were)\b[^?]*\b(?:call|dub|christen|rename|nickname)(?:s|ed)?\b|\b(?:go|goes|went|going) by\s*\?|\b(?:nicknamed|renamed|christened|dubbed|called|known as|go(?:es)? by(?: the name(?: of)?)?|went by)\s*$/iu;

/** Of the value openings `starts`, those inside a short quoted span when `request` asks a phrase or what a thing is called and there are any; else null. */
export function quotedPhraseStarts(source: string, request: string, starts: readonly number[]): number[] | null {
  const phrase = PHRASE_ASKED.test(request);
  if (!phrase && !NAMING_ASKED.test(request)) return null;
  // (a phrase may open with a word no other value opens with: "The Shepherd's Ember")
  const marks = [...source.matchAll(MARK_THEN_WORD)].map((m) => m.index! + m[0].length - 1);
  const quoted = [...new Set([...starts, ...marks])]
    .sort((a, b) => a - b)
    .filter((q) => {
      // (an opening mark, not an apostrophe after a letter: "Shepherd's")
      if (q === 0 || !OPENING.test(source[q - 1]!) || /[\p{L}\p{N}]/u.test(source[q - 2] ?? '')) return false;
      const span = (phrase ? QUOTED : QUOTED_NAME).exec(source.slice(q, q + 64));
      return span !== null && span[0].trim().split(/\s+/).length <= 5;
    });
  return quoted.length > 0 ? quoted : null;
}
