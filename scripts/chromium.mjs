// Where Chromium lives and the flags every test tier launches it with.
// Debian's Chromium is used everywhere (never a downloaded browser build).
import { existsSync } from 'node:fs';
import { SETUP_HINT } from './setup-hint.mjs';

export const INSTALL_HINT =
  'Chromium is required for the GPU and end-to-end test tiers (or set CHROMIUM_PATH to a Chromium/Chrome binary).\n' +
  SETUP_HINT;

/** Path to the Chromium binary; throws with install instructions when it is missing. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}.\n${INSTALL_HINT}`);
  return path;
}

/**
 * Flags: WebGPU needs --enable-unsafe-webgpu in headless Chromium (SwiftShader adapter on a
 * GPU-less machine); the rest keep Chromium from reaching out to the network (closed here).
 */
export function chromiumArgs() {
  return [
    '--enable-unsafe-webgpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
  ];
}
