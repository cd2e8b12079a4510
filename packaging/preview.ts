/**
 * Local preview: `npm start` builds, then serves on 127.0.0.1 a list of modules, each opened
 * in the LMS harness (scorm-again as the LMS, SCORM 1.2 / 2004 switch, live CMI panel, reset).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllModules } from '../src/content/load-module.js';
import { escapeMarkup } from './escape.js';
import { startServer } from './preview/server.js';

const DIST = 'dist';
const port = Number(process.env.PORT ?? 8080);
const escapeHtml = escapeMarkup;

if (!existsSync(join(DIST, 'site'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const courses = loadAllModules('modules');
const built = new Set(readdirSync(join(DIST, 'site')));

function indexPage(): string {
  const items = courses
    .map((c) => {
      const links = (['scorm12', 'scorm2004'] as const)
        .filter((std) => built.has(`${c.id}-${std}`))
        .map((std) => {
          const launch = `/site/${c.id}-${std}/index.html`;
          return `<a href="/lms/lms.html?std=${std}&launch=${encodeURIComponent(launch)}">${std === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'}</a>`;
        })
        .join(' · ');
      return `<li><strong>${escapeHtml(c.title)}</strong> <span>(${c.totalMinutes} min)</span><br>${escapeHtml(c.description)}<br>${links} · <a href="/site/${c.id}-scorm2004/index.html">zonder LMS</a></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Samenspel — voorbeeld</title><link rel="stylesheet" href="/lms/lms.css"></head>
<body><header class="bar"><strong>Samenspel — modules</strong></header>
<main style="padding:1rem;max-width:50rem"><ul class="modules">${items}</ul>
<p>Elke module draait in een LMS-harnas met scorm-again; rechts zie je live welke CMI-data de module schrijft.</p></main></body></html>`;
}

const { url } = await startServer({
  root: DIST,
  port,
  routes: (req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(indexPage());
      return true;
    }
    return false;
  },
});
console.log(`Samenspel preview: ${url}/  (Ctrl+C to stop)`);
