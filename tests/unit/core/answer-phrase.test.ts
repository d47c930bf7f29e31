// Asked a phrase or a password (src/core/answer-phrase.ts): the value opens inside a short quoted span,
// whatever its kind; a novel's quoted dialogue is no phrase, and a request that asks none keeps every
// opening. Wordings of writers who never saw the rule (training/recall/guard.py writers 7, 31, 118).
import { describe, expect, it } from 'vitest';
import { quotedPhraseStarts } from '../../../src/core/answer-phrase';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const phrase = (source: string, request: string) => {
  const starts = new ValueBounds(source, FUNCTION_WORDS).starts;
  // (to the closing mark: not an apostrophe between letters, "The Shepherd's Ember")
  return quotedPhraseStarts(source, request, starts)?.map((q) => source.slice(q).split(/"|'(?!\p{L})/u)[0]) ?? null;
};

describe('quotedPhraseStarts', () => {
  it('opens a phrase or a password asked inside its quotation marks', () => {
    const duel = `Fight director's note: "If anyone shouts 'Marmalade Sunday' during the duel, everybody freezes."`;
    expect(phrase(duel, 'What phrase has been agreed to halt the sword fight immediately?')).toEqual([
      'Marmalade Sunday',
    ]);
    expect(phrase(duel, 'During the duel, actors know to freeze on the spot if someone calls out')).toEqual([
      'Marmalade Sunday',
    ]);
    const school = "Ella's school pick-up password this term is 'orange kite' -- gate closes at 3:20, room 4.";
    expect(phrase(school, "What's the safe word I have to give to collect Ella from school?")).toEqual(['orange kite']);
    const gate = "the Gate opens only to one who speaks the old word 'velamaroth' beneath a waning moon.";
    expect(phrase(gate, "What's the magic password for getting past that wall?")).toEqual(['velamaroth']);
  });

  it('reads no sentence of dialogue as a phrase, and nothing when none is asked', () => {
    const talk = '"I shall go to Bath tomorrow, whatever the weather may be," said Anne. "The password is tide."';
    expect(phrase(talk, 'What is the password?')).toBeNull();
    const school = "Ella's school pick-up password this term is 'orange kite'.";
    expect(phrase(school, 'When does the school gate close?')).toBeNull();
  });

  it('opens a name a source sets apart when a nickname, a new title or what a thing is called is asked', () => {
    const moth = "Old Tom had christened the yellow Tiger Moth 'Marigold Jenny' the summer he rebuilt her wings.";
    expect(phrase(moth, "What nickname did the school's yellow biplane go by?")).toEqual(['Marigold Jenny']);
    const menu = 'Agreed to rename the lamb flatbread "The Shepherd\'s Ember" for the truck menu; price stays at 11.';
    expect(phrase(menu, 'What new title did we settle on for the lamb wrap?')).toEqual(["The Shepherd's Ember"]);
    expect(phrase(menu, "After the meeting, the truck's lamb flatbread is now called")).toEqual([
      "The Shepherd's Ember",
    ]);
    // (an apostrophe after a letter opens nothing)
    expect(phrase("Mia's 'big' plan", 'What new title did Mia give it?')).toEqual(['big']);
  });
});
