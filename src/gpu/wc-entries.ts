// Host side of the WcEntry table (shaders/common.wgsl) shared by the assembly and similarity
// kernels: working-context entries (level, index) + their row offset and first position under a
// position policy, packed with the struct layout that webgpu-utils reads from the WGSL.
import { makeShaderDataDefinitions } from 'webgpu-utils';
import commonCode from '../../shaders/common.wgsl?raw';
import { placeEntries, type EntryPlacement, type PositionPolicy, type WcEntryAddress } from '../core/position-policy';

export { commonCode };

const entryDef = makeShaderDataDefinitions(commonCode).structs.WcEntry!;
const FIELDS = ['level', 'index', 'rowOffset', 'positionBase'] as const;

/** Bytes per WcEntry in a storage array (from the WGSL, not hand-counted). */
export const WC_ENTRY_BYTES = entryDef.size;
const fieldWords = FIELDS.map((f) => entryDef.fields[f]!.offset / 4);

export interface PackedWorkingContext {
  data: Uint32Array; // E × WcEntry
  entryCount: number; // E
  rows: number; // W
  placements: EntryPlacement[];
}

/** Places `entries` under `policy` and packs them as array<WcEntry> (throws PositionPolicyError). */
export function packWorkingContext(
  entries: readonly WcEntryAddress[],
  policy: PositionPolicy,
  K: number,
  totalTokens: number,
): PackedWorkingContext {
  const { placements, totalRows } = placeEntries(entries, policy, K, totalTokens);
  const stride = WC_ENTRY_BYTES / 4;
  const data = new Uint32Array(Math.max(1, entries.length) * stride);
  entries.forEach((e, i) => {
    const p = placements[i]!;
    const values = [e.level, e.index, p.rowOffset, p.positionBase];
    fieldWords.forEach((w, f) => (data[i * stride + w] = values[f]!));
  });
  return { data, entryCount: entries.length, rows: totalRows, placements };
}

/** Uploads a packed table as a labelled storage buffer. */
export function uploadWorkingContext(device: GPUDevice, packed: PackedWorkingContext, label = 'wc.entries'): GPUBuffer {
  const buffer = device.createBuffer({
    label,
    size: packed.data.byteLength,
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
  });
  device.queue.writeBuffer(buffer, 0, packed.data);
  return buffer;
}

/** First gist row of each level in a gist store holding `counts[ℓ]` gists of level ℓ (counts[0] unused). */
export function gistLevelBases(counts: readonly number[]): Uint32Array {
  const bases = new Uint32Array(Math.max(1, counts.length));
  let acc = 0;
  for (let l = 1; l < counts.length; l++) {
    bases[l] = acc;
    acc += counts[l]!;
  }
  return bases;
}
