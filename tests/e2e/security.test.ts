/**
 * Security and privacy in real Chromium (issue #4), SCORM 1.2 and 2004:
 * (a) a full play-through makes zero requests outside the package (own origin, own files; the harness's
 *     /lms/ and /vendor/ paths aside) — every other request is blocked and recorded;
 * (b) it runs under a strict Content-Security-Policy without a single violation, and no package script
 *     uses eval or new Function;
 * (c) XSS payloads typed into every free-text input are stored verbatim and rendered as inert text,
 *     also after a relaunch.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import type { Course } from '../../src/content/types.js';
import { t } from '../../src/i18n/nl.js';
import { pathIndices } from '../../src/machines/learner-state.js';
import { modulePackage, type BuiltAssets } from '../../packaging/packages.js';
import { startServer } from '../../packaging/preview/server.js';
import { launchBrowser, lmsValue, moduleFrame, servePackage, type ServedPackage, type Standard } from '../support/browser.js';
import { FIXTURE_MODULES } from '../support/fixtures.js';
import { clickNext, completePage } from '../support/learner.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const course = loadModule('modules/casusbespreking');
const last = course.pages.length - 1;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every file under `root`, as URL paths (`/a/b.js`). */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [`/${relative(root, path).split(sep).join('/')}`];
  });
}

/** Records CSP violations in every frame (the module's included) into `window.__cspViolations`. */
function recordCspViolations(): void {
  (window as any).__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const target = e.composedPath()[0];
    const where =
      target instanceof Element
        ? ` on <${target.tagName.toLowerCase()} ${Array.from(target.attributes, (a) => `${a.name}="${a.value}"`).join(' ')}>`
        : '';
    (window as any).__cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}${where} ${e.sample}`,
    );
  });
}

interface Watch {
  /** Requests outside the package (blocked), and paths the server saw outside the package. */
  outside: string[];
  /** Console messages about the CSP. */
  cspConsole: string[];
  errors: string[];
}

/** Blocks and records every request that leaves the package; collects CSP reports and errors. */
async function watchContext(context: BrowserContext, served: ServedPackage): Promise<Watch> {
  const files = new Set(filesUnder(served.dir));
  const watch: Watch = { outside: [], cspConsole: [], errors: [] };
  // The server's own log too: it also sees what the browser fetches by itself (e.g. /favicon.ico),
  // which request interception does not show.
  const from = served.requests.length;
  Object.defineProperty(watch, 'outside', {
    get: () => [
      ...blocked,
      ...served.requests
        .slice(from)
        .filter((path) => !path.startsWith('/lms/') && !path.startsWith('/vendor/scorm-again/') && !files.has(path))
        .map((path) => `server saw ${path}`),
    ],
  });
  const blocked: string[] = [];
  await context.addInitScript(recordCspViolations);
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const harness = url.pathname.startsWith('/lms/') || url.pathname.startsWith('/vendor/scorm-again/');
    if (url.origin === served.url && (harness || files.has(url.pathname))) return route.continue();
    blocked.push(`${request.method()} ${request.url()} (${request.resourceType()})`);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) watch.cspConsole.push(m.text());
      else if (m.type() === 'error') watch.errors.push(m.text());
    });
    page.on('pageerror', (e) => watch.errors.push(e.message));
    page.on('websocket', (ws) => blocked.push(`websocket ${ws.url()}`));
  });
  return watch;
}

async function cspViolations(frames: Frame[]): Promise<string[]> {
  const all: string[] = [];
  for (const frame of frames) all.push(...(await frame.evaluate(() => (window as any).__cspViolations ?? ['init script missing'])));
  return all;
}

/** Fills the actielijst with rows (who, what, when). */
async function fillActions(frame: Frame, rows: [string, string, string][]): Promise<void> {
  for (let i = 0; i < rows.length; i++) {
    await frame.getByRole('button', { name: t.actionAdd }).click();
    const [who, what, when] = rows[i];
    await frame.getByRole('textbox', { name: `${t.actionRow(i + 1)}: ${t.actionWho}` }).fill(who);
    await frame.getByRole('textbox', { name: `${t.actionRow(i + 1)}: ${t.actionWhat}` }).fill(what);
    await frame.getByRole('textbox', { name: `${t.actionRow(i + 1)}: ${t.actionWhen}` }).fill(when);
  }
}

/** Plays the whole module (team mode also fills the actielijst), ending on the last page. */
async function playAll(frame: Frame, c: Course, mode: 'alone' | 'team', text?: (id: string) => string, participants?: string[]) {
  const path = pathIndices(c, { mode });
  for (const [k, i] of path.entries()) {
    const page = c.pages[i];
    await completePage(frame, page, { mode, text, participants });
    if (page.type === 'actions' && mode === 'team') await fillActions(frame, [['Joyce', 'Belt Sandra', 'dinsdag']]);
    if (k < path.length - 1) await clickNext(frame, c.pages[path[k + 1]].title);
  }
}

describe('package scripts', () => {
  it('contain no eval( and no new Function (strict CSP without unsafe-eval)', () => {
    // Every script of every built package (dist/site holds the packages' files as written by the build).
    const scripts = filesUnder('dist/site')
      .filter((path) => path.endsWith('.js'))
      .map((path) => join('dist/site', path));
    expect(scripts.length).toBeGreaterThanOrEqual(6);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/\bFunction\s*\(\s*["'`]/); // Function('…') without new
      expect(code, file).not.toMatch(/set(Timeout|Interval)\s*\(\s*["'`]/); // string timers are eval too
    }
  });
});

