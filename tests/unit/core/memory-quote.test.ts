// The memory quote (src/core/memory-quote.ts): which sentences of the memory are quoted before a
// request — those holding its names in any spelling, best last — and when nothing is quoted.
import { describe, expect, it } from 'vitest';
import { MemoryLetters } from '../../../src/core/memory-letters';
import { MEMORY_QUOTE_DEFAULTS, stemOf, memoryQuote } from '../../../src/core/memory-quote';
import { quotePieces } from '../../../src/core/quote-pieces';
import { FakeTokenizer } from './fake-word-tokenizer';

const HAY = 'The river ran east past the old mill and nobody spoke of the weather that week. ';

function quote(
  message: string,
  memory: string,
  opts = MEMORY_QUOTE_DEFAULTS,
  skip?: (a: number, b: number) => boolean,
  previous = '',
  keys: 'request' | 'rareInMemory' = 'request',
) {
  const tok = new FakeTokenizer();
  const ids = tok.encode(memory);
  const index = new MemoryLetters(tok);
  index.extend(ids);
  const source = { tokenIds: (a: number, b: number) => ids.slice(a, b), decode: (x: number[]) => tok.decode(x) };
  return memoryQuote(message, index, source, tok, { end: ids.length, skip, opts, previous, keys });
}

/**
 * The quote's last piece for `message` of a memory holding `line` between `hay` haystack sentences on
 * each side, read with a reach of 80 tokens (the fake tokenizer spells a rare word letter by letter:
 * such a window cuts a long line, twice that holds it).
 */
function lastQuotedOfLine(message: string, line: string, hay: number) {
  const memory = `${HAY.repeat(hay)}\n${line}\n${HAY.repeat(hay)}`;
  return quote(message, memory, { ...MEMORY_QUOTE_DEFAULTS, reach: 80 })
    .split('\n')
    .at(-1);
}

