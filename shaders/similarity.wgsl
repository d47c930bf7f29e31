// Similarity focus scorer (ARCHITECTURE §2 "Training-free fallbacks": cosine between the query's
// pooled embedding and each WC entry). Reads the assembled rows directly: an entry's pooled vector
// is the mean of its rows (a LOD0 block's ≤ K token embeddings, or the gist itself).
//   rows:    (W, d) f32 — inputs_embeds from assemble.wgsl — or packed f16 (storage prelude,
//            src/gpu/storage-dtype.ts: `x_word` / `load_x`); pooled and scored in f32 either way
//   entries: (E) WcEntry (common.wgsl); entry e owns rows [rowOffset_e, rowOffset_{e+1}) (last: W)
//   query:   (d) f32
//   scores:  (E) f32, cos(query, mean of the entry's rows) ∈ [−1, 1]; 0 when either vector is 0
// One 64-wide workgroup per entry: lanes split columns, three workgroup reductions.

struct Params {
  rows: u32,        // W
  entryCount: u32,  // E
  dim: u32,         // d
  eps: f32,         // norm floor
};

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<x_word>;
@group(0) @binding(2) var<storage, read> entries: array<WcEntry>;
@group(0) @binding(3) var<storage, read> query: array<f32>;
@group(0) @binding(4) var<storage, read_write> scores: array<f32>;

const WG = 64u;
var<workgroup> red: array<vec3f, 64>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(num_workgroups) nwg: vec3u,
        @builtin(local_invocation_index) lane: u32) {
  let e = wg.x + wg.y * nwg.x;
  if (e >= params.entryCount) { return; }
  let first = entries[e].rowOffset;
  var end = params.rows;
  if (e + 1u < params.entryCount) { end = entries[e + 1u].rowOffset; }
  let count = max(end - first, 1u);
  var acc = vec3f(0.0); // (dot, |m|², |q|²)
  for (var j = lane; j < params.dim; j += WG) {
    var m = 0.0;
    for (var r = first; r < end; r++) { m += load_x(r * params.dim + j); }
    m /= f32(count);
    let q = query[j];
    acc += vec3f(m * q, m * m, q * q);
  }
  red[lane] = acc;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s = s / 2u) {
    if (lane < s) { red[lane] += red[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) {
    let t = red[0];
    scores[e] = t.x / max(sqrt(t.y) * sqrt(t.z), params.eps);
  }
}
