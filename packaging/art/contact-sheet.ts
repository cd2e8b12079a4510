/**
 * Renders every module cover and casus portrait on one page and screenshots it, to look at the
 * art together (uneven faces, wrong ages, clashing colours show up side by side).
 *
 *   npx tsx packaging/art/contact-sheet.ts [out.png]
 *
 * Reads the files the module files reference; writes dist/art/contact-sheet.html and the PNG
 * (default dist/art/contact-sheet.png). Portraits are shown in circles, as on the casus page.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { escapeMarkup } from '../escape.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = resolve(process.argv[2] ?? join(root, 'dist/art/contact-sheet.png'));
const esc = escapeMarkup;
const dataUri = (file: string) => `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;

let html = `<!doctype html><meta charset="utf-8"><style>
body{font:13px system-ui,sans-serif;margin:16px;background:#fff;color:#1b2430}
section{display:flex;gap:14px;align-items:flex-start;margin:0 0 14px;border-bottom:1px solid #c9d1d6;padding-bottom:12px}
.cover{width:320px;height:180px;border-radius:8px}
.people{display:flex;flex-wrap:wrap;gap:10px}
figure{margin:0;width:96px;text-align:center}
figure img{width:88px;height:88px;border-radius:50%}
figcaption{font-size:11px;line-height:1.2}
h2{font-size:14px;margin:0 0 6px}
</style>`;
for (const id of readdirSync(join(root, 'modules')).sort()) {
  const dir = join(root, 'modules', id);
  const m = parse(readFileSync(join(dir, 'module.yaml'), 'utf8'));
  html += `<section><div><h2>${esc(id)}</h2>`;
  html += m.cover ? `<img class="cover" src="${dataUri(join(dir, m.cover.image))}" alt="${esc(m.cover.alt)}">` : '<p>(no cover)</p>';
  html += '</div><div class="people">';
  for (const page of m.pages) {
    for (const person of page.persons ?? []) {
      const img = person.portrait
        ? `<img src="${dataUri(join(dir, person.portrait.src))}" alt="${esc(person.portrait.alt)}">`
        : '<p>(none)</p>';
      html += `<figure>${img}<figcaption>${esc(person.name.replace(' (fictief)', ''))}<br>${esc(person.description.slice(0, 22))}</figcaption></figure>`;
    }
  }
  html += '</div></section>';
}

mkdirSync(join(root, 'dist/art'), { recursive: true });
const htmlFile = join(root, 'dist/art/contact-sheet.html');
writeFileSync(htmlFile, html);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
await page.goto(`file://${htmlFile}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(out);
