// Feeding memory from files: binary and oversized files are skipped with a reason; text is joined
// under path headers.
import { describe, expect, it } from 'vitest';
import {
  partitionVendored,
  classifyBytes,
  intakeLabel,
  joinDocument,
  parsePieceLabel,
  pieceLabel,
  readIntake,
  splitForStreaming,
  type IntakeFile,
} from '../../../src/ui/feed/file-intake';

const file = (path: string, bytes: Uint8Array | string): IntakeFile => {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { path, size: b.length, read: async () => b };
};

describe('file intake', () => {
  it('classifies NUL bytes and invalid UTF-8 as binary, UTF-8 as text', () => {
    expect(classifyBytes(new TextEncoder().encode('héllo ✓'))).toEqual({ kind: 'text', text: 'héllo ✓' });
    expect(classifyBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toMatchObject({
      kind: 'skipped',
      reason: expect.stringContaining('NUL'),
    });
    expect(classifyBytes(new Uint8Array([0x66, 0xff, 0xfe, 0x41]))).toMatchObject({
      kind: 'skipped',
      reason: expect.stringContaining('UTF-8'),
    });
  });

  it('skips oversized files without reading them, and empty ones', async () => {
    let read = false;
    const big: IntakeFile = { path: 'big.txt', size: 100, read: async () => ((read = true), new Uint8Array(100)) };
    const r = await readIntake(
      [file('b.ts', 'export const b = 1;'), big, file('a.md', '# A'), file('e.txt', '  \n')],
      50,
    );
    expect(read).toBe(false);
    expect(r.files.map((f) => f.path)).toEqual(['a.md', 'b.ts']);
    expect(r.skipped).toEqual([
      { path: 'big.txt', reason: 'too large (100 B > 50 B)' },
      { path: 'e.txt', reason: 'empty' },
    ]);
  });

  it('joins several files under path headers and labels the folder', () => {
    const files = [
      { path: 'src/a.ts', text: 'A' },
      { path: 'src/b.ts', text: 'B\n' },
    ];
    expect(joinDocument(files)).toBe('=== src/a.ts ===\nA\n\n=== src/b.ts ===\nB\n');
    expect(joinDocument([{ path: 'x', text: 'only' }])).toBe('only');
    expect(intakeLabel(files)).toBe('src/ (2 files)');
    expect(intakeLabel([{ path: 'notes.md' }])).toBe('notes.md');
  });
});

describe('streaming a long text in pieces', () => {
  it('cuts before newlines (else spaces), loses nothing and respects the size', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i} with some words`).join('\n');
    const pieces = splitForStreaming(text, 10_000);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(10_000);
    for (const p of pieces.slice(1)) expect(p.startsWith('\n')).toBe(true);
    const spaces = 'word '.repeat(10_000);
    const sp = splitForStreaming(spaces, 3000);
    expect(sp.join('')).toBe(spaces);
    for (const p of sp.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(splitForStreaming('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(splitForStreaming('short', 10)).toEqual(['short']);
  });

  it('labels pieces and parses the labels back', () => {
    expect(pieceLabel('notes', 0, 1)).toBe('notes');
    expect(pieceLabel('notes', 1, 3)).toBe('notes · part 2/3');
    expect(parsePieceLabel('notes · part 2/3')).toEqual({ base: 'notes', part: 2, parts: 3 });
    expect(parsePieceLabel('notes')).toBeNull();
  });
});

describe('vendored folders', () => {
  it('skips files under node_modules, .git and similar folders of a picked folder', () => {
    const r = partitionVendored([
      { path: 'app/src/a.ts' },
      { path: 'app/node_modules/x/index.js' },
      { path: 'app/.git/HEAD' },
      { path: 'app/node_modules/y/z.js' },
      { path: 'build.md' },
    ]);
    expect(r.keep.map((f) => f.path)).toEqual(['app/src/a.ts', 'build.md']);
    expect(r.skippedDirs).toEqual(['app/.git/', 'app/node_modules/']);
  });
});
