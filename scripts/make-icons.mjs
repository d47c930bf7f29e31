#!/usr/bin/env node
// The app's icons (issue 20, PWA manifest): one SVG drawn here — the MegaContext tree as a pyramid,
// LOD0 token blocks at the bottom, LOD1 gists above them, one LOD2 gist on top, in the heatmap's
// level colours — rasterised by Debian's Chromium into the PNG sizes the manifest and iOS ask for.
// Run `node scripts/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const BG = '#0b0e13';
const LOD = ['#ffc457', '#40c4aa', '#7870f0']; // --lod0, --lod1, --lod2 in src/ui/app.css

/** The pyramid inside a 100×100 box: `scale` of the box, centred (maskable icons keep it in the safe zone). */
function pyramid(scale) {
  const rows = [
    { n: 1, level: 2, y: 14 },
    { n: 3, level: 1, y: 40 },
    { n: 6, level: 0, y: 66 },
  ];
  const h = 20;
  const gap = 3;
  const width = 84;
  const parts = [];
  for (const r of rows) {
    const rowWidth = width * (0.34 + (0.66 * (r.n - 1)) / 5);
    const w = (rowWidth - gap * (r.n - 1)) / r.n;
    const x0 = 50 - rowWidth / 2;
    for (let i = 0; i < r.n; i++)
      parts.push(
        `<rect x="${(x0 + i * (w + gap)).toFixed(2)}" y="${r.y}" width="${w.toFixed(2)}" height="${h}" rx="3" fill="${LOD[r.level]}"/>`,
      );
  }
  const t = (50 * (1 - scale)).toFixed(2);
  return `<g transform="translate(${t} ${t}) scale(${scale})">${parts.join('')}</g>`;
}

/** `rounded`: a rounded tile on transparency (browser icon); otherwise a full-bleed square (maskable, Apple). */
function svg(scale, rounded) {
  const tile = rounded
    ? `<rect width="100" height="100" rx="22" fill="${BG}"/>`
    : `<rect width="100" height="100" fill="${BG}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${tile}${pyramid(scale)}</svg>`;
}

const outputs = [
  { file: 'public/icons/icon-192.png', size: 192, scale: 0.78, rounded: true },
  { file: 'public/icons/icon-512.png', size: 512, scale: 0.78, rounded: true },
  { file: 'public/icons/maskable-512.png', size: 512, scale: 0.6, rounded: false },
  { file: 'public/icons/apple-touch-icon-180.png', size: 180, scale: 0.7, rounded: false },
];

writeFileSync('public/icons/icon.svg', `${svg(0.78, true)}\n`);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
try {
  const page = await browser.newPage();
  for (const o of outputs) {
    await page.setViewportSize({ width: o.size, height: o.size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(o.scale, o.rounded).replace('<svg ', `<svg width="${o.size}" height="${o.size}" `)}</body></html>`,
    );
    await page.screenshot({ path: o.file, omitBackground: true, clip: { x: 0, y: 0, width: o.size, height: o.size } });
    console.log(`${o.file} (${o.size}×${o.size})`);
  }
} finally {
  await browser.close();
}
