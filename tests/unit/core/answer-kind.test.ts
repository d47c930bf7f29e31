// The kind of value a request asks for (src/core/answer-kind.ts) and which words open a value of
// that kind — with questions worded as people ask them, not as the recall generators write them.
import { describe, expect, it } from 'vitest';
import { answerKind, namedStarts, opensKind } from '../../../src/core/answer-kind';

describe('answer kind', () => {
  it('reads the kind from the question words', () => {
    expect(answerKind('Who hired out the carriage Lady Russell took to Bath?')).toBe('name');
    expect(answerKind('Whose locker is number 42?')).toBe('name'); // a name, though it says "number"
    expect(answerKind("What is Ingrid Solvang's email address?")).toBe('address');
    expect(answerKind('Which URL serves the docs?')).toBe('address');
    expect(answerKind('How many workers may the pool have at most?')).toBe('count');
    expect(answerKind('Which minimum version did Tomasz ask for?')).toBe('count');
    expect(answerKind('At what time does the boat leave Lyme?')).toBe('date');
    expect(answerKind('When was Birgit Halvorsen born?')).toBe('date');
    expect(answerKind('The badge number of Lorcan Mayfield is')).toBe('count');
    expect(answerKind("What is the Musgroves' dog called?")).toBe('name'); // asked by what it is called
    expect(answerKind("What is the name of Lady Dalrymple's footman?")).toBe('name');
    expect(answerKind('What is the package name of the parser?')).toBeNull(); // written in lower case
    expect(answerKind('Question: what is the project code of Poaskoa? Answer:')).toBe('code');
    expect(answerKind('What is the code name of the operation?')).toBeNull();
    expect(answerKind('Which colour is the door of the mill?')).toBeNull();
    expect(answerKind('What is the motto of the guild?')).toBeNull();
    expect(answerKind('Where does Osgood park?')).toBeNull();
  });

  it('knows the words that open a value of each kind', () => {
    expect(opensKind('7390.', 'count')).toBe(true);
    expect(opensKind('20.11', 'count')).toBe(true);
    expect(opensKind('twenty', 'date')).toBe(true);
    expect(opensKind('fourteen', 'count')).toBe(true);
    expect(opensKind('September', 'date')).toBe(true); // a date may open with its month …
    expect(opensKind('September.', 'count')).toBe(false); // … a count may not
    expect(opensKind('Friday,', 'date')).toBe(true);
    expect(opensKind('Please', 'count')).toBe(false);
    expect(opensKind('Tobias', 'name')).toBe(true);
    expect(opensKind('called', 'name')).toBe(false);
    expect(opensKind('ingrid.solvang@example.org)', 'address')).toBe(true);
    expect(opensKind('https://nodejs.org/', 'address')).toBe(true);
    expect(opensKind('Maintainer', 'address')).toBe(false);
  });

  it('opens a code at a word with a digit, and a name where a naming word introduces one', () => {
    expect(opensKind('A4M38', 'code')).toBe(true);
    expect(opensKind('log', 'code')).toBe(false);
    const dog = "The Musgroves' dog at Uppercross was a spaniel named Brisket.";
    const starts = [dog.indexOf('Musgroves'), dog.indexOf('Uppercross'), dog.indexOf('Brisket')];
    expect(namedStarts(dog, starts)).toEqual([dog.indexOf('Brisket')]);
    const footman = "Lady Dalrymple's footman answers to the name of Osric.";
    expect(namedStarts(footman, [footman.indexOf('Dalrymple'), footman.indexOf('Osric')])).toEqual([
      footman.indexOf('Osric'),
    ]);
    expect(namedStarts('Anne met Captain Wentworth.', [9, 17])).toEqual([]);
  });
});
