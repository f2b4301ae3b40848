// Renders icons/icon.svg (48 and 128 px) and icons/icon-small.svg (16 and 32 px) to PNG with
// Debian's Chromium, so the committed PNGs can be made again from their sources.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../tests/e2e/harness/find-browsers';

const plan: [file: string, sizes: number[]][] = [['icon-small.svg', [16, 32]], ['icon.svg', [48, 128]]];
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, sizes] of plan) {
  const svg = readFileSync(join('icons', file), 'utf8');
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join('icons', `icon-${size}.png`), omitBackground: true });
    console.log(`icons/icon-${size}.png`);
  }
}
await browser.close();
