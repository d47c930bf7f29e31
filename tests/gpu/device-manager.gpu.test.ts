// Device acquisition and loss handling. A real device loss cannot be triggered on demand
// (device.destroy() reports reason 'destroyed', which is deliberately not a loss), so recreation is
// tested with an injected fake GPU whose device.lost promise the test resolves with reason
// 'unknown' — exactly what the browser does after a driver reset. The real adapter is tested too.
import { describe, expect, it } from 'vitest';
import { GpuDeviceManager, type DeviceManagerEvent } from '../../src/gpu/device-manager';
import { acquireGpu } from '../../src/gpu/device';
import { GpuDeviceLostError, GpuUnavailableError } from '../../src/gpu/errors';

interface FakeDevice {
  label: string;
  destroyed: boolean;
  lose(reason: 'unknown' | 'destroyed'): void;
}

/** A GPU whose devices can be "lost"; `adapters` = how many requestAdapter calls succeed. */
function fakeGpu(adapters = Infinity) {
  const devices: FakeDevice[] = [];
  let requests = 0;
  const gpu = {
    async requestAdapter() {
      if (++requests > adapters) return null;
      return {
        features: new Set<string>(),
        limits: {
          maxStorageBufferBindingSize: 1 << 27,
          maxBufferSize: 1 << 28,
          maxComputeWorkgroupStorageSize: 16384,
          maxComputeInvocationsPerWorkgroup: 256,
        },
        info: { vendor: 'fake', architecture: 'fake', isFallbackAdapter: true },
        async requestDevice(desc: GPUDeviceDescriptor) {
          let resolveLost!: (info: { reason: string; message: string }) => void;
          const lost = new Promise<{ reason: string; message: string }>((r) => (resolveLost = r));
          const device: FakeDevice & { lost: typeof lost; destroy(): void } = {
            label: desc.label ?? '',
            destroyed: false,
            lost,
            lose: (reason) => resolveLost({ reason, message: `simulated ${reason}` }),
            destroy() {
              this.destroyed = true;
              resolveLost({ reason: 'destroyed', message: '' });
            },
          };
          devices.push(device);
          return device;
        },
      };
    },
  };
  return { gpu: gpu as unknown as GPU, devices };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('GpuDeviceManager', () => {
  it('recreates the device when it is lost with reason "unknown" and notifies', async () => {
    const { gpu, devices } = fakeGpu();
    const m = new GpuDeviceManager({ gpu, label: 'test' });
    const events: DeviceManagerEvent[] = [];
    m.subscribe((e) => events.push(e));
    const first = await m.start();
    expect(m.generation).toBe(1);
    expect(first.device.label).toBe('test#1');
    devices[0]!.lose('unknown');
    await tick();
    const second = await m.ready();
    expect(events.map((e) => e.type)).toEqual(['lost', 'recreated']);
    expect(events[0]!.type === 'lost' && events[0]!.error).toBeInstanceOf(GpuDeviceLostError);
    expect(second.device).not.toBe(first.device);
    expect(second.device.label).toBe('test#2');
    expect(m.context).toBe(second);
    m.dispose();
  });

  it('does not recreate after an explicit destroy, and ignores a stale device', async () => {
    const { gpu, devices } = fakeGpu();
    const m = new GpuDeviceManager({ gpu });
    const events: DeviceManagerEvent[] = [];
    m.subscribe((e) => events.push(e));
    await m.start();
    devices[0]!.lose('unknown');
    await tick();
    await m.ready();
    devices[0]!.lose('unknown'); // the old device again: stale, ignored
    await tick();
    expect(events.map((e) => e.type)).toEqual(['lost', 'recreated']);
    m.dispose();
    await tick();
    expect(devices[1]!.destroyed).toBe(true);
    expect(devices).toHaveLength(2);
    expect(() => m.context).toThrow(GpuDeviceLostError);
  });

  it('gives up after maxRecreates losses and reports failure', async () => {
    const { gpu, devices } = fakeGpu();
    const m = new GpuDeviceManager({ gpu, maxRecreates: 1 });
    const events: string[] = [];
    m.subscribe((e) => events.push(e.type));
    await m.start();
    devices[0]!.lose('unknown');
    await tick();
    await m.ready();
    devices[1]!.lose('unknown');
    await tick();
    expect(events).toEqual(['lost', 'recreated', 'lost', 'failed']);
    expect(devices).toHaveLength(2);
  });

  it('reports failure when no adapter is left to recreate on', async () => {
    const { gpu, devices } = fakeGpu(1);
    const m = new GpuDeviceManager({ gpu });
    const events: DeviceManagerEvent[] = [];
    m.subscribe((e) => events.push(e));
    await m.start();
    devices[0]!.lose('unknown');
    await tick();
    await expect(m.ready()).rejects.toBeInstanceOf(GpuUnavailableError);
    await tick();
    expect(events.map((e) => e.type)).toEqual(['lost', 'failed']);
  });

  it('acquires the real headless-Chromium adapter: fallback accepted, shader-f16 only when offered', async () => {
    const m = new GpuDeviceManager({ label: 'real' });
    const ctx = await m.start();
    const adapter = await navigator.gpu.requestAdapter();
    expect(ctx.device.label).toBe('real#1');
    expect(ctx.f16).toBe(adapter!.features.has('shader-f16'));
    expect(ctx.device.features.has('shader-f16')).toBe(ctx.f16);
    expect(ctx.device.limits.maxStorageBufferBindingSize).toBe(adapter!.limits.maxStorageBufferBindingSize);
    let lost = false;
    m.subscribe(() => (lost = true));
    m.dispose(); // reason 'destroyed': not a loss
    await tick();
    expect(lost).toBe(false);
  });

  it('acquireGpu says clearly when there is no WebGPU', async () => {
    await expect(acquireGpu({}, null as unknown as GPU)).rejects.toBeInstanceOf(GpuUnavailableError);
  });
});
