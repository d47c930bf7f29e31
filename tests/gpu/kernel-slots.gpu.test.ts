// Kernels own their GPU objects (src/gpu/kernel.ts, issue 18): the i-th call recorded into an
// encoder uses call slot i — a params uniform made once and rewritten per call, a bind group re-made
// only when the buffers bound at that slot change. The kernels are built on a device wrapper that
// counts createBuffer / createBindGroup, so a kernel that allocated per call fails here.
import { describe, expect, it } from 'vitest';
import { ComputeKernel } from '../../src/gpu/kernel';
import { GpuKernelArgumentError } from '../../src/gpu/errors';
import { GistNetGpu } from '../../src/gpu/gistnet-wgsl';
import { gistNetRef } from '../../src/gpu/gistnet-wgsl.ref';
import { gistNetLayout, randomGistNetWeights, type GistNetConfig } from '../../src/gpu/gistnet-weights';
import { poisonedF32, readbackF32, uploadF32 } from '../../src/gpu/buffers';
import { maxScaledError, randomF32, withDevice } from './with-device';
import { countingDevice, type CountedCall } from './counting-device';

// out[0] = a + i as f32 (two params fields, so a rewrite of either shows).
const PROBE = `
struct Params { a: u32, i: u32 };
@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(1) fn main() { out[0] = f32(params.a + params.i); }
`;

const F32_TOLERANCE = 1e-5; // as in gistnet.gpu.test.ts

describe('kernel call slots', () => {
  it('two calls in one encoder keep their own params; later encoders rewrite them without allocating', async () => {
    await withDevice(async ({ device }) => {
      const counted = countingDevice(device);
      const kernel = new ComputeKernel(counted.device, 'probe', PROBE, ['uniform', 'write']);
      const outs = [0, 1].map((i) =>
        device.createBuffer({
          label: `probe.out${i}`,
          size: 16,
          usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
        }),
      );
      const record = async (calls: Array<[number, GPUBuffer]>) => {
        const encoder = device.createCommandEncoder({ label: 'test.encoder' });
        for (const [a, out] of calls) kernel.encode(encoder, { a, i: 1 }, [out], 1);
        device.queue.submit([encoder.finish()]);
        return Promise.all(outs.map(async (o) => (await readbackF32(device, o, 1))[0]));
      };
      counted.take();

      expect(
        await record([
          [10, outs[0]!],
          [20, outs[1]!],
        ]),
      ).toEqual([11, 21]); // slot 0 and slot 1
      expect(counted.take()).toEqual({ createBuffer: 2, createBindGroup: 2 });
      expect(kernel.slotCount).toBe(2);

      expect(
        await record([
          [30, outs[0]!],
          [40, outs[1]!],
        ]),
      ).toEqual([31, 41]); // same buffers: rewritten only
      expect(counted.take()).toEqual({ createBuffer: 0, createBindGroup: 0 });

      expect(await record([[50, outs[1]!]])).toEqual([31, 51]); // slot 0 now binds out1: one new bind group
      expect(counted.take()).toEqual({ createBuffer: 0, createBindGroup: 1 });

      expect(counted.labels).toEqual([
        'probe.params[0]',
        'probe.bind-group[0]',
        'probe.params[1]',
        'probe.bind-group[1]',
        'probe.bind-group[0]',
      ]);
      kernel.destroy();
      outs.forEach((o) => o.destroy());
    });
  });

  it('refuses to record into an encoder again after a later one (its params were rewritten)', async () => {
    await withDevice(async ({ device }) => {
      const kernel = new ComputeKernel(device, 'probe', PROBE, ['uniform', 'write']);
      const out = device.createBuffer({
        label: 'probe.out',
        size: 16,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
      });
      const first = device.createCommandEncoder({ label: 'test.first' });
      kernel.encode(first, { a: 1 }, [out], 1);
      const second = device.createCommandEncoder({ label: 'test.second' });
      kernel.encode(second, { a: 2 }, [out], 1);
      expect(() => kernel.encode(first, { a: 3 }, [out], 1)).toThrow(GpuKernelArgumentError);
      expect(() => kernel.encode(first, { a: 3 }, [out], 1)).toThrow(/encoder #1 recorded into again after encoder #2/);
      kernel.encode(second, { a: 4 }, [out], 1); // the current encoder goes on
      device.queue.submit([second.finish()]);
      expect((await readbackF32(device, out, 1))[0]).toBe(4);
      kernel.destroy();
      out.destroy();
    });
  });

  it('GistNetGpu (4 kernels, 34 calls per encoder): repeated encodes create no buffer and no bind group, and stay right', async () => {
    const config: GistNetConfig = {
      dModel: 13,
      width: 12,
      heads: 2,
      mlpHidden: 20,
      slots: 2,
      blockSize: 32,
      normEps: 1e-5,
    };
    const blocks = 3;
    const manifest = gistNetLayout(config);
    const weights = randomGistNetWeights(manifest);
    const inputs = [randomF32(blocks * 32 * 13), randomF32(blocks * 32 * 13)]; // (B, K, d), a new input per run
    await withDevice(async ({ device }) => {
      const counted = countingDevice(device);
      const net = new GistNetGpu(counted.device, manifest, weights);
      const xBuf = uploadF32(device, inputs[0]!, 'test.x');
      let out = poisonedF32(device, blocks * 13, 'test.gists');
      counted.take(); // the weight buffer

      const counts: Array<Record<CountedCall, number>> = [];
      for (let run = 0; run < 4; run++) {
        if (run === 3)
          out = poisonedF32(device, blocks * 13, 'test.gists-2'); // a new output buffer
        else device.queue.writeBuffer(out, 0, new Float32Array(blocks * 13).fill(Number.NaN));
        const x = inputs[run % 2]!;
        device.queue.writeBuffer(xBuf, 0, x);
        const encoder = device.createCommandEncoder({ label: 'test.encoder' });
        net.encode(encoder, xBuf, out, blocks);
        device.queue.submit([encoder.finish()]);
        counts.push(counted.take());
        const got = await readbackF32(device, out, blocks * 13);
        expect(maxScaledError(got, gistNetRef(manifest, weights, x, blocks))).toBeLessThanOrEqual(F32_TOLERANCE);
      }
      // Run 0: 17 scratch buffers + one uniform and one bind group per call (34 calls).
      expect(counts[0]).toEqual({ createBuffer: 17 + 34, createBindGroup: 34 });
      expect(counts[1]).toEqual({ createBuffer: 0, createBindGroup: 0 });
      expect(counts[2]).toEqual({ createBuffer: 0, createBindGroup: 0 });
      expect(counts[3]).toEqual({ createBuffer: 0, createBindGroup: 1 }); // only out_proj binds `out`
      for (const label of counted.labels)
        expect(label).toMatch(/^(gistnet|linear|norm|attention|mean-pool\.f32)\.[a-z0-9-]+(\[\d+( blocks)?\])?$/);
      net.destroy();
      xBuf.destroy();
      out.destroy();
    });
  });
});
