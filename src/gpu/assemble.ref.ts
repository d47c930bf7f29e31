// CPU reference for shaders/assemble.wgsl (Working Context assembly): inputs_embeds (W, d) and
// position_ids (W) from the WC entries, token ids, embedding table and gist store.
import { positionIds, placeEntries, type PositionPolicy, type WcEntryAddress } from '../core/position-policy';

export interface AssembleRefInputs {
  entries: readonly WcEntryAddress[];
  tokenIds: Uint32Array; // (T)
  table: Float32Array; // (V, d)
  gists: Float32Array; // (G, d)
  levelBase: Uint32Array; // (levels)
  dim: number; // d
  blockSize: number; // K
  policy: PositionPolicy;
}

export function assembleRef(i: AssembleRefInputs): { embeds: Float32Array; positions: Int32Array } {
  const { dim: d, blockSize: K } = i;
  const T = i.tokenIds.length;
  const vocab = Math.floor(i.table.length / d);
  const { placements, totalRows } = placeEntries(i.entries, i.policy, K, T);
  const embeds = new Float32Array(totalRows * d); // (W, d), zero rows for invalid sources
  i.entries.forEach((e, n) => {
    const p = placements[n]!;
    for (let r = 0; r < p.rows; r++) {
      let src: Float32Array | undefined;
      let at = 0;
      if (e.level === 0) {
        const id = i.tokenIds[e.index * K + r]!;
        if (id < vocab) [src, at] = [i.table, id * d];
      } else if (e.level < i.levelBase.length) {
        [src, at] = [i.gists, (i.levelBase[e.level]! + e.index) * d];
      }
      if (src) embeds.set(src.subarray(at, at + d), (p.rowOffset + r) * d);
    }
  });
  return { embeds, positions: positionIds(i.entries, i.policy, K, T) };
}
