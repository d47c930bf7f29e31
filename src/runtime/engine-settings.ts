// Engine settings: the working-context budget, focus mode, position policy and sampling, with
// defaults derived from the loaded model and validation that explains what to change.
import { DEFAULT_SAMPLING, validateSampling, type SamplingParams } from '../models/sampling';
import { validatePositionPolicy, type PositionPolicy, type PositionPolicyKind } from '../core/position-policy';
import { resolveConfig } from '../core/config';
import type { EngineSettings, ModelInfo } from './engine-api';

export class EngineStateError extends Error {
  override readonly name = 'EngineStateError';
  constructor(
    message: string,
    readonly data: { state: string },
  ) {
    super(message);
  }
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(
    message: string,
    readonly data: { problems: string[] },
  ) {
    super(message);
  }
}

/**
 * Defaults for a model with `nativeContext` positions:
 *  - wMax = the package's `w_max_default` (the budget it answers from memory best with, measured)
 *    or else min(2048, native context): with the compacted policy, positions never exceed the
 *    model's trained range;
 *  - maxNewTokens = 128, reserved inside wMax so decoding never has to collapse mid-answer;
 *  - protectedTokens = 128: the current exchange stays exact;
 *  - similarity focus (works for any model); greedy sampling (most faithful on small models);
 *  - the memory check on only when the package asks for it (`memory_check`): a general model may
 *    be asked about things no document mentions;
 *  - the memory quote on only when the package asks for it (`memory_quote`): a model not trained
 *    on that layout may read the quote as part of the conversation;
 *  - answer copy on only when the package names the frames its model answers in (`answer_frames`).
 */
export function defaultSettings(
  nativeContext: number,
  policy: PositionPolicyKind = 'compacted',
  wMaxDefault?: number,
  memoryCheck = false,
  memoryQuote = false,
  answerCopy = false,
): EngineSettings {
  const positionPolicy: PositionPolicy =
    policy === 'bounded-gaps' ? { kind: 'bounded-gaps', maxGap: 64 } : { kind: policy };
  return {
    wMax: wMaxDefault ?? Math.min(2048, nativeContext),
    protectedTokens: 128,
    focusMode: 'similarity',
    positionPolicy,
    maxNewTokens: 128,
    sampling: { ...DEFAULT_SAMPLING } satisfies SamplingParams,
    memoryCheck,
    memoryQuote,
    answerCopy,
  };
}

export function validateSettings(
  s: EngineSettings,
  model: Pick<ModelInfo, 'nativeContext' | 'focusModes'>,
): EngineSettings {
  const problems: string[] = [];
  const int = (v: number) => Number.isInteger(v) && v > 0;
  if (typeof s.memoryCheck !== 'boolean') problems.push('memoryCheck must be true or false');
  if (typeof s.memoryQuote !== 'boolean') problems.push('memoryQuote must be true or false');
  if (typeof s.answerCopy !== 'boolean') problems.push('answerCopy must be true or false');
  if (!int(s.maxNewTokens)) problems.push('maxNewTokens must be a positive integer');
  if (!int(s.wMax)) problems.push('wMax must be a positive integer');
  if (s.positionPolicy.kind === 'compacted' && s.wMax > model.nativeContext) {
    problems.push(
      `wMax ${s.wMax} exceeds the model's native context (${model.nativeContext}); with compacted positions the model would see positions it was never trained on`,
    );
  }
  if (!model.focusModes.includes(s.focusMode))
    problems.push(
      `focus mode "${s.focusMode}" is not available for this model (available: ${model.focusModes.join(', ')})`,
    );
  try {
    validateSampling(s.sampling);
  } catch (e) {
    problems.push((e as Error).message);
  }
  try {
    validatePositionPolicy(s.positionPolicy);
  } catch (e) {
    problems.push((e as Error).message);
  }
  if (int(s.wMax) && int(s.maxNewTokens)) {
    try {
      // The working context's own budget is wMax minus the reply reserve.
      resolveConfig({ wMax: s.wMax - s.maxNewTokens, protectedTokens: s.protectedTokens, maxLevel: 3 });
    } catch (e) {
      problems.push(`wMax − maxNewTokens = ${s.wMax - s.maxNewTokens}: ${(e as Error).message}`);
    }
  }
  if (problems.length > 0) throw new SettingsError(`Invalid settings: ${problems.join('; ')}.`, { problems });
  return s;
}
