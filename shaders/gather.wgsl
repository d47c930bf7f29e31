// Embedding gather (ARCHITECTURE §1 LOD0: "its embedding from the base model's embedding table";
// GistNet input rows): out[n, :] = table[ids[n], :].
//   ids: (N) u32   table: (V, d) f32 or packed f16   out: (N, d) f32
// One invocation per output element, flattened 2-D; an id ≥ V writes a zero row.
// `table_word` / `load_table` come from the storage prelude (src/gpu/storage-dtype.ts): array<f32> read as is,
// or array<u32> holding two f16 per word widened with unpack2x16float.

struct Params {
  rows: u32,   // N
  dim: u32,    // d
  vocab: u32,  // V
};

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> ids: array<u32>;
@group(0) @binding(2) var<storage, read> table: array<table_word>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let i = gid.x + gid.y * nwg.x * 64u;
  if (i >= params.rows * params.dim) { return; }
  let n = i / params.dim;
  let j = i % params.dim;
  let id = ids[n];
  var v = 0.0;
  if (id < params.vocab) { v = load_table(id * params.dim + j); }
  out[i] = v;
}
