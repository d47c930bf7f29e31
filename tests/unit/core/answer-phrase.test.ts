// Asked a phrase or a password (src/core/answer-phrase.ts): the value opens inside a short quoted span,
// whatever its kind; a novel's quoted dialogue is no phrase, and a request that asks none keeps every
// opening. Wordings of writers who never saw the rule (training/recall/guard.py writers 7, 31, 118).
import { describe, expect, it } from 'vitest';
import { quotedPhraseStarts } from '../../../src/core/answer-phrase';
import { FUNCTION_WORDS, ValueBounds } from '../../../src/core/answer-value-bounds';

const phrase = (source: string, request: string) => {
  const starts = new ValueBounds(source, FUNCTION_WORDS).starts;
  return quotedPhraseStarts(source, request, starts)?.map((q) => source.slice(q).split(/['"]/)[0]) ?? null;
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
});
