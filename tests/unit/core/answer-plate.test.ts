// Asked a vehicle's plate (src/core/answer-plate.ts): the openings written as plates, not a log's
// date nor a coach's size beside them; a request that asks no plate keeps every opening. Wordings of
// writers who never saw the rule (training/recall/guard.py writers 102, 131).
import { describe, expect, it } from 'vitest';
import { plateStarts } from '../../../src/core/answer-plate';
import { answerKind } from '../../../src/core/answer-kind';
import { plateAt } from '../../../src/core/unstated-attribute';

const log = '14/03 | in 15:20 | Graham Oduya | visiting Mrs. Pardoe (mother) | car reg: KX19 TFE | out 16:45';
const starts = ['14/03', '15:20', 'Graham', 'KX19', '16:45'].map((w) => log.indexOf(w));
const at = (qs: number[]) => qs.map((q) => log.slice(q).split(/[\s|]/)[0]);

describe('answer plate', () => {
  it('reads a plate as a run of capitals and digits with both, five to eight of them', () => {
    expect(plateAt(log, log.indexOf('KX19'))).toBe(true);
    expect(plateAt('Coach: 53-seater, plate KX19 BTE', 'Coach: 53-seater, plate '.length)).toBe(true);
    expect(plateAt(log, log.indexOf('14/03'))).toBe(false);
    expect(plateAt('[SMS 21:07] Dale', 1)).toBe(false);
    expect(plateAt('the yellow van, FM2.', 'the yellow van, '.length)).toBe(false);
  });

  it('keeps the plates when a plate is asked, else every opening', () => {
    const asked = 'Could you tell me which number plate Graham Oduya wrote down when he signed in?';
    expect(answerKind(asked)).toBe('code');
    expect(at(plateStarts(log, asked, starts))).toEqual(['KX19']);
    expect(at(plateStarts(log, 'When did Graham Oduya sign in?', starts))).toEqual(at(starts));
    // (a company's registration number is no plate)
    expect(at(plateStarts(log, "What is the firm's Companies House registration number?", starts))).toEqual(at(starts));
  });
});
