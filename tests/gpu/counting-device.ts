// A GPUDevice wrapper for allocation tests (issue 18: kernels allocate nothing per call): counts
// createBuffer / createBindGroup and keeps their labels; every other member passes through to the
// real device (methods bound to it, since WebGPU objects refuse a foreign `this`).
export type CountedCall = 'createBuffer' | 'createBindGroup';

export interface CountingDevice {
  device: GPUDevice;
  /** Labels of every counted object, in creation order. */
  labels: string[];
  /** Sizes of the buffers created, in creation order. */
  bufferSizes: number[];
  /** The counts since the last take, then zeroed. */
  take(): Record<CountedCall, number>;
}

export function countingDevice(device: GPUDevice): CountingDevice {
  const calls: Record<CountedCall, number> = { createBuffer: 0, createBindGroup: 0 };
  const labels: string[] = [];
  const bufferSizes: number[] = [];
  const wrapped = new Proxy(device, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key === 'createBuffer' || key === 'createBindGroup') {
        return (descriptor: GPUBufferDescriptor | GPUBindGroupDescriptor) => {
          calls[key]++;
          labels.push(descriptor.label ?? '');
          if ('size' in descriptor) bufferSizes.push(descriptor.size);
          return (value as (d: typeof descriptor) => unknown).call(target, descriptor);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return {
    device: wrapped,
    labels,
    bufferSizes,
    take() {
      const c = { ...calls };
      calls.createBuffer = calls.createBindGroup = 0;
      return c;
    },
  };
}
