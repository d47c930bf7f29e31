// Shared WGSL declarations, prepended to kernels by their TS wrappers (WGSL has no #include).

// One working-context entry as the host uploads it (ARCHITECTURE §1 "Working context"): the tree
// address plus where it lands in the assembled rows. Layout read by src/gpu/wc-entries.ts through
// webgpu-utils, never hand-counted.
struct WcEntry {
  level: u32,         // 0 = LOD0 block (≤ K token rows), ℓ ≥ 1 = one gist row
  index: u32,         // block index (LOD0) or node index at level ℓ
  rowOffset: u32,     // first output row (prefix sum of the rows before it)
  positionBase: u32,  // position of its first row under the policy (host scan, position-policy.ts)
};
