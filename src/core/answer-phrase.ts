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
const QUOTED = /^[^"'“”‘’«».!?\n]{1,60}?(?:["”’»]|'(?![\p{L}]))/u;

/** Of the value openings `starts`, those inside a short quoted span when `request` asks a phrase and there are any; else null. */
export function quotedPhraseStarts(source: string, request: string, starts: readonly number[]): number[] | null {
  if (!PHRASE_ASKED.test(request)) return null;
  const quoted = starts.filter((q) => {
    if (q === 0 || !OPENING.test(source[q - 1]!)) return false;
    const span = QUOTED.exec(source.slice(q, q + 64));
    return span !== null && span[0].trim().split(/\s+/).length <= 5;
  });
  return quoted.length > 0 ? quoted : null;
}