describe('memory quote', () => {
  it('quotes the sentence holding the names, whatever their spelling', () => {
    const memory = `${HAY.repeat(3)}Config:\nursula_thorne_height = 195\n${HAY.repeat(3)}`;
    const q = quote('What is the height of Ursula Thorne?', memory);
    expect(q).toContain('ursula_thorne_height = 195');
    // whole lines and sentences only: no piece cut by the window around the occurrence
    const whole = new Set(memory.split(/\n|(?<=\.) /).map((x) => x.trim()));
    for (const line of q.split('\n')) expect(whole.has(line), line).toBe(true);
  });

  it('quotes a numbered subject the memory writes otherwise by its number (writer 199)', () => {
    const sql = "INSERT INTO contexts VALUES\n  (5011, 5, 'cut', NULL),\n  (5012, 5, 'fill', 'mid greyish brown');";
    const q = quote('What soil colour was recorded for deposit 5012?', `${HAY.repeat(3)}${sql}\n${HAY.repeat(3)}`);
    expect(q).toContain("(5012, 5, 'fill', 'mid greyish brown');");
    expect(q).not.toContain('5011');
    // (a number of two characters is no key alone: "bay 12" quotes nothing of "(12, …)")
    expect(quote('Who parked in bay 12?', `${HAY}(12, 5, 'fill') ${HAY}`)).toBe('');
  });

  it('finds a name where it starts at a word, and quotes a question with its answer on the line', () => {
    // "that Rushworth" holds the letters of "Hatrus" across a word: no occurrence, nothing quoted.
    expect(quote('What is the project code of Hatrus?', `${HAY}Then that Rushworth came. ${HAY}`)).toBe('');
    const line = '"The project code of Hatrus? That would be 582-BSL," Fatima said.';
    expect(quote('The project code of Hatrus is', `${HAY}${line} ${HAY}`)).toBe(line);
  });

  it('quotes two JSON records of one array, though both open with the same bracket line', () => {
    const json =
      '[\n {\n  "name": "Florian Whitlock",\n  "height": "475 seconds"\n },\n {\n  "name": "Florian Garcia",\n  "height": "606 kilometers"\n }\n]';
    const q = quote(
      'Tell me the height of Florian Garcia and the height of Florian Whitlock.',
      `${HAY}${json}\n${HAY}`,
    );
    expect(q).toContain('"height": "475 seconds"');
    expect(q).toContain('"height": "606 kilometers"');
  });

  it("puts last, of two lines about the subject, the one holding the request's attribute words", () => {
    const motto = 'INFO Gyklia Holdings updated motto -> precision need funny';
    const code = "In the end Gyklia Holdings' courtesy code was set to N8Z36, and nobody changed it again.";
    const q = quote('Say the motto for Gyklia Holdings, please. Thank you!', `${HAY}${motto}\n${HAY}${code} ${HAY}`);
    expect(q.split('\n').at(-1)).toBe(motto); // not the later line, which shares only "the"
    const constant = "const histechei_weatherMotto = 'drill iniquity';";
    const prose = "It was settled at last: Histechei's serpent motto is chest quest founding.";
    const q2 = quote('What is the weather motto of Histechei?', `${HAY}${constant}\n${HAY}${prose} ${HAY}`);
    expect(q2.split('\n').at(-1)).toBe(constant); // an identifier's words count
  });

  it('reads the name\'s piece to its end when the window cuts it, and ends no piece at a password\'s "!"', () => {
    const line =
      "[14:02] Priya: ok the wifi at Nadia's is now Quokka!Fern48 — ignore the old one still stuck on her fridge (Bramble2019), she changed it when the new router came last week";
    expect(lastQuotedOfLine("what was the wifi password at Nadia's again?", line, 2)).toBe(line);
  });

  it('reads a long line holding the name back to its start when the window opens inside it', () => {
    const line =
      '# postgresql.conf on pg-ledger-02 -- shared_buffers = 24GB, effective_cache_size = 72GB, max_connections = 380  # raised from 250 by Ines Ardelean after the Q3 load test';
    // (the window opens inside the line, before "Ines")
    expect(lastQuotedOfLine('Following Ines tuning, the connection limit is', line, 3)).toBe(line);
  });

  it('keys a request of common words by the pairs of them the memory holds', () => {
    const fact = 'Note: on the build farm, the child process pool is capped at 37 workers.';
    const memory = `${HAY}The child process pool grows on demand. ${HAY}${fact} ${HAY}`;
    const q = quote('How many workers may the child process pool on the build farm have at most?', memory);
    expect(q.split('\n').at(-1)).toBe(fact); // "build farm" and "process pool": the fact holds the most pairs
  });

  it('keys a request of lone common words by its content words, where a piece holds two of them', () => {
    const memory = `${HAY}The station door is painted red. ${HAY}A door. ${HAY}`;
    // "door" and "station" are common words and not adjacent: a piece must hold both
    expect(quote('What door is in the station?', memory)).toBe('The station door is painted red.');
    expect(quote('What door is it?', memory)).toBe(''); // one content word keys nothing …
    // … but by words rare in the memory (keys: 'rareInMemory', asked when the request's keys quote
    // nothing), it keys the pieces that hold it when the memory holds it only a few times — rare here,
    // whatever the language ("… the broken watch frozen at?" of "… the pocket watch …") …
    const rare = (m: string) => quote('What door is it?', m, MEMORY_QUOTE_DEFAULTS, undefined, '', 'rareInMemory');
    expect(rare(memory)).toBe('The station door is painted red.\nA door.');
    // … and nothing when it holds it often, or when the request names something
    expect(rare(`${HAY}The station door is painted red. ${HAY}${'A door. '.repeat(4)}${HAY}`)).toBe('');
    expect(quote('What door has Lorcan?', memory, MEMORY_QUOTE_DEFAULTS, undefined, '', 'rareInMemory')).toBe('');
  });

  it('keys a request whose words the memory lacks by their stems and related words, where rare in it', () => {
    const rare = (m: string, memory: string) => quote(m, memory, MEMORY_QUOTE_DEFAULTS, undefined, '', 'rareInMemory');
    const fact = 'The cellar stays moist all winter, so the apples keep until March.';
    const memory = `${HAY}${fact} ${HAY}`;
    // "damp" is nowhere; WordNet groups it with "moist" (src/core/related-words.ts)
    // (asked how damp — a quantity — the piece, holding none, goes on with the next sentence)
    expect(rare('How damp is it down there?', memory).startsWith(fact)).toBe(true);
    // "tickets" is nowhere; its stem "ticket" is
    const tickets = 'Dev picked up one ticket for the Corvid Lantern matinee.';
    expect(rare('Who collected the tickets?', `${HAY}${tickets} ${HAY}`)).toBe(tickets);
    // (a word the memory holds often keys nothing, nor do its stem and related words then)
    expect(rare('How damp is it down there?', `${HAY}${fact} ${'It was damp. '.repeat(4)}${HAY}`)).toBe('');
  });

  it('weighs the keys of a request that names nothing by how rare the memory holds them', () => {
    const stall = 'The food bank stall is now by the east gate.';
    const often = 'The people said the stall would move. ';
    const memory = `${HAY}${often.repeat(30)}${HAY}${stall} ${HAY}${often}${HAY}`;
    // the stall's line holds three of its words, the other line four; but "food" and "bank" are said
    // once, the others 31 times or more: the stall's line ranks best (last), though the other is newer
    const q = quote('Where did the food bank stall move to, as people said?', memory);
    expect(q.split('\n').at(-1)).toBe(stall);
  });

  it("ranks a follow-up's own keys above the earlier request's names", () => {
    const memory = `${HAY}name,locker\nwide oven,4966428\nDegrakiorn project, phase 8,37\n${HAY}`;
    const previous = 'Which locker was given for the Degrakiorn project, phase 8?';
    const q = quote('Same question for the wide oven.', memory, MEMORY_QUOTE_DEFAULTS, undefined, previous);
    expect(q.split('\n').at(-1)).toBe('wide oven,4966428');
    // a follow-up with no key of its own is keyed by the earlier request's names
    const again = quote('And the code?', memory, MEMORY_QUOTE_DEFAULTS, undefined, previous);
    expect(again.split('\n').at(-1)).toBe('Degrakiorn project, phase 8,37');
  });

  it('goes on with the sentence after the best piece on its line when that piece holds no value of the kind asked', () => {
    const line = 'Inspector Halloran turned the pocket watch over. The hands had stopped at twenty past four.';
    const memory = `${HAY}${line} ${HAY}`;
    // asked a time: the first sentence holds none, the next one does
    expect(quote('What time had the watch of Inspector Halloran stopped at?', memory)).toBe(line);
    // asked no kind of value: the best piece alone
    expect(quote('What did Inspector Halloran turn over?', memory)).toBe(
      'Inspector Halloran turned the pocket watch over.',
    );
    // a line's next line is another record's: not joined (in a long paragraph: a short one is
    // quoted whole)
    const rows = `${HAY.repeat(3)}\nInspector Halloran turned the pocket watch over.\nThe hands had stopped at twenty past four.\n${HAY.repeat(3)}`;
    expect(quote('What time had the watch of Inspector Halloran stopped at?', rows)).toBe(
      'Inspector Halloran turned the pocket watch over.',
    );
  });

  it("keys a relative's word only where the memory holds it (writer 21)", () => {
    const fact = 'My father ran the hardware store on Decatur Street and closed it for a week only once, in 1977.';
    const memory = `${HAY}${fact} ${HAY}`;
    // "Dad" is nowhere: the request is keyed as one that names nothing (its words rare in the memory)
    expect(quote('When did Dad close the hardware store?', memory, undefined, undefined, '', 'rareInMemory')).toBe(
      fact,
    );
    // "Uncle" is: a key
    const uncle = `${HAY}Uncle Ferris keeps the safe code, 4471, in his study. ${HAY}`;
    expect(quote("What's the code of Uncle's safe?", uncle)).toBe(
      'Uncle Ferris keeps the safe code, 4471, in his study.',
    );
  });

  it('quotes a record over its heading line when the heading holds only a date (writer 20)', () => {
    const result = 'Elmfield by-election, 2 May\nPRYCE, Owen (Con) 1,652';
    const memory = `${HAY}\n\n${result}\n\n${HAY}`;
    // (a count is asked: "2 May" is a date, no count — the heading alone holds none)
    expect(quote('How many votes did the Tory get in the Elmfield by-election?', memory)).toBe(result);
  });

  it('ranks by names held, then words shared with the request, best last; two pieces', () => {
    const memory =
      `Lorcan Mayfield owns a boat. ${HAY}Oriel Vance's badge is 7. ${HAY}` +
      `The badge of Lorcan Mayfield is 58213. ${HAY}Lorcan went home.`;
    expect(quote('What is the badge of Lorcan Mayfield?', memory).split('\n')).toEqual([
      'Lorcan Mayfield owns a boat.',
      'The badge of Lorcan Mayfield is 58213.',
    ]);
    expect(quote('What is the badge of Lorcan Mayfield?', memory, { ...MEMORY_QUOTE_DEFAULTS, pieces: 1 })).toBe(
      'The badge of Lorcan Mayfield is 58213.',
    );
  });

  it('quotes a record whole: a JSON object or a YAML mapping counts the names of all its lines', () => {
    const json = `${HAY}[\n {\n  "name": "Graipav Group",\n  "debt_birthday": "2026-05-12"\n }\n]\n${HAY}`;
    expect(
      quote('Which debt birthday does Graipav Group have?', json, { ...MEMORY_QUOTE_DEFAULTS, pieces: 1 }),
    ).toContain('"debt_birthday": "2026-05-12"');
    const yaml = `${HAY}\ndeploy:\n  region: eu-west-3\n  owner: team-kestrel\n${HAY}`;
    expect(quote('Which region does team Kestrel deploy to?', yaml, { ...MEMORY_QUOTE_DEFAULTS, pieces: 1 })).toBe(
      'deploy:\nregion: eu-west-3\nowner: team-kestrel',
    );
  });

  it('keys a follow-up that names nothing by the previous request, whose words break ties', () => {
    const memory =
      `${HAY}The badge of Lorcan Mayfield is 58213. ${HAY}Lorcan Mayfield's tide chart is 12. ${HAY}` +
      `The tide chart of Oriel Vance is 40. ${HAY}Oriel Vance owns a boat. ${HAY}`;
    const one = { ...MEMORY_QUOTE_DEFAULTS, pieces: 1 };
    const before = 'What is the badge of Lorcan Mayfield?';
    expect(quote('And his tide chart?', memory, one)).toBe('The tide chart of Oriel Vance is 40.'); // alone: the newer
    expect(quote('And his tide chart?', memory, one, undefined, before)).toBe("Lorcan Mayfield's tide chart is 12.");
    // a request that names someone is keyed by its own names; the earlier words break ties
    expect(quote('What about Oriel Vance?', memory, one)).toBe('Oriel Vance owns a boat.');
    expect(quote('What about Oriel Vance?', memory, one, undefined, 'What is the tide chart of Lorcan Mayfield?')).toBe(
      'The tide chart of Oriel Vance is 40.',
    );
  });

  it('quotes the best piece of each part of a two-part request, a part without names by its rare words', () => {
    const memory =
      `${HAY}Everyone agreed that the badge of Lorcan Mayfield would be 58213. ${HAY}Lorcan Mayfield owns a boat. ${HAY}` +
      `The privacy date of the onset radio is 1928-01-04. ${HAY}Lorcan Mayfield sailed at dawn. ${HAY}`;
    const ask = 'Tell me the badge of Lorcan Mayfield and the privacy date of the onset radio.';
    expect(quote(ask, memory).split('\n')).toEqual([
      'Everyone agreed that the badge of Lorcan Mayfield would be 58213.',
      'The privacy date of the onset radio is 1928-01-04.',
    ]);
    // one thing asked: the two pieces holding most of its names and words
    expect(quote('Tell me the badge of Lorcan Mayfield.', memory).split('\n')).toEqual([
      'Lorcan Mayfield sailed at dawn.',
      'Everyone agreed that the badge of Lorcan Mayfield would be 58213.',
    ]);
  });

  it('keys a request that names nothing by its rare words', () => {
    const memory = `${HAY}The badge of Lorcan Mayfield is 58213. ${HAY}`;
    expect(quote('what is the badge?', memory)).toBe('The badge of Lorcan Mayfield is 58213.'); // "badge"
    expect(quote('what is the code of the door?', memory)).toBe(''); // only common and short words
    // a rare word the memory lacks, by its stem ("badges" → "badge")
    expect(quote('what do the badges say?', memory)).toBe('The badge of Lorcan Mayfield is 58213.');
    expect(stemOf('tours')).toBe('tour');
    expect(stemOf('quarterly')).toBe('quarter');
    expect(stemOf('bus')).toBe('bus'); // (four letters at least remain)
  });

  it('quotes nothing for a statement, a request with no rare word, an absent name or a skipped span', () => {
    const memory = `${HAY}The badge of Lorcan Mayfield is 58213. ${HAY}`;
    expect(quote('Remember: Lorcan Mayfield likes tea.', memory)).toBe('');
    expect(quote('what is the code?', memory)).toBe('');
    expect(quote('What is the badge of Hiazom Quellbrook?', memory)).toBe('');
    expect(quote('What is the badge of Lorcan Mayfield?', memory, MEMORY_QUOTE_DEFAULTS, () => true)).toBe('');
  });

  it("reads a name's occurrences with most of the request's words around them, not only the newest", () => {
    // "Harville" twenty times after the fact, never near "door" or "code" (common words: one token each here)
    const later = Array.from({ length: 20 }, () => `Harville is in the building. ${HAY}`).join('');
    const memory = `${HAY}The door code of Harville is 7390. ${HAY}${later}`;
    const ask = 'What is the door code of Harville?';
    expect(quote(ask, memory)).toContain('The door code of Harville is 7390.');
    // (the newest sixteen alone, what was read before, miss it: tested by reverting the ranking)
    expect(quote(ask, memory, { ...MEMORY_QUOTE_DEFAULTS, perName: 21 })).toContain('7390'); // all read
    expect(quote('Where is Harville?', memory)).not.toContain('7390');
  });

  it('keeps at most maxChars, the newest', () => {
    const memory = `${HAY}The badge of Lorcan Mayfield is 58213. ${HAY}`;
    expect(quote('What is the badge of Lorcan Mayfield?', memory, { ...MEMORY_QUOTE_DEFAULTS, maxChars: 12 })).toBe(
      'field is 58213.'.slice(-12),
    );
  });

  it('cuts text into sentences and lines; a short line without a value keeps the next', () => {
    expect(quotePieces('A b. C d!\n[section]\nkey = 1\nE f')).toEqual([
      'A b.',
      'C d!',
      '[section]\nkey = 1',
      'key = 1',
      'E f',
    ]);
  });
});

