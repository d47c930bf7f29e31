// Colours and skyline heights of the Working Context levels in the focus heatmap (LOD0 raw
// tokens = full detail, tallest and warmest; each gist level lower and cooler).
export interface LevelStyle {
  name: string;
  description: string;
  rgb: [number, number, number];
  /** Fraction of the band height: detail reads as height. */
  height: number;
}

export const LEVEL_STYLES: LevelStyle[] = [
  { name: 'LOD0', description: 'raw tokens (full detail)', rgb: [255, 196, 87], height: 1 },
  { name: 'LOD1', description: 'gist of 32 tokens', rgb: [64, 196, 170], height: 0.62 },
  { name: 'LOD2', description: 'gist of 1,024 tokens', rgb: [120, 112, 240], height: 0.36 },
  { name: 'LOD3', description: 'gist of 32,768 tokens', rgb: [96, 112, 150], height: 0.2 },
];

export function levelStyle(level: number): LevelStyle {
  return LEVEL_STYLES[Math.min(level, LEVEL_STYLES.length - 1)]!;
}

export const css = (rgb: readonly number[], a = 1) => `rgba(${rgb[0]},${rgb[1]},${rgb[2]},${a})`;

export const EXPAND_RGB: [number, number, number] = [255, 122, 89];
export const COLLAPSE_RGB: [number, number, number] = [92, 166, 255];
