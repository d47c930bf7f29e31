// Which decoder file of a hub repository the loader picks (issue 17: q4f16 on WebGPU with
// shader-f16, else q4 or fp32; q4 or 8-bit on WASM; the user can override), hub references, and
// external data chunk names — pure functions, no files.
import { describe, expect, it } from 'vitest';
import {
  dtypePreference,
  externalDataChunks,
  externalDataFromConfig,
  variantCandidates,
} from '../../../../src/models/hub/hub-dtype';
import { hubBaseUrl, parseHubRef } from '../../../../src/models/hub/hub-ref';
import { HubModelError } from '../../../../src/models/hub/hub-errors';

describe('dtype choice', () => {
  it('prefers q4f16 on WebGPU with shader-f16, q4 without it, and 4-bit then 8-bit on WASM', () => {
    expect(dtypePreference({ path: 'webgpu', shaderF16: true })).toEqual(['q4f16', 'fp16', 'q4', 'fp32']);
    expect(dtypePreference({ path: 'webgpu', shaderF16: false })).toEqual(['q4', 'fp32']);
    expect(dtypePreference({ path: 'wasm' })).toEqual(['q4', 'q8', 'int8', 'uint8', 'fp32']);
    expect(dtypePreference({ path: 'cpu' })).toEqual(dtypePreference({ path: 'wasm' }));
  });

  it('lists each dtype as model*.onnx, then as the older merged decoder', () => {
    const c = variantCandidates({ path: 'webgpu', shaderF16: false });
    expect(c.map((x) => x.file)).toEqual([
      'onnx/model_q4.onnx',
      'onnx/decoder_model_merged_q4.onnx',
      'onnx/model.onnx',
      'onnx/decoder_model_merged.onnx',
    ]);
  });

  it("tries only the user override, and puts the repository's recommended dtype first when it runs here", () => {
    expect(variantCandidates({ path: 'wasm' }, 'fp16').map((x) => x.file)).toEqual([
      'onnx/model_fp16.onnx',
      'onnx/decoder_model_merged_fp16.onnx',
    ]);
    expect(variantCandidates({ path: 'wasm' }, undefined, 'q8')[0]!.file).toBe('onnx/model_quantized.onnx');
    expect(variantCandidates({ path: 'wasm' }, undefined, 'q4f16')[0]!.file).toBe('onnx/model_q4.onnx'); // not a WASM dtype: ignored
  });
});

describe('external data chunks', () => {
  it('finds <file>_data, <file>_data_1, … in chunk order and nothing else', () => {
    const listed = [
      'onnx/model.onnx',
      'onnx/model.onnx_data_1',
      'onnx/model.onnx_data',
      'onnx/model_q4.onnx_data',
      'onnx/model.onnx_data_10',
      'onnx/model.onnx_data_2',
      'onnx/model.onnx_datax',
    ];
    expect(externalDataChunks('onnx/model.onnx', listed)).toEqual([
      'onnx/model.onnx_data',
      'onnx/model.onnx_data_1',
      'onnx/model.onnx_data_2',
      'onnx/model.onnx_data_10',
    ]);
    expect(externalDataChunks('onnx/model_fp16.onnx', listed)).toEqual([]);
  });

  it('reads transformers.js_config.use_external_data_format like transformers.js', () => {
    expect(externalDataFromConfig('onnx/model.onnx', 'model', { 'model.onnx': 2 })).toEqual([
      'onnx/model.onnx_data',
      'onnx/model.onnx_data_1',
    ]);
    expect(externalDataFromConfig('onnx/model_q4.onnx', 'model', { model: 1 })).toEqual(['onnx/model_q4.onnx_data']);
    expect(externalDataFromConfig('onnx/model_q4.onnx', 'model', true)).toEqual(['onnx/model_q4.onnx_data']);
    expect(externalDataFromConfig('onnx/model_q4.onnx', 'model', { 'model.onnx': 3 })).toEqual([]);
    expect(externalDataFromConfig('onnx/model.onnx', 'model', undefined)).toEqual([]);
  });
});

describe('hub references', () => {
  it('parses owner/name with dtype and revision options', () => {
    expect(parseHubRef('onnx-community/Qwen2.5-0.5B-Instruct')).toMatchObject({
      repo: 'onnx-community/Qwen2.5-0.5B-Instruct',
      revision: 'main',
      dtype: undefined,
    });
    expect(parseHubRef('hf:a/b?dtype=q4f16&revision=v1.0', 'https://hub.test')).toEqual({
      repo: 'a/b',
      revision: 'v1.0',
      dtype: 'q4f16',
      host: 'https://hub.test',
      base: 'https://hub.test/a/b/resolve/v1.0/',
    });
    expect(hubBaseUrl('a/b?dtype=q4')).toBe('https://huggingface.co/a/b/resolve/main/');
    expect(parseHubRef('/models/demo/')).toBeNull();
    expect(parseHubRef('./x/y')).toBeNull();
    expect(parseHubRef('http://x/y/')).toBeNull();
  });

  it('rejects unknown dtypes and options with the valid choices', () => {
    expect(() => parseHubRef('a/b?dtype=q3')).toThrow(HubModelError);
    expect(() => parseHubRef('a/b?dtype=q3')).toThrow(/fp32, fp16, q8, int8, uint8, q4, q4f16, bnb4/);
    expect(() => parseHubRef('a/b?device=webgpu')).toThrow(/Unknown option "device"/);
  });
});
