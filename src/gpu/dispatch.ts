// Dispatch geometry shared by the kernels: a 1-D problem of N invocations flattened onto a 2-D
// grid, because one dispatch dimension is limited to 65,535 workgroups.

export const MAX_WORKGROUPS_PER_DIM = 65_535;

/** Workgroup counts [x, y] covering `invocations` with `workgroupSize`-wide workgroups. */
export function dispatch2d(invocations: number, workgroupSize: number): [number, number] {
  const groups = Math.max(1, Math.ceil(invocations / workgroupSize));
  if (groups <= MAX_WORKGROUPS_PER_DIM) return [groups, 1];
  const y = Math.ceil(groups / MAX_WORKGROUPS_PER_DIM);
  return [Math.ceil(groups / y), y];
}
