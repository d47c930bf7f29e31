// Multi-head scaled dot-product attention for GistNet (seeds: 32→1→32→1): self-attention over a
// 32-row block and cross-attention from S learned slot queries to the block (and back), batched
// over B blocks in one dispatch, non-causal (GistNet sees the whole block):
//   out[b, i, h, :] = softmax_k( q[b, i, h, :] · k[b, k, h, :] · scale ) · v[b, k, h, :]
//   q: (Bq, Lq, H·dh) with Bq = B, or Bq = 1 and qBatchStride = 0 (slot queries shared by all blocks)
//   k, v: (B, Lk, H·dh)   out: (B, Lq, H·dh)   scale = 1/sqrt(dh)
// One 32-wide workgroup per (b, i, h): lanes score keys, softmax via workgroup reductions, then
// lanes split the dh output columns. Lk ≤ MAX_KEYS (256); any dh.

struct Params {
  batches: u32,       // B
  queries: u32,       // Lq
  keys: u32,          // Lk
  heads: u32,         // H
  headDim: u32,       // dh
  qBatchStride: u32,  // floats between consecutive blocks in q (0 = shared queries)
  scale: f32,
};

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> q: array<f32>;         // (Bq, Lq, H·dh)
@group(0) @binding(2) var<storage, read> k: array<f32>;         // (B, Lk, H·dh)
@group(0) @binding(3) var<storage, read> v: array<f32>;         // (B, Lk, H·dh)
@group(0) @binding(4) var<storage, read_write> out: array<f32>; // (B, Lq, H·dh)

const WG = 32u;
const MAX_KEYS = 256u;
var<workgroup> p: array<f32, 256>; // scores, then unnormalised probabilities
var<workgroup> red: array<f32, 32>;

fn reduce(lane: u32, value: f32, isMax: bool) -> f32 {
  red[lane] = value;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s = s / 2u) {
    if (lane < s) {
      if (isMax) { red[lane] = max(red[lane], red[lane + s]); } else { red[lane] += red[lane + s]; }
    }
    workgroupBarrier();
  }
  let r = red[0];
  workgroupBarrier();
  return r;
}

@compute @workgroup_size(32)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(num_workgroups) nwg: vec3u,
        @builtin(local_invocation_index) lane: u32) {
  let g = wg.x + wg.y * nwg.x; // flat (b, i, h)
  let H = params.heads;
  let dh = params.headDim;
  if (g >= params.batches * params.queries * H) { return; } // uniform per workgroup
  let h = g % H;
  let i = (g / H) % params.queries;
  let b = g / (H * params.queries);
  let width = H * dh;
  let qBase = b * params.qBatchStride + i * width + h * dh;
  let kvBase = b * params.keys * width + h * dh;

  var localMax = -3.0e38;
  for (var kk = lane; kk < params.keys; kk += WG) {
    var s = 0.0;
    for (var j = 0u; j < dh; j++) { s += q[qBase + j] * k[kvBase + kk * width + j]; }
    s *= params.scale;
    p[kk] = s;
    localMax = max(localMax, s);
  }
  let m = reduce(lane, localMax, true);
  var localSum = 0.0;
  for (var kk = lane; kk < params.keys; kk += WG) {
    let e = exp(p[kk] - m);
    p[kk] = e;
    localSum += e;
  }
  let inv = 1.0 / reduce(lane, localSum, false); // the barriers inside also publish p[]
  let oBase = (b * params.queries + i) * width + h * dh;
  for (var j = lane; j < dh; j += WG) {
    var acc = 0.0;
    for (var kk = 0u; kk < params.keys; kk++) { acc += p[kk] * v[kvBase + kk * width + j]; }
    out[oBase + j] = acc * inv;
  }
}
