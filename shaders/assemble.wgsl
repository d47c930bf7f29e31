// Mixed-LOD assembly (ARCHITECTURE §4 step 3 "Assemble"; seeds: Working Context assembly): from the
// WC entries, the token ids, the embedding table and the gist store, write the decoder's
// inputs_embeds (W, d) and position_ids (W) in ONE pass. Output buffers stay on the GPU and are
// handed to onnxruntime-web as GPU tensors (same GPUDevice).
//   entries:   (E) WcEntry (common.wgsl), rowOffset ascending
//   tokenIds:  (T) u32 — every token of the history; LOD0 block b reads ids b·K …
//   table:     (V, d) embedding table, f32 or packed f16
//   gists:     (G, d) f32 or packed f16, all levels in one buffer; level ℓ starts at row levelBase[ℓ]
//   embeds:    (W, d) f32 always (the ONNX decoder takes f32 inputs_embeds)
// `table_word` / `load_table` and `gists_word` / `load_gists` come from the storage prelude
// (src/gpu/storage-dtype.ts): array<f32> read as is, or array<u32> of f16 pairs widened with unpack2x16float.
//   positions: (W) int64 as (lo, hi) u32 pairs when positionWords = 2, or int32 when 1
// One 64-wide workgroup per output row: binary search for the row's entry, lanes copy columns.
// Out-of-range token ids or levels write a zero row (the host validates; the GPU never reads OOB).

struct Params {
  rows: u32,           // W
  entryCount: u32,     // E
  dim: u32,            // d
  totalTokens: u32,    // T
  vocab: u32,          // V
  policy: u32,         // POLICY_*
  positionWords: u32,  // 2 = int64, 1 = int32
  blockSize: u32,      // K
  levels: u32,         // entries in levelBase (max level + 1)
};

const POLICY_ABSOLUTE = 0u;
const POLICY_COMPACTED = 1u;
const POLICY_BOUNDED_GAPS = 2u;
const WG = 64u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> entries: array<WcEntry>;
@group(0) @binding(2) var<storage, read> tokenIds: array<u32>;
@group(0) @binding(3) var<storage, read> table: array<table_word>;
@group(0) @binding(4) var<storage, read> gists: array<gists_word>;
@group(0) @binding(5) var<storage, read> levelBase: array<u32>;
@group(0) @binding(6) var<storage, read_write> embeds: array<f32>;
@group(0) @binding(7) var<storage, read_write> positions: array<u32>;

/** Index of the last entry whose rowOffset ≤ row. */
fn find_entry(row: u32) -> u32 {
  var lo = 0u;
  var hi = params.entryCount - 1u;
  while (lo < hi) {
    let mid = (lo + hi + 1u) / 2u;
    if (entries[mid].rowOffset <= row) { lo = mid; } else { hi = mid - 1u; }
  }
  return lo;
}

fn span_tokens(level: u32) -> u32 {
  var s = 1u;
  for (var l = 0u; l < level; l++) { s *= params.blockSize; }
  return s;
}

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(num_workgroups) nwg: vec3u,
        @builtin(local_invocation_index) lane: u32) {
  let row = wg.x + wg.y * nwg.x;
  if (row >= params.rows) { return; }
  let e = entries[find_entry(row)];
  let r = row - e.rowOffset; // row inside the entry (0 for a gist)

  // Source row: a token embedding (LOD0) or a gist (LODℓ).
  var src = 0u;
  var valid = false;
  if (e.level == 0u) {
    let t = e.index * params.blockSize + r;
    if (t < params.totalTokens) {
      let id = tokenIds[t];
      valid = id < params.vocab;
      src = id * params.dim;
    }
  } else if (e.level < params.levels) {
    valid = true;
    src = (levelBase[e.level] + e.index) * params.dim;
  }
  let dst = row * params.dim;
  for (var j = lane; j < params.dim; j += WG) {
    var v = 0.0;
    if (valid) {
      if (e.level == 0u) { v = load_table(src + j); } else { v = load_gists(src + j); }
    }
    embeds[dst + j] = v;
  }

  if (lane == 0u) {
    var pos = row;
    if (params.policy == POLICY_ABSOLUTE) {
      if (e.level == 0u) {
        pos = e.index * params.blockSize + r;
      } else {
        let span = span_tokens(e.level);
        pos = e.index * span + span / 2u;
      }
    } else if (params.policy == POLICY_BOUNDED_GAPS) {
      pos = e.positionBase + r;
    }
    if (params.positionWords == 2u) {
      positions[2u * row] = pos;
      positions[2u * row + 1u] = 0u; // high word: positions are < 2^31
    } else {
      positions[row] = pos;
    }
  }
}
