// The memory check's second question (src/core/unstated-quantity.ts): a request for a number whose
// quote states none is answered as absent — and one whose quote states any number, or that asks
// for something a word may answer, is left to the model.
import { describe, expect, it } from 'vitest';
import { asksQuantity, statesNumber, unstatedAsked, unstatedQuantityReply } from '../../../src/core/unstated-quantity';
import { saysAbsent } from '../../../src/eval/answer-check';

describe('unstated quantity', () => {
  it('asks a quantity only with words that only a number answers', () => {
    expect(asksQuantity('What budget has been allocated to Project Tamarind?')).toBe(true);
    expect(asksQuantity('How much does it cost to become a member of the Kennel Club?')).toBe(true);
    expect(asksQuantity('The number of fans who turned up was')).toBe(true);
    expect(asksQuantity('What size is the shirt Harville ordered?')).toBe(false); // "large" answers it
    expect(asksQuantity('What is the motto of the guild?')).toBe(false);
  });

  it("counts digits and number words, not a date's or a time's", () => {
    expect(statesNumber('- Project Tamarind\n- Lead: Ishaan Varghese\n- Target launch: 12 March 2026')).toBe(false);
    expect(statesNumber('Thu 9 Oct | 14:40 | Dentist, March 3; 2026-03-12')).toBe(false);
    expect(statesNumber('Charles shot fourteen brace on the first of September')).toBe(true);
    expect(statesNumber('Registration: KX-55-B')).toBe(true);
    expect(statesNumber('Attendance: 6,418.')).toBe(true);
  });

  it('replies absent only when the quote states no number', () => {
    const quote = '- Project Tamarind\n- Lead: Ishaan Varghese\n- Target launch: 12 March 2026';
    const reply = unstatedQuantityReply('What budget has been allocated to Project Tamarind?', quote, [
      'Project',
      'Tamarind',
    ]);
    expect(reply).not.toBeNull();
    expect(saysAbsent(reply!)).toBe(true);
    expect(reply).toContain('“Project” and “Tamarind”');
    expect(unstatedQuantityReply('What budget has Project Tamarind?', `${quote}\n- Budget: 40,000`, [])).toBeNull();
    expect(unstatedQuantityReply('When does Project Tamarind launch?', quote, [])).toBeNull(); // no quantity asked
    expect(unstatedQuantityReply('How much is the budget?', '', [])).toBeNull(); // nothing quoted: the model answers
    // a year: any digit, a date's included
    expect(unstatedQuantityReply('What year was Oriel born?', 'Oriel was born on 3 March 1950.', [])).toBeNull();
    expect(
      unstatedQuantityReply('What year was the lighthouse built?', 'The cottage door is yellow.', []),
    ).not.toBeNull();
  });

  // writers 1–21's absent questions: a price, a weight, a height, a phone the quote does not state
  it('asks a price, a measure or a phone the quote does not state', () => {
    const card =
      'WARRANTY CARD - Model: Corvell AeroBlend X5 blender. Serial: CB-55710-Q. Coverage: 36 months parts, 12 months labour.';
    expect(unstatedAsked('What did the AeroBlend X5 blender cost when it was bought?', card)).toBe('price');
    const ladle =
      'Ceremonial ladle, carved whalebone, c. 1740. Given to the Halvercombe Museum in 1962. Length 41.5 cm.';
    expect(unstatedAsked('How much does the whalebone ladle at the Halvercombe Museum weigh?', ladle)).toBe('weight');
    const tower = 'The observation tower at Gransholm Point was designed by Ilse Marrowby and completed in 1962.';
    expect(unstatedAsked('The observation tower at Gransholm Point rises to a height of', tower)).toBe(
      'height or length',
    );
    const signature = '-- Harriet Vane, Head of Archives, Shrewsbury College (ext. 2291)';
    expect(unstatedAsked("What is Harriet Vane's fax number?", signature)).toBe('phone number');
    const reply = unstatedQuantityReply("What is Harriet Vane's fax number?", signature, ['Harriet', 'Vane']);
    expect(saysAbsent(reply!)).toBe(true);
    expect(reply).toContain('states no phone number');
    // (a thousands comma is no amount's end: "84,312 km" counts kilometres — writer 37)
    const service =
      '2024-03-11 09:22 VAN-117 service: front brake pads replaced, odometer 84,312 km, next service due 99,000 km.';
    expect(unstatedAsked('How much did the front brake pad replacement on VAN-117 cost?', service)).toBe('price');
    expect(unstatedAsked('How much did the brake pads on VAN-117 cost?', `${service} Parts 84,312`)).toBeNull();
    expect(unstatedAsked('How much did the brake pads on VAN-117 cost?', `${service} Parts 84, labour 60`)).toBeNull();
  });

  it('leaves to the model what the quote states in any form it may have', () => {
    // a price as a bare amount ("412.50" in a CSV's total column, "880K"), with its currency in words
    expect(
      unstatedAsked("What did Ottoline Price's order cost?", 'order_id,customer,total\n88213,Ottoline Price,412.50'),
    ).toBeNull();
    expect(
      unstatedAsked('How much did the team bring in, all in all, and what did it cost?', '| APAC | Kenji | 880K |'),
    ).toBeNull();
    expect(
      unstatedAsked('How much did the widow pay for the coach?', 'She laid down eleven dollars for the seat.'),
    ).toBeNull();
    // not who, though it says a price (writer 27)
    const action = '• ACTION: Priyanka Desai to send the revised pricing deck to Calloway Foods by Thursday noon.';
    expect(unstatedAsked("Who's on the hook for getting the updated price deck over to Calloway?", action)).toBeNull();
    // not a price: how many days, a share, paid leave, a verb of paying alone (writer 24)
    expect(
      unstatedAsked(
        'The INC-4471 checkout incident kept customers from paying for a total of',
        'INC-4471: 47 minutes.',
      ),
    ).toBeNull();
    expect(
      unstatedAsked('How many days did the volunteers spend on the survey?', 'The survey took 41 days.'),
    ).toBeNull();
    expect(
      unstatedAsked('How many days of paid holiday will staff get?', 'Staff get 27 days of paid leave.'),
    ).toBeNull();
    // a measure of the dimension asked, in its units or its marks
    expect(unstatedAsked('How heavy was the crate?', 'The crate: 18,620 kg gross.')).toBeNull();
    expect(unstatedAsked('How tall is Marlow?', 'Marlow stands 6\'2" in his socks.')).toBeNull();
    expect(unstatedAsked('How tall is Marlow?', 'Marlow stands six feet in his socks.')).toBeNull();
    // the quote says the word asked: it states the value in some form (the generator's "203 seconds")
    expect(
      unstatedAsked('What is the cert height of Seiskequo?', 'The cert height of Seiskequo is 203 seconds.'),
    ).toBeNull();
    // a phone written with its marks; whom to phone asks a name; an extension is no phone number
    expect(unstatedAsked("What is Harriet's mobile?", 'Harriet Vane: +44 (0)1632 960448')).toBeNull();
    expect(
      unstatedAsked('Who should I phone about the Kennel Club?', 'Queries about the Kennel Club? Ring our secretary.'),
    ).toBeNull();
    expect(unstatedAsked("What is Harriet Vane's phone extension?", 'Harriet Vane (ext. 2291)')).toBeNull();
  });
  it("reads a measure's unit in a column's or a key's name (writer 121)", () => {
    const picks = 'block,pick_date,variety,tonnes,brix\nC7,2023-09-18,Grenache,14.6,23.8';
    expect(unstatedAsked('Could you tell me how much fruit, by weight, was picked from block C7?', picks)).toBeNull();
    const tank = '[tank_T4]\nferment_setpoint_c = 26.5\npumpover_interval_h = 6';
    expect(unstatedAsked('To what temperature is the fermentation in T4 currently being held?', tank)).toBeNull();
    const lines = 'block,pick_date,variety,brix\nC7,2023-09-18,Grenache,23.8';
    expect(unstatedAsked('How much fruit, by weight, was picked from block C7?', lines)).toBe('weight');
  });

  it('asks a length of time whose quote states none in any form (writers 132, 139)', () => {
    const crepes = 'Pate a crepes (serves 12): 250 g flour, 4 eggs, 500 ml milk, a pinch of salt, 50 g melted butter.';
    expect(unstatedAsked('How long should the crepe batter be left to rest before cooking?', crepes)).toBe(
      'length of time',
    );
    const correction =
      'Correction: the article misstated the age of retiring fire chief Delbert Quaile. He is 67, not 76.';
    expect(unstatedAsked("How many years did Delbert Quaile serve as the town's fire chief?", correction)).toBe(
      'length of time',
    );
    // (a unit of time in a key's name, a clock time, a length, a text's length in words)
    const pool = 'MAX_POOL_SIZE = 120\nIDLE_TIMEOUT_SECONDS = 300';
    expect(unstatedAsked('How many seconds can a pooled connection sit unused?', pool)).toBeNull();
    expect(
      unstatedAsked('How often does the logger send readings?', 'upload_interval_s=300 wind_height_m=10'),
    ).toBeNull();
    expect(unstatedAsked('How long should the batter rest?', 'Rest the batter for an hour.')).toBeNull();
    expect(unstatedAsked('How long is the narrowboat?', 'Kingfisher Lass, 57 ft, 6 berths')).toBeNull();
    expect(unstatedAsked("How long is Yusuf's dissertation, in words?", 'Dissertation: 81,400')).toBeNull();
  });

  it("asks a thing's number, a fine, a worth or a measure in its unit that the quote does not state", () => {
    const text =
      'Hi Ms Whitcombe, your driver will be Gareth Pryce, collecting from the school gates at 04:15 on Sunday.';
    expect(unstatedAsked('The policy number of the coach company is', text)).toBe('number');
    expect(unstatedAsked('The policy number of the coach company is', 'Policy TRD-0048812-S')).toBeNull();
    const loan =
      'Loan register: Honey extractor (4-frame radial, serial EXT-0947-R) out to B. Amadi 2 Aug, due back 16 Aug.';
    expect(unstatedAsked('How much is the late-return fine for the honey extractor?', loan)).toBe('price');
    const minutes = 'Item 4 - Bird strike risk: Hawkstone Raptor Services will start dawn patrols from 3 June.';
    expect(unstatedAsked('How much is the contract with Hawkstone Raptor Services worth?', minutes)).toBe('price');
    expect(unstatedAsked('How much is the contract worth?', 'Hawkstone contract: £18,500 a year')).toBeNull();
    const frames = "INSERT INTO frames (serial, make, donor) VALUES ('WTU204K7713C', 'Dawes Galaxy', 'H. Smeets');";
    expect(unstatedAsked('The frame size of the donated Dawes Galaxy, in centimetres, is', frames)).toBe(
      'height or length',
    );
    expect(unstatedAsked('The frame size of the Dawes Galaxy, in centimetres, is', 'Dawes Galaxy, 56 cm')).toBeNull();
    // (a rate "in pounds" is money, not a weight)
    expect(unstatedAsked("Each hour of Tamsin's work is billed at a rate in pounds of", 'SET rate = 95')).toBeNull();
  });
});
