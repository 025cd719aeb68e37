// Draws the app's PNG icons from its SVGs in Chromium, at the sizes the web app manifest lists:
// `node scripts/make-icons.mjs` after changing public/favicon.svg or scripts/maskable-icon.svg.
// The PNGs are committed, so building the app needs no image tools. Home screens that round the
// corners themselves (Android's maskable icons, iOS) get the full-bleed variant.
import { existsSync, readFileSync } from 'node:fs';
import console from 'node:console';
import process from 'node:process';
import { chromium } from '@playwright/test';

const ICONS = [
  { svg: 'public/favicon.svg', png: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/favicon.svg', png: 'public/icons/icon-512.png', size: 512 },
  { svg: 'scripts/maskable-icon.svg', png: 'public/icons/apple-touch-icon.png', size: 180 },
  { svg: 'scripts/maskable-icon.svg', png: 'public/icons/maskable-512.png', size: 512 },
];

// The system's Chromium where there is one (as e2e/support/chromium.ts finds it), else Playwright's.
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium'].find(existsSync);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  for (const { svg, png, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(svg, 'base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>` +
        `<img src="data:image/svg+xml;base64,${source}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: png, omitBackground: true });
    await page.close();
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
