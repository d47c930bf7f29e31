// Row normalisation for GistNet (seeds: 32→1→32→1 — pre-norm before every attention / MLP):
//   RMSNorm:   y = x / sqrt(mean(x²) + eps) · g
//   LayerNorm: y = (x − mean(x)) / sqrt(var(x) + eps) · g + b
//   x: (N, d)   g, b: (d)   y: (N, d)
// One 64-wide workgroup per row (tree reductions in workgroup memory); rows flattened 2-D so N may
// exceed 65,535; d need not be a multiple of 4 or of 64.

struct Params {
  rows: u32,  // N
  dim: u32,   // d
  mode: u32,  // 0 RMSNorm, 1 LayerNorm
  eps: f32,
};

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;       // (N, d)
@group(0) @binding(2) var<storage, read> gain: array<f32>;    // (d)
@group(0) @binding(3) var<storage, read> bias: array<f32>;    // (d), LayerNorm only
@group(0) @binding(4) var<storage, read_write> y: array<f32>; // (N, d)

const WG = 64u;
var<workgroup> red: array<f32, 64>;

fn reduce_sum(lane: u32, v: f32) -> f32 {
  red[lane] = v;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s = s / 2u) {
    if (lane < s) { red[lane] += red[lane + s]; }
    workgroupBarrier();
  }
  let total = red[0];
  workgroupBarrier();
  return total;
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(num_workgroups) nwg: vec3u,
        @builtin(local_invocation_index) lane: u32) {
  let row = wg.x + wg.y * nwg.x;
  if (row >= params.rows) { return; } // uniform: the whole workgroup leaves together
  let base = row * params.dim;
  let n = f32(params.dim);
  var mean = 0.0;
  if (params.mode == 1u) {
    var s = 0.0;
    for (var j = lane; j < params.dim; j += WG) { s += x[base + j]; }
    mean = reduce_sum(lane, s) / n;
  }
  var sq = 0.0;
  for (var j = lane; j < params.dim; j += WG) {
    let c = x[base + j] - mean;
    sq += c * c;
  }
  let inv = inverseSqrt(reduce_sum(lane, sq) / n + params.eps);
  for (var j = lane; j < params.dim; j += WG) {
    var v = (x[base + j] - mean) * inv * gain[j];
    if (params.mode == 1u) { v += bias[j]; }
    y[base + j] = v;
  }
}