describe('quote pieces', () => {
  // The same fixture tests training/recall/quote.py's pieces(): the trainer quotes as the runtime does.
  it('cut a text as the Python rule does (shared fixture)', async () => {
    const { readFileSync } = await import('node:fs');
    const fixture = JSON.parse(readFileSync('tests/fixtures/quote-pieces.json', 'utf8')) as {
      cases: { text: string; pieces: string[] }[];
    };
    for (const c of fixture.cases) expect(quotePieces(c.text), c.text).toEqual(c.pieces);
  });

  it('quotes a short paragraph whole when its lines together say the fact', () => {
    const item = '- Project Tamarind\n  - Lead: Ishaan Varghese\n  - Target launch: 12 March 2026';
    // (the fake tokenizer's tokens are letters: a window as wide as a real one's)
    const wide = { ...MEMORY_QUOTE_DEFAULTS, reach: 160 };
    const q = quote('When is Project Tamarind scheduled to go live?', `${HAY}\n\n${item}\n\n${HAY}`, wide);
    expect(q).toContain('Target launch: 12 March 2026');
    const yaml = 'replication:\n  standby_host: db-mirror-07.kestrel.internal\n  sync_interval_seconds: 945';
    const y = quote(
      'How often, in seconds, does the db-mirror-07 standby get refreshed?',
      `${HAY}\n\n${yaml}\n\n${HAY}`,
    );
    expect(y).toContain('sync_interval_seconds: 945'); // the YAML block, not its one line holding the names
    // a record wins by names or attribute words only, not by its other lines about the same subject
    const two =
      'The lucky number of Filip Siostult is 660557.\nset_stamp_motto("filip_siostult", "packet grade birthday")';
    const m = quote('What is the stamp motto of Filip Siostult?', `${HAY}\n\n${two}\n\n${HAY}`, wide);
    expect(m.split('\n').at(-1)).toBe('set_stamp_motto("filip_siostult", "packet grade birthday")');
    // … or by going on about what its first sentence names
    const ferry =
      'The ferry Marisol Quay pulled out of Tollbrook harbour late. Its skipper, a woman named Odalys Fenwick, blamed the fog.';
    expect(quote('The captain of the Marisol Quay was', `${HAY}\n\n${ferry}\n\n${HAY}`, wide)).toContain(
      'Odalys Fenwick',
    );
    // … or by being a paragraph of one line that its named sentence opens (a fact as its own paragraph)
    const notice =
      'HALLIWELL, Margaret (Peggy), peacefully at Brookside Nursing Home, aged 94. Born in Kirkcudbright, she taught infants.';
    expect(quote('Where was Peggy Halliwell originally from?', `${HAY}\n\n${notice}\n\n${HAY}`, wide)).toContain(
      'Born in Kirkcudbright',
    );
    // … or by being introduced by it, a line ending on a colon (writer 31)
    const carried =
      'What the company carried out of Duskmere:\n- Brannoc: the broken spear\n- Ysolde: the map, the lantern\n- Fen: a lute';
    expect(
      quote('Which member of the party had the lamp when they fled Duskmere?', `${HAY}\n\n${carried}\n\n${HAY}`, wide),
    ).toContain('Ysolde: the map, the lantern');
    // … or by being headed by it, its only piece naming the subject, which says none of the request's
    // attribute words (a card's name line over its other lines)
    const card =
      'ALLERGY ALERT CARD\nName: Thaddeus Mowbray   DOB: 22/08/1957\nAllergen: Cefadroxane (anaphylaxis, 2019)\nCarries: auto-injector';
    expect(
      quote('Which medicine gave Thaddeus the life-threatening reaction?', `${HAY}\n\n${card}\n\n${HAY}`, wide),
    ).toContain('Allergen: Cefadroxane');
    // (not a table's row: the other rows are other records)
    const table = 'Room | Date | Booked by\nCedar Suite | 9 Oct | Farah Quinlan\nWillow Room | 9 Oct | Ben Oduya';
    expect(
      quote('Whose name is the Willow Room reservation under?', `${HAY}\n\n${table}\n\n${HAY}`, wide)
        .split('\n')
        .at(-1),
    ).toBe('Willow Room | 9 Oct | Ben Oduya');
    // (not a named sentence set inside someone else's paragraph: its other sentences are not about it)
    const inside = `The weather turned. HALLIWELL, Margaret (Peggy), peacefully at Brookside, aged 94. Born in Kirkcudbright, she taught infants.`;
    expect(quote('Where was Peggy Halliwell originally from?', `${HAY}\n\n${inside}\n\n${HAY}`, wide)).not.toContain(
      'Kirkcudbright',
    );
    // a later sentence brings its paragraph where it goes on through a pronoun ("He starts …"), or where
    // it holds no value of the kind asked and the paragraph does (writers 141–146)
    const vet =
      "Ewan Partridge joins the practice from Inverness next week, the senior partner told the nurses. 'He starts on the large-animal rota on Monday.'";
    expect(quote('Who starts on the rota on Monday?', `${HAY}\n\n${vet}\n\n${HAY}`, wide)).toContain('Ewan Partridge');
    // nor a fact line set under a code sample
    const code =
      "async function callStat() {\n  const stats = await stat('.');\n}\n> Victor Silva, tyre colour -> pink";
    expect(quote("What is Victor Silva's tyre colour?", `${HAY}\n\n${code}\n\n${HAY}`, wide)).toBe(
      '> Victor Silva, tyre colour -> pink',
    );
    // the best piece, the first line of a short paragraph, brings its paragraph whole, the answer's
    // readers choosing the value in it (answer-copy.ts):
    // an invoice's heading line holds the names, another of its lines the value asked ("screen" is
    // no word of it); a table's row stays a row (above: the other rows are other records)
    const invoice =
      'Bramley Office Supply - Invoice 7718\n2 x Logitek K340 keyboard   £58.00\n1 x Vantra 27" monitor      £219.99\n3 x USB-C dock              £267.00';
    const bill = quote(
      'What did we pay for the screen on that Bramley invoice?',
      `${HAY}\n\n${invoice}\n\n${HAY}`,
      wide,
    );
    expect(bill.split('\n').slice(-4).join('\n')).toBe(invoice);
    // a long paragraph's line is quoted alone
    const long = `${HAY.repeat(4)}\n${invoice}\n${HAY.repeat(4)}`;
    expect(quote('What did we pay for the screen on that Bramley invoice?', long, wide)).not.toContain('monitor');
    // a paragraph mixing prose and other lines is no record: a fact line set in someone else's paragraph
    const mixed =
      "assert.notEqual(1, '1');\n// AssertionError: 1 != '1'\nThe checksum contact of Walter Walsh is Fatima Walsh.";
    expect(quote('What is the checksum contact of Walter Walsh?', `${HAY}\n\n${mixed}\n\n${HAY}`, wide)).toBe(
      'The checksum contact of Walter Walsh is Fatima Walsh.',
    );
    // an e-mail's header lines over its body are one record (its subject line names what it is about)
    const email =
      "From: Ottoline Frey\nSubject: Noam's bar mitzvah\nThe kiddush will be at Beth Shalom hall, 2 Tannery Lane. Please park at the Wexcombe Road car park, not at the hall itself.";
    expect(
      quote("Where are we supposed to leave the car for Noam's bar mitzvah?", `${HAY}\n\n${email}\n\n${HAY}`, wide),
    ).toContain('Wexcombe Road');
    // so are the lines under a heading, whatever they are, and the line after a heading brings them
    const poster =
      "LOST - GINGER TOM 'MARMADUKE'\nLast seen Thurs evening near Pollard Street allotments, blue collar with bell.\n£300 REWARD - call Hettie on 07911 225 604";
    expect(
      quote('How much is being offered to whoever finds Marmaduke?', `${HAY}\n\n${poster}\n\n${HAY}`, wide),
    ).toContain('£300 REWARD');
    const form =
      'Station visit form\nSite: Quennell Marsh (QM-2)\nInspector: Anouk Brandsma\nDate: 19/09/2024\nNext visit due: 17/10/2024';
    expect(quote('When is somebody due to check Quennell Marsh again?', `${HAY}\n\n${form}\n\n${HAY}`, wide)).toContain(
      'Next visit due: 17/10/2024',
    );
    // and one line of bars among other lines is a labelled line, not a table's row
    const booking =
      'BOOKING CONFIRMED - Trentham Model Rail Show\nRef: TMR-55920 | Stand B14 | 2 exhibitor passes\nBalance due: £145.00';
    expect(
      quote('Which pitch have we been given at the Trentham show?', `${HAY}\n\n${booking}\n\n${HAY}`, wide),
    ).toContain('Stand B14');
    // a long paragraph is no record: its sentences are quoted as before
    const prose = `${HAY.repeat(4)}Ishaan Varghese leads Project Tamarind. ${HAY.repeat(4)}`;
    expect(quote('Who leads Project Tamarind?', prose)).toBe('Ishaan Varghese leads Project Tamarind.');
  });
});
