/**
 * Local preview: `npm start` builds, then serves on 127.0.0.1 a list of modules, each opened
 * in the LMS harness (scorm-again as the LMS, SCORM 1.2 / 2004 switch, live CMI panel with a plain
 * summary for coordinators, reset). Port: `PORT=…` (default 8080).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllModules } from '../src/content/load-module.js';
import type { Course } from '../src/content/types.js';
import { questionSets } from '../src/machines/learner-state.js';
import { escapeMarkup } from './escape.js';
import { startServer } from './preview/server.js';

const DIST = 'dist';
const port = portFrom(process.env.PORT);

/** `PORT` as a port number (default 8080); anything else stops with a clear message. */
function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8080;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`PORT=${value} is geen poortnummer (0–65535) / is not a port number (0–65535).`);
    process.exit(1);
  }
  return n;
}
const escapeHtml = escapeMarkup;

if (!existsSync(join(DIST, 'site'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const courses = loadAllModules('modules');
const built = new Set(readdirSync(join(DIST, 'site')));

/**
 * The module's texts the preview panel puts in its summary: objective titles, and per interaction
 * (`<set>__<question>`) the question and its options' texts.
 */
function wordsOf(course: Course) {
  const questions: Record<string, { prompt: string; options: Record<string, string> }> = {};
  for (const set of questionSets(course)) {
    for (const q of set.questions) {
      questions[`${set.id}__${q.id}`] = { prompt: q.prompt, options: Object.fromEntries(q.options.map((o) => [o.id, o.text])) };
    }
  }
  return { objectives: Object.fromEntries(course.objectives.map((o) => [o.id, o.title])), questions };
}

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
    const words = /^\/preview\/words\/([a-z0-9-]+)\.json$/.exec(req.url ?? '');
    const course = words && courses.find((c) => c.id === words[1]);
    if (course) {
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(JSON.stringify(wordsOf(course)));
      return true;
    }
    return false;
  },
});
console.log(`Samenspel preview: ${url}/  (Ctrl+C to stop)`);
