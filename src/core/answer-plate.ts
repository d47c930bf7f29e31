// Asked a vehicle's plate (issue 16, answer copy — src/core/answer-copy.ts): "What number plate is on
// the car the Mensah-Brights have insured?", "Could you tell me which number plate Graham Oduya wrote
// down when he signed in?" of a visitors' log ("14/03 | in 15:20 | Graham Oduya | … | car reg: KX19
// TFE") asks the run of capitals and digits a plate is written as, not the log's date ("It is 14/03.")
// nor the policy holder's name. A request that asks a plate keeps the openings written as plates
// (unstated-attribute.ts `plateAt`), where there are any. Writers 6, 63, 68, 95, 102 and 131
// (training/recall/guard.py) asked so. Pure logic over characters.

import { asksPlate, plateAt } from './unstated-attribute.ts';

/** Of `starts`, those written as a vehicle's plate when `request` asks one and there are any; else `starts`. */
export function plateStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!asksPlate(request)) return [...starts];
  const plates = starts.filter((q) => plateAt(source, q));
  return plates.length > 0 ? plates : [...starts];
}
