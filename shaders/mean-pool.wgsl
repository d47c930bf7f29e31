// Mean-pooled gist (training-free GistNet fallback, seeds: "mean-pooled gist"):
// out[b, j] = (1/K) * sum_k x[b, k, j].
//   x:   (B, K, d) f32 or packed f16, row-major
//   out: (B, d)    f32 (accumulated in f32 either way)
// One invocation per output element; d need not be a multiple of 4 or of the workgroup size.
// `x_word` / `load_x` come from the storage prelude (src/gpu/storage-dtype.ts).

struct Params {
  blocks: u32,   // B
  rows: u32,     // K (rows per block, 32 for full blocks)
  dim: u32,      // d
};

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<x_word>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  // 2-D dispatch flattened so B·d may exceed 65535 workgroups in one dimension.
  let i = gid.x + gid.y * nwg.x * 64u;
  let total = params.blocks * params.dim;
  if (i >= total) { return; }
  let b = i / params.dim;
  let j = i % params.dim;
  let base = b * params.rows * params.dim + j;
  var acc = 0.0;
  for (var k = 0u; k < params.rows; k++) {
    acc += load_x(base + k * params.dim);
  }
  out[i] = acc / f32(params.rows);
}
