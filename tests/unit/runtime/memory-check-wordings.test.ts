// The memory check against wordings that none of the recall generators use (written for this test,
// not drawn from training/recall): with the demo package's real tokenizer, a fact that is in
// memory is never called absent however the question is worded, and questions about names the
// memory lacks are. Facts sit in a page of unrelated prose, as they would in a fed document.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { openNodeTokenizer } from '../../../src/eval/node-package';
import { termMapOf } from '../../../src/models/focus/term-map';
import { MegaContextTree } from '../../../src/core/tree';
import { checkTurn } from '../../../src/runtime/memory-check-turn';

const DEMO = 'public/models/demo';

const PROSE =
  'The morning was grey and the harbour smelled of tar. Boats came in one after another, their ' +
  'crews calling across the water, and the market filled before the bells had finished. ';

// [fact as written in memory, question asked about it]
const PRESENT: [string, string][] = [
  ['Dr. Imogen Ashcombe keeps locker 4417.', 'Which locker does Imogen Ashcombe keep?'],
  ['| Vessel | Berth |\n| The Grey Heron | 12 |', 'Where is The Grey Heron berthed?'],
  ['config:\n  owner: "tavish_mcallister"\n  port: 8443', 'What port did Tavish McAllister configure?'],
  ['HALVORSEN, BIRGIT — born 3 March 1911', 'When was Birgit Halvorsen born, according to the list?'],
  ['The Wi-Fi password at Quarrendon Lodge is amber-owl-42.', 'Kindly tell me the WiFi password of Quarrendon Lodge.'],
  ['unit4b.access = "K7-Q2"', 'Retrieve the access code of unit4b.'],
  ['In Room 12, the thermostat reads 19 degrees.', 'What does the thermostat in room 12 read?'],
  ['"Osgood," said Mara, "parks in bay 7."', 'Where does Osgood park? Be brief.'],
  ["The O'Donnell account number is 55102.", "What is the O'Donnell account number?"],
  ['Captain Ferreira-Lutz signed the log at 06:40.', 'Please give the time Captain Ferreira-Lutz signed the log.'],
  ['Station #25 reported a pressure of 1012 hPa.', 'What pressure did station 25 report?'],
  ['Project Bellwether: deadline 14 June.', 'The deadline of Project Bellwether is'],
  ['MERIDIAN-9 satellite launch code: 7Q-ALPHA', 'What is the launch code of the Meridian-9 satellite?'],
  ['Ms. Okonkwo prefers the window seat.', 'Which seat does Ms Okonkwo prefer?'],
  ['lorcanMayfield.badge = 3091', 'Give me the badge of Lorcan Mayfield, please.'],
  ['Since 1990 the lighthouse at Skerrow Point has been automated.', 'Since when has Skerrow Point been automated?'],
  ['Chapter III. The toll at Pellinor Bridge was nine pence.', 'In chapter 3, what was the toll at Pellinor Bridge?'],
  ['The JSON file lists "vendor": "Tremayne Supplies".', 'Which vendor does the JSON name? Is it Tremayne Supplies?'],
];

// Questions about names that nothing in memory mentions.
const ABSENT: [string, string[]][] = [
  ['What is the badge number of Hiazom Quellbrook?', ['Hiazom', 'Quellbrook']],
  ['Tell me the berth of The Silver Kestrel.', ['Kestrel']],
  ['Which locker does Dr. Ashcombe-Vane keep?', ['Ashcombe-Vane']],
  ['What pressure did station 31 report?', ['station 31']],
];

describe.skipIf(!existsSync(`${DEMO}/manifest.json`))('memory check wordings (demo tokenizer)', () => {
  const tok = openNodeTokenizer(DEMO);
  const terms = termMapOf(tok);
  const memory = () => {
    const tree = new MegaContextTree({ blockSize: 32, gistDim: 4 });
    const text = PRESENT.map(([fact]) => `${PROSE}${fact}\n`).join('') + PROSE;
    tree.append(tok.encode(text));
    return tree;
  };

  it('never calls a present fact absent, whatever the question looks like', () => {
    const tree = memory();
    for (const [, question] of PRESENT)
      expect(checkTurn(question, tree, tree.length, tok, terms).missing, question).toEqual([]);
  });

  it('names what the memory lacks', () => {
    const tree = memory();
    for (const [question, missing] of ABSENT)
      expect(checkTurn(question, tree, tree.length, tok, terms).missing, question).toEqual(missing);
  });
});
