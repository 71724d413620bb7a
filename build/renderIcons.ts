/**
 * Renders the app's PNG icons and /favicon.ico from the SVG sources, with the system Chromium
 * (no network, no image library):
 *
 *   npx tsx build/renderIcons.ts
 *
 * The PNGs are committed (a few KB each) rather than made at build time, so `vite build`
 * needs no browser. Rerun after changing public/favicon.svg or build/icons/maskable.svg.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';
import { ICONS } from './pwaManifest.ts';

const source = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const publicFile = (name: string) => new URL(`../public/${name}`, import.meta.url);

/** An .ico holding the given PNGs as they are (the PNG-in-ICO form every current browser reads). */
export function icoFromPngs(pngs: ReadonlyArray<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage();
  const render = async (svg: string, size: number): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    const body = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  const svgs = { any: source('../public/favicon.svg'), maskable: source('./icons/maskable.svg') };
  for (const icon of ICONS) {
    if (icon.type !== 'image/png') continue;
    const size = Number(icon.sizes.split('x')[0]);
    writeFileSync(publicFile(icon.src), await render(icon.purpose === 'maskable' ? svgs.maskable : svgs.any, size));
  }
  writeFileSync(publicFile('apple-touch-icon.png'), await render(svgs.maskable, 180));
  const ico: Array<{ size: number; data: Buffer }> = [];
  for (const size of [16, 32, 48]) ico.push({ size, data: await render(svgs.any, size) }); // one page: one at a time
  writeFileSync(publicFile('favicon.ico'), icoFromPngs(ico));
  await browser.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
