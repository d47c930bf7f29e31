// The `params` uniform of every kernel (src/gpu/kernel.ts) is laid out from its WGSL struct by
// webgpu-utils, so no WGSL struct carries `_pad` fields, and its buffer is the struct size rounded up
// to 16 bytes. Measured here (Chromium 156, SwiftShader): a binding of exactly the struct size
// (36 bytes) validates as well; the rounding is for Dawn builds that rejected a uniform binding
// that is not a multiple of 16 (hexops/mach#803). How a kernel keeps its uniforms and bind groups
// between calls: kernel-slots.gpu.test.ts.
import { describe, expect, it } from 'vitest';
import { acquireGpu } from '../../src/gpu/device';
import { ComputeKernel, uniformBytes } from '../../src/gpu/kernel';
import { readbackF32 } from '../../src/gpu/buffers';
import { withDevice } from './with-device';
import { countingDevice } from './counting-device';

// Params of 9 u32 = 36 bytes (the shape of assemble.wgsl's Params); out[0] = a + i (as f32).
const CODE = `
struct Params { a: u32, b: u32, c: u32, d: u32, e: u32, f: u32, g: u32, h: u32, i: u32 };
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(1) fn main() { out[0] = f32(params.a + params.i); }
`;

describe('kernel uniforms', () => {
  it('uniformBytes rounds a struct size up to a multiple of 16', () => {
    expect([4, 16, 28, 36, 48].map(uniformBytes)).toEqual([16, 16, 32, 48, 48]);
  });

  it('a 36-byte struct binds with 36 or 48 bytes here; the kernel makes 48', async () => {
    const { device } = await acquireGpu({ label: 'uniform-size-probe' });
    try {
      const counted = countingDevice(device);
      const kernel = new ComputeKernel(counted.device, 'probe', CODE, ['uniform', 'write']);
      expect(kernel.defs.uniforms.params!.size).toBe(36); // the layout webgpu-utils reads from the WGSL
      const out = device.createBuffer({
        label: 'probe.out',
        size: 16,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
      });
      const attempt = async (size: number) => {
        const uniform = device.createBuffer({
          label: `probe.params.${size}`,
          size,
          usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
        });
        device.pushErrorScope('validation');
        const encoder = device.createCommandEncoder();
        const pass = encoder.beginComputePass();
        pass.setPipeline(kernel.pipeline);
        pass.setBindGroup(
          0,
          device.createBindGroup({
            layout: kernel.layout,
            entries: [
              { binding: 0, resource: { buffer: uniform } },
              { binding: 1, resource: { buffer: out } },
            ],
          }),
        );
        pass.dispatchWorkgroups(1);
        pass.end();
        device.queue.submit([encoder.finish()]);
        const error = await device.popErrorScope();
        uniform.destroy();
        return error?.message ?? null;
      };
      expect(await attempt(36)).toBeNull();
      expect(await attempt(48)).toBeNull();
      expect(await attempt(32)).not.toBeNull(); // one word short of the struct is refused: the probe can fail
      const encoder = device.createCommandEncoder();
      kernel.encode(encoder, { a: 1 }, [out], 1);
      device.queue.submit([encoder.finish()]);
      expect(counted.bufferSizes).toEqual([48]);
      kernel.destroy();
      out.destroy();
    } finally {
      device.destroy();
    }
  });

  it("ComputeKernel's own uniform buffer binds (no validation error in withDevice's scopes) and carries the values", async () => {
    const got = await withDevice(async ({ device }) => {
      const kernel = new ComputeKernel(device, 'probe', CODE, ['uniform', 'write']);
      const out = device.createBuffer({
        label: 'probe.out',
        size: 16,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
      });
      const encoder = device.createCommandEncoder();
      kernel.encode(encoder, { a: 40, i: 2 }, [out], 1);
      device.queue.submit([encoder.finish()]);
      const result = await readbackF32(device, out, 1);
      kernel.destroy();
      out.destroy();
      return result[0];
    });
    expect(got).toBe(42);
  });
});
