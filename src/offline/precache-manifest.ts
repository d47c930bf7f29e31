// What the service worker precaches (issue 20: "precache of the app shell, the WASM runtime files
// and the demo model"). Build-time only (node): vite.config.ts hands these options to
// vite-plugin-pwa's injectManifest, which writes the chosen files and their revisions into the
// service worker (src/offline/sw.ts).
//
// One subtlety: the build emits two onnxruntime-web WASM binaries of ~27 MB each — the engine's
// own onnxruntime-web and the copy @huggingface/transformers bundles for its inference path, which
// the app never starts (it only uses the tokenizer). Only the binaries of the onnxruntime-web the
// engine imports are precached, recognised by their bytes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The largest file the precache takes: the demo decoder is ~19 MB and an ORT WASM binary ~27 MB (Workbox's default is 2 MiB). */
export const MAX_PRECACHE_FILE_BYTES = 64 * 1024 * 1024;

/** App shell (vite-plugin-pwa adds the web app manifest itself), the demo model package (public/models/demo → models/demo/) and the sample memory (public/samples → samples/, the first-run demo); WASM binaries are filtered by the transform below. */
export const PRECACHE_GLOBS = ['**/*.{js,css,html,svg,png,wasm}', 'models/demo/*', 'samples/*'];

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** Content hashes of the WASM binaries shipped by the onnxruntime-web package in `runtimeDir`. */
export function runtimeWasmHashes(runtimeDir: string): Set<string> {
  if (!existsSync(runtimeDir))
    throw new Error(`onnxruntime-web not found at ${runtimeDir}: cannot tell which WASM files the engine runs.`);
  return new Set(
    readdirSync(runtimeDir)
      .filter((f) => f.endsWith('.wasm'))
      .map((f) => md5(readFileSync(path.join(runtimeDir, f)))),
  );
}

interface Entry {
  url: string;
  revision: string | null;
  size: number;
}

/**
 * A Workbox manifest transform that keeps every entry except WASM binaries whose bytes are not
 * those of a binary in `runtimeDir` (the onnxruntime-web package's dist/; hashed when the transform
 * runs, not when the config loads). Files are read from `outDir`; `base` is the app's base URL,
 * stripped from URLs. Throws when no runtime binary is left.
 */
export function keepRuntimeWasm(outDir: string, runtimeDir: string, base = '/') {
  return async <E extends Entry>(entries: E[]): Promise<{ manifest: E[] }> => {
    const runtimeHashes = runtimeWasmHashes(runtimeDir);
    const manifest = entries.filter((e) => {
      if (!e.url.endsWith('.wasm')) return true;
      const rel = e.url.startsWith(base) ? e.url.slice(base.length) : e.url;
      return runtimeHashes.has(md5(readFileSync(path.join(outDir, rel))));
    });
    // A build whose runtime cannot start offline is a broken build, not a warning.
    if (!manifest.some((e) => e.url.endsWith('.wasm')))
      throw new Error(
        'No onnxruntime-web WASM file of the engine was found in the build output: nothing to precache for the runtime.',
      );
    return { manifest };
  };
}
