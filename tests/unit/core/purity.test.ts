// src/core must stay pure: no DOM / GPU / storage imports, no randomness (determinism).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/core');
const files = readdirSync(coreDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('src/core purity', () => {
  it.each(files)('%s imports only sibling core modules and uses no DOM/GPU/storage/randomness', (f) => {
    const src = readFileSync(path.join(coreDir, f), 'utf8');
    const code = src.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    const specifiers = [...code.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!);
    // (a sibling module, or a sibling JSON table: data, no code — related-words.json)
    for (const s of specifiers) expect(s, `${f} imports ${s}`).toMatch(/^\.\/[\w-]+\.(?:ts|json)$/);
    expect(code).not.toMatch(
      /\bMath\.random\b|\bDate\.now\b|\bwindow\b|\bdocument\b|\bnavigator\b|\bindexedDB\b|\bGPU[A-Z]\w*|\.gpu\b/,
    );
  });
});
