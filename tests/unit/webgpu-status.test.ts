import { describe, expect, it } from 'vitest';
import { describeWebGpuStatus, readWebGpuStatus } from '../../src/gpu/webgpu-status';

function fakeGpu(adapter: Partial<GPUAdapter> | null, throws?: Error): GPU {
  return {
    requestAdapter: async () => {
      if (throws) throw throws;
      return adapter as GPUAdapter | null;
    },
  } as unknown as GPU;
}

const swiftshader = {
  info: {
    vendor: 'google',
    architecture: 'swiftshader',
    description: '',
    isFallbackAdapter: true,
  } as unknown as GPUAdapterInfo,
  features: new Set<string>() as unknown as GPUSupportedFeatures,
  limits: { maxStorageBufferBindingSize: 2 ** 30, maxBufferSize: 2 ** 30 } as GPUSupportedLimits,
};

describe('readWebGpuStatus', () => {
  it('reports no WebGPU when navigator.gpu is missing', async () => {
    const s = await readWebGpuStatus({});
    expect(s.available).toBe(false);
    expect(describeWebGpuStatus(s)).toMatch(/^No WebGPU — WASM fallback/);
  });

  it('reports no WebGPU when requestAdapter returns null or throws', async () => {
    expect((await readWebGpuStatus({ gpu: fakeGpu(null) })).available).toBe(false);
    const s = await readWebGpuStatus({ gpu: fakeGpu(null, new Error('blocked')) });
    expect(s).toEqual({ available: false, reason: 'requestAdapter failed: blocked' });
  });

  it('reads architecture, fallback flag and shader-f16 from the adapter', async () => {
    const s = await readWebGpuStatus({ gpu: fakeGpu(swiftshader) });
    expect(s).toMatchObject({
      available: true,
      architecture: 'swiftshader',
      isFallbackAdapter: true,
      shaderF16: false,
    });
    expect(describeWebGpuStatus(s)).toBe('WebGPU: google swiftshader (fallback adapter), f32 only');

    const f16 = {
      ...swiftshader,
      features: new Set(['shader-f16']) as unknown as GPUSupportedFeatures,
      info: { vendor: 'nvidia', architecture: 'hopper', description: '' } as unknown as GPUAdapterInfo,
    };
    const t = await readWebGpuStatus({ gpu: fakeGpu(f16) });
    expect(describeWebGpuStatus(t)).toBe('WebGPU: nvidia hopper, shader-f16');
  });
});
