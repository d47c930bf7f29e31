// The decoder's I/O contract (ARCHITECTURE §2 "Base model"): inputs_embeds, attention_mask,
// position_ids, past_key_values.{i}.key/value → logits, present.{i}.key/value, and optionally
// num_logits_to_keep. Checked against the session's declared names with clear errors.

export interface DecoderDims {
  numLayers: number;
  numKvHeads: number;
  headDim: number;
  hiddenSize: number;
  vocabSize: number;
}

export interface DecoderSpec extends DecoderDims {
  hasNumLogitsToKeep: boolean;
  /** Whether the graph declares attention_mask / position_ids (some exports drop one of them). */
  hasAttentionMask: boolean;
  hasPositionIds: boolean;
}

export class DecoderContractError extends Error {
  override readonly name = 'DecoderContractError';
  constructor(
    message: string,
    readonly data: { missing: string[]; inputs: string[]; outputs: string[] },
  ) {
    super(message);
  }
}

export const pastKey = (i: number) => `past_key_values.${i}.key`;
export const pastValue = (i: number) => `past_key_values.${i}.value`;
export const presentKey = (i: number) => `present.${i}.key`;
export const presentValue = (i: number) => `present.${i}.value`;

/** Verifies the session's names against the dims from the package config; returns the spec. */
export function checkDecoderContract(
  dims: DecoderDims,
  inputNames: readonly string[],
  outputNames: readonly string[],
): DecoderSpec {
  const inputs = new Set(inputNames);
  const outputs = new Set(outputNames);
  const missing: string[] = [];
  if (!inputs.has('inputs_embeds')) missing.push('input inputs_embeds');
  if (!outputs.has('logits')) missing.push('output logits');
  for (let i = 0; i < dims.numLayers; i++) {
    for (const n of [pastKey(i), pastValue(i)]) if (!inputs.has(n)) missing.push(`input ${n}`);
    for (const n of [presentKey(i), presentValue(i)]) if (!outputs.has(n)) missing.push(`output ${n}`);
  }
  const extraLayers = inputNames.filter((n) => /^past_key_values\.(\d+)\.key$/.test(n)).length;
  if (extraLayers !== dims.numLayers)
    missing.push(`exactly ${dims.numLayers} layers of KV inputs (graph has ${extraLayers})`);
  if (missing.length > 0) {
    const hint =
      inputs.has('input_ids') && !inputs.has('inputs_embeds')
        ? ' The graph takes input_ids: run graph surgery first.'
        : '';
    throw new DecoderContractError(
      `The decoder does not match the package config: missing ${missing.join(', ')}.${hint}`,
      {
        missing,
        inputs: [...inputNames],
        outputs: [...outputNames],
      },
    );
  }
  return {
    ...dims,
    hasNumLogitsToKeep: inputs.has('num_logits_to_keep'),
    hasAttentionMask: inputs.has('attention_mask'),
    hasPositionIds: inputs.has('position_ids'),
  };
}