describe.each<Standard>(['scorm12', 'scorm2004'])('privacy and CSP, %s', (standard) => {
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage(`casusbespreking-${standard}.zip`, { packageHeaders: { 'Content-Security-Policy': CSP } });
  });
  afterAll(async () => served?.close());

  it('control: the watchers do catch an outside request, a CSP violation and injected markup', async () => {
    const context = await browser.newContext();
    const watch = await watchContext(context, served);
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key: 'control' }));
    const frame = await moduleFrame(page);
    const elsewhere = `${served.url.replace('127.0.0.1', 'localhost')}/elsewhere.js`;
    await frame.evaluate(async (url) => {
      await fetch(url).catch(() => undefined); // another origin: CSP connect-src
      document.body.setAttribute('style', 'color: red'); // inline style attribute: CSP style-src-attr
      const img = new Image();
      img.src = '/outside-the-package.png'; // own origin, not a package file: blocked by the route
      await new Promise((r) => setTimeout(r, 300));
      const div = document.createElement('div');
      div.innerHTML = '<img src=x onerror="void 0">'; // what a rendered payload would look like
      document.body.append(div);
    }, elsewhere);
    expect(watch.outside.join('\n')).toContain('/outside-the-package.png');
    const violations = await cspViolations([frame]);
    expect(violations.some((v) => v.startsWith('connect-src'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    expect(watch.cspConsole.length).toBeGreaterThan(0);
    expect((await liveMarkup(frame)).found).toContain('img src=x');
    await context.close();
  });

  it('full play-through in the LMS frame: no request outside the package, no CSP violation', async () => {
    const context = await browser.newContext();
    const watch = await watchContext(context, served);
    const page = await context.newPage();
    const response = await page.goto(served.harnessUrl(standard, { key: 'csp' }));
    expect(response?.ok()).toBe(true);
    const frame = await moduleFrame(page);
    await playAll(frame, course, 'alone');
    // The tracker writes on its next sync after the last page: wait for the recorded state.
    await expect
      .poll(() => lmsValue(page, standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status'))
      .toMatch(/passed|completed/);
    const violations = await cspViolations([frame]);
    // The header really reached the module (the test would prove nothing otherwise).
    const header = await frame.evaluate(async () =>
      (await fetch(location.href, { method: 'HEAD' })).headers.get('content-security-policy'),
    );
    expect(header).toBe(CSP);
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank')); // pagehide + Terminate
    await page.waitForFunction(() => (window as any).harness.calls.Terminate > 0);
    expect(watch.outside).toEqual([]);
    expect(violations).toEqual([]);
    expect(watch.cspConsole).toEqual([]);
    expect(watch.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await context.close();
  });

  it('full play-through standalone in team mode: no request outside the package, no CSP violation', async () => {
    const context = await browser.newContext();
    const watch = await watchContext(context, served);
    const page = await context.newPage();
    await page.goto(`${served.url}/index.html`);
    await page.waitForSelector('sp-player');
    const frame = page.mainFrame();
    await frame.getByText(t.standalone).first().waitFor();
    await playAll(frame, course, 'team', undefined, ['Joyce', 'Ahmed']);
    // Timers on the team pages run; give the last page a moment.
    await page.waitForTimeout(300);
    const violations = await cspViolations([frame]);
    await page.reload(); // pagehide, commit to the embedded LMS, relaunch
    await frame.getByRole('button', { name: t.resumeContinue }).click();
    await frame.getByRole('heading', { level: 2, name: course.pages[last].title, exact: true }).waitFor();
    violations.push(...(await cspViolations([frame])));
    expect(watch.outside).toEqual([]);
    expect(violations).toEqual([]);
    expect(watch.cspConsole).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

// ---------------------------------------------------------------- XSS

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  'javascript:alert(1)',
];
const ALL = PAYLOADS.join('\n');

/** The small fixture module (every page type, reflection included), packaged with the built player. */
async function serveMini(standard: Standard) {
  const built = (name: string) => new Uint8Array(readFileSync(join('dist/site', `casusbespreking-${standard}`, name)));
  const assets: BuiltAssets = {
    'player.js': built('player.js'),
    'player-later.js': built('player-later.js'),
    'player.css': built('player.css'),
    'embedded-lms-scorm12.js': built('embedded-lms.js'),
    'embedded-lms-scorm2004.js': built('embedded-lms.js'),
  };
  const mini = loadModule(`${FIXTURE_MODULES}mini`);
  const root = mkdtempSync(join(tmpdir(), 'samenspel-xss-'));
  for (const [path, bytes] of Object.entries(modulePackage(mini, `${FIXTURE_MODULES}mini`, standard, assets))) {
    const target = join(root, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, bytes);
  }
  const server = await startServer({ root, packageHeaders: { 'Content-Security-Policy': CSP } });
  return {
    mini,
    harnessUrl: (extra: Record<string, string>) =>
      `${server.url}/lms/lms.html?${new URLSearchParams({ std: standard, launch: '/index.html', ...extra })}`,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Everything in the module frame that would mean a payload became markup or code. */
function liveMarkup(frame: Frame) {
  return frame.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (tag === 'img' && el.getAttribute('src') === 'x') found.push('img src=x');
        if (tag === 'svg' && el.hasAttribute('onload')) found.push('svg onload');
        if (tag === 'script' && /__xss/.test(el.textContent ?? '')) found.push('script');
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
          if (/^\s*javascript:/i.test(attr.value) && ['href', 'src', 'action', 'formaction'].includes(attr.name))
            found.push(`${tag}[${attr.name}=javascript:]`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return { found, xss: (window as any).__xss, topXss: (window.top as any).__xss };
  });
}

/** All text the learner sees, through shadow roots (inputs by value). */
function visibleText(frame: Frame) {
  return frame.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return parts.join('\n');
  });
}

describe.each<Standard>(['scorm12', 'scorm2004'])('XSS payloads in every free-text input, %s', (standard) => {
  let mini: Awaited<ReturnType<typeof serveMini>>;
  beforeAll(async () => {
    mini = await serveMini(standard);
  });
  afterAll(async () => mini?.close());

  it('are stored verbatim in the LMS and stay inert text, also after a relaunch', async () => {
    const course = mini.mini;
    const context = await browser.newContext();
    const dialogs: string[] = [];
    const errors: string[] = [];
    await context.addInitScript(recordCspViolations);
    context.on('page', (p) => {
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      p.on('pageerror', (e) => errors.push(e.message));
    });
    const page = await context.newPage();
    await page.goto(mini.harnessUrl({ key: 'xss' }));
    let frame = await moduleFrame(page);

    const actionsIndex = course.pages.findIndex((p) => p.type === 'actions');
    const modeIndex = course.pages.findIndex((p) => p.type === 'mode');
    const rows = PAYLOADS.map((p, i) => [p, ALL.replace(/\n/g, ' '), PAYLOADS[(i + 1) % PAYLOADS.length]] as [string, string, string]);
    for (let i = 0; i < course.pages.length; i++) {
      const p = course.pages[i];
      await completePage(frame, p, { mode: 'team', participants: PAYLOADS, text: () => ALL });
      if (p.type === 'mode') {
        // Names show up in the role pickers: give every role a payload name.
        const selects = frame.locator('sp-page-mode select');
        for (let r = 0; r < (await selects.count()); r++) await selects.nth(r).selectOption({ index: r + 1 });
      }
      if (p.type === 'actions') await fillActions(frame, rows);
      if (i < course.pages.length - 1) await clickNext(frame, course.pages[i + 1].title);
    }
    // Back to the actielijst (the summary and the closing page follow it): every note rendered as text.
    for (let i = course.pages.length - 1; i > actionsIndex; i--) {
      await frame.getByRole('button', { name: t.prev, exact: true }).click();
      await frame.getByRole('heading', { level: 2, name: course.pages[i - 1].title, exact: true }).waitFor();
    }
    await page.waitForTimeout(200);

    const textFields = course.pages.flatMap((p) =>
      p.type === 'reflection' ? p.fields.map((f) => f.id) : p.type === 'step' || p.type === 'team' ? [p.notes.id] : [],
    );
    expect(textFields.length).toBeGreaterThanOrEqual(2);
    const check = async () => {
      const live = await liveMarkup(frame);
      expect(live).toEqual({ found: [], xss: undefined, topXss: undefined });
      const text = await visibleText(frame);
      for (const payload of PAYLOADS) expect(text).toContain(payload);
      expect(await frame.evaluate(() => (window as any).__cspViolations)).toEqual([]);
    };
    await check();

    // Stored verbatim: suspend_data decodes back to exactly what was typed.
    const stored = () => lmsValue(page, 'cmi.suspend_data').then((s) => JSON.parse(s));
    const data = await stored();
    for (const id of textFields) expect(data.tx[id]).toBe(ALL);
    expect(data.ps).toEqual(PAYLOADS);
    expect(data.ac).toEqual(rows);

    // Relaunch: the LMS hands the payloads back; still inert.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() => (window as any).harness.calls.Terminate > 0);
    await page.reload();
    frame = await moduleFrame(page);
    await frame.getByRole('button', { name: t.resumeContinue }).click();
    await frame.getByRole('heading', { level: 2, name: course.pages[actionsIndex].title, exact: true }).waitFor();
    await check();
    await frame.getByRole('button', { name: t.tocOpen }).click();
    await frame.locator('sp-player nav li button').nth(modeIndex).click();
    await frame.getByRole('heading', { level: 2, name: course.pages[modeIndex].title, exact: true }).waitFor();
    for (let i = 0; i < PAYLOADS.length; i++) {
      expect(await frame.getByRole('textbox', { name: t.participantName(i + 1), exact: true }).inputValue()).toBe(PAYLOADS[i]);
    }
    expect(await liveMarkup(frame)).toEqual({ found: [], xss: undefined, topXss: undefined });
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
