// Kernel wrapper: mean-pooled gist (training-free GistNet fallback), batched over B blocks in one
// dispatch. Owns its pipeline and bind-group layout; `encode` records without submitting.
import { makeShaderDataDefinitions, makeStructuredView } from 'webgpu-utils';
import shaderCode from '../../shaders/mean-pool.wgsl?raw';
import { dispatch2d } from './dispatch';
import { requireSize } from './kernel';

const WORKGROUP_SIZE = 64; // must match @workgroup_size in mean-pool.wgsl
const defs = makeShaderDataDefinitions(shaderCode);

export interface MeanPoolShape {
  blocks: number; // B
  rows: number; // K
  dim: number; // d
}

export class MeanPoolKernel {
  readonly pipeline: GPUComputePipeline;
  private readonly layout: GPUBindGroupLayout;

  constructor(private readonly device: GPUDevice) {
    const module = device.createShaderModule({ label: 'mean-pool.wgsl', code: shaderCode });
    this.layout = device.createBindGroupLayout({
      label: 'mean-pool.layout',
      entries: [
        { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'uniform' } },
        { binding: 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'read-only-storage' } },
        { binding: 2, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } },
      ],
    });
    this.pipeline = device.createComputePipeline({
      label: 'mean-pool.pipeline',
      layout: device.createPipelineLayout({ label: 'mean-pool.pipeline-layout', bindGroupLayouts: [this.layout] }),
      compute: { module, entryPoint: 'main' },
    });
  }

  /**
   * Records the pooling of x (B, K, d) into out (B, d). Returns the uniform buffer so the caller
   * can destroy it after submission.
   */
  encode(encoder: GPUCommandEncoder, x: GPUBuffer, out: GPUBuffer, shape: MeanPoolShape): GPUBuffer {
    const { blocks, rows, dim } = shape;
    requireSize('mean-pool', 'x', x, blocks * rows * dim);
    requireSize('mean-pool', 'out', out, blocks * dim);
    const params = makeStructuredView(defs.uniforms.params!);
    params.set({ blocks, rows, dim });
    const uniform = this.device.createBuffer({
      label: 'mean-pool.params',
      size: params.arrayBuffer.byteLength,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    this.device.queue.writeBuffer(uniform, 0, params.arrayBuffer);
    const bindGroup = this.device.createBindGroup({
      label: 'mean-pool.bind-group',
      layout: this.layout,
      entries: [
        { binding: 0, resource: { buffer: uniform } },
        { binding: 1, resource: { buffer: x } },
        { binding: 2, resource: { buffer: out } },
      ],
    });
    const pass = encoder.beginComputePass({ label: 'mean-pool.pass' });
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, bindGroup);
    const [gx, gy] = dispatch2d(blocks * dim, WORKGROUP_SIZE);
    pass.dispatchWorkgroups(gx, gy);
    pass.end();
    return uniform;
  }
}
