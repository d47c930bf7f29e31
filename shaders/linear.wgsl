// Linear layer for GistNet (seeds: 32→1→32→1 — in/out projections, attention Q/K/V/O projections,
// MLP), batched over all rows of all B blocks in one dispatch:
//   y[n, o] = act( Σ_i x[n, i] · W[o, i] + b[o] ) + r[off + (n mod R)·stride + o]
//   x: (N, in)   W: (out, in) — PyTorch nn.Linear layout   b: (out)   r: (R, out)   y: (N, out)
//   stride = residualStride, or out when 0 (a dense table); off = residualOffset (floats). GistNet's
//   last-row skip reads r = the input blocks (B, K, d) with off = (K − 1)·d, stride = K·d.
// act: 0 = identity, 1 = GELU (tanh approximation; train with gelu(approximate='tanh')).
// R = 0 means no residual; R = N is a plain residual; R = K broadcasts a (K, out) table (positions).
// 16×16 output tile per workgroup, x and W tiles staged in workgroup memory; any N, in, out.

struct Params {
  rows: u32,          // N
  inDim: u32,         // in
  outDim: u32,        // out
  activation: u32,    // 0 identity, 1 GELU (tanh)
  residualRows: u32,  // R (0 = none)
  residualStride: u32, // floats between residual rows (0 = outDim)
  residualOffset: u32, // floats before the first residual row
};

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;        // (N, in)
@group(0) @binding(2) var<storage, read> w: array<f32>;        // (out, in)
@group(0) @binding(3) var<storage, read> bias: array<f32>;     // (out)
@group(0) @binding(4) var<storage, read> residual: array<f32>; // (R, out)
@group(0) @binding(5) var<storage, read_write> y: array<f32>;  // (N, out)

const TILE = 16u;
var<workgroup> xs: array<array<f32, 16>, 16>; // [row in tile][k in tile]
var<workgroup> ws: array<array<f32, 16>, 16>; // [col in tile][k in tile]

fn gelu_tanh(v: f32) -> f32 {
  let inner = clamp(0.7978845608028654 * (v + 0.044715 * v * v * v), -15.0, 15.0);
  return 0.5 * v * (1.0 + tanh(inner));
}

@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_id) lid: vec3u) {
  let row = wg.y * TILE + lid.y;   // n
  let col = wg.x * TILE + lid.x;   // o
  let wRow = wg.x * TILE + lid.y;  // the W row this thread stages
  var acc = 0.0;
  let tiles = (params.inDim + TILE - 1u) / TILE;
  for (var t = 0u; t < tiles; t++) {
    let k = t * TILE + lid.x;
    var xv = 0.0;
    if (row < params.rows && k < params.inDim) { xv = x[row * params.inDim + k]; }
    xs[lid.y][lid.x] = xv;
    var wv = 0.0;
    if (wRow < params.outDim && k < params.inDim) { wv = w[wRow * params.inDim + k]; }
    ws[lid.y][lid.x] = wv;
    workgroupBarrier();
    for (var kk = 0u; kk < TILE; kk++) {
      acc += xs[lid.y][kk] * ws[lid.x][kk];
    }
    workgroupBarrier();
  }
  if (row >= params.rows || col >= params.outDim) { return; }
  var v = acc + bias[col];
  if (params.activation == 1u) { v = gelu_tanh(v); }
  if (params.residualRows > 0u) {
    let stride = select(params.outDim, params.residualStride, params.residualStride > 0u);
    v += residual[params.residualOffset + (row % params.residualRows) * stride + col];
  }
  y[row * params.outDim + col] = v;
}
