/**
 * Accessibility, responsiveness and print (issue #5), in real Chromium on the built player:
 * - axe-core (WCAG 2.0/2.1 A + AA) on every page and state of every module, alone and team,
 *   at desktop (1366×768) and phone (360×640) size, standalone and inside the LMS frame;
 * - a keyboard-only play-through (focus to the new page's heading, visible focus, no trap, timer);
 * - reflow at 320 CSS px and at 200 % zoom, no horizontal scrolling and nothing outside the viewport;
 * - screenshots of every page type at 360×640, 1366×768 and 1920×1080 (test-results/screens/);
 * - print rendering without navigation chrome, lang="nl", prefers-reduced-motion, the video page.
 *
 * The real modules (modules/) and the `pagetypes` fixture (every page type, an organisation theme,
 * a video with captions and one without a file) are packaged with the build's own code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { loadAllModules, loadModule } from '../../../src/content/load-module.js';
import type { ChoiceQuestion, Course, QuestionSet } from '../../../src/content/types.js';
import { pathIndices } from '../../../src/machines/learner-state.js';
import { notesFor } from '../../../src/machines/mode-view.js';
import { AxeBuilder } from '@axe-core/playwright';
import {
  WCAG_TAGS,
  axeFindings,
  focusInfo,
  horizontalOverflow,
  settle,
  tour,
  visitResume,
  type AxeFinding,
  type FocusInfo,
  type Mode,
} from '../../support/a11y.js';
import { launchBrowser, moduleFrame } from '../../support/browser.js';
import { FIXTURE_MODULES, REPO_ROOT } from '../../support/fixtures.js';
import { serveModules, type ServedModules } from '../../support/packaged.js';
import { askedCount, currentQuestion } from '../../support/learner.js';

const SLOW = 900_000;
const RESULTS = join(REPO_ROOT, 'test-results');
const modules: { course: Course; dir: string }[] = [
  ...loadAllModules(join(REPO_ROOT, 'modules')).map((course) => ({ course, dir: join(REPO_ROOT, 'modules', course.id) })),
  { course: loadModule(join(FIXTURE_MODULES, 'pagetypes')), dir: join(FIXTURE_MODULES, 'pagetypes') },
];
const pagetypes = modules.find((m) => m.course.id === 'pagetypes')!.course;
const real = modules.filter((m) => m.course.id !== 'pagetypes').map((m) => m.course);

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 640 };
const PROJECTOR = { width: 1920, height: 1080 };

let browser: Browser;
let served: ServedModules;

/** A fresh context (own storage: every launch starts at page 1) with a controllable clock. */
async function open(
  course: Course,
  viewport: { width: number; height: number },
  extra: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; frame: Frame }> {
  const context = await browser.newContext({ viewport, ...extra });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(served.launchUrl(course.id));
  await page.waitForSelector('sp-player');
  return { context, page, frame: page.mainFrame() };
}

/* ------------------------------------------------------------------ every page and state */

/**
 * The sizes every page and state is inspected at. 640×360 CSS px is what a 1280×720 screen shows at
 * 200 % zoom (layout depends on CSS px only). The laptop size comes last: the tour plays at that size.
 */
const SIZES = [
  { name: 'phone', viewport: PHONE, axe: true, shot: true },
  { name: '320', viewport: { width: 320, height: 640 }, axe: false, shot: false },
  { name: 'zoom200', viewport: { width: 640, height: 360 }, axe: false, shot: false },
  { name: 'projector', viewport: PROJECTOR, axe: false, shot: true },
  { name: 'desktop', viewport: DESKTOP, axe: true, shot: true },
] as const;
type SizeName = (typeof SIZES)[number]['name'];

interface Inspection {
  states: string[];
  axe: Record<'desktop' | 'phone', AxeFinding[]>;
  overflow: Record<SizeName, string[]>;
  shots: number;
}

const axeLog: { module: string; mode: Mode; viewport: string; where: string; states: number; violations: number }[] = [];

const formatFindings = (list: AxeFinding[]) =>
  list.map((f) => `${f.state}: ${f.rule} (${f.impact}) ${f.targets.slice(0, 3).join(' ')} — ${f.summary}`).join('\n');

const overflowText = (state: string, o: Awaited<ReturnType<typeof horizontalOverflow>>) =>
  o.scrollWidth > o.clientWidth || o.outside.length > 0
    ? [`${state}: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}; outside: ${o.outside.slice(0, 5).join(', ')}`]
    : [];

/** "p5 step stap-1 · feedback q1 (goed)" → "05-step-stap-1-feedback-q1-goed.png" */
function shotName(label: string): string {
  const [, n, rest] = /^(?:p(\d+) )?(.*)$/.exec(label)!;
  return `${(n ?? '99').padStart(2, '0')}-${rest.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`;
}

/**
 * Plays the module once and inspects every page and state at every size: axe-core at laptop and
 * phone size, horizontal overflow at all sizes, full-page screenshots at phone, laptop and projector
 * size (every state for the page-type fixture, every page for the real modules).
 */
async function inspectModule(course: Course, mode: Mode): Promise<Inspection> {
  const result: Inspection = {
    states: [],
    axe: { desktop: [], phone: [] },
    overflow: { phone: [], '320': [], zoom200: [], projector: [], desktop: [] },
    shots: 0,
  };
  const full = FULL_CHECKS.has(course.id);
  // The competence modules play with reduced motion (transitions take 0 ms: the same end states, no
  // waiting for them at every state and size); the page-type fixture and casusbespreking keep motion on.
  const { context, page, frame } = await open(course, DESKTOP, full ? {} : { reducedMotion: 'reduce' });
  const visit = async (label: string) => {
    result.states.push(label);
    const isPage = !label.includes(' · ');
    for (const size of SIZES) {
      if (!full && size.name === 'projector') continue;
      await page.setViewportSize(size.viewport);
      // axeFindings settles the page first.
      if (size.axe) result.axe[size.name as 'desktop' | 'phone'].push(...(await axeFindings(page, label)));
      else await settle(frame);
      result.overflow[size.name].push(...overflowText(label, await horizontalOverflow(frame)));
      if (full && size.shot && (isPage || course.id === 'pagetypes')) {
        const dir = join(RESULTS, 'screens', course.id, `${mode}-${size.viewport.width}x${size.viewport.height}`);
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: join(dir, shotName(label)), fullPage: true, animations: 'disabled' });
        result.shots++;
      }
    }
  };
  await tour(page, course, { mode, feedback: 'first' }, visit);
  await visitResume(page, visit);
  await context.close();
  for (const size of ['desktop', 'phone'] as const) {
    axeLog.push({
      module: course.id,
      mode,
      viewport: size,
      where: 'standalone',
      states: result.states.length,
      violations: result.axe[size].length,
    });
  }
  return result;
}

/**
 * Projector size and screenshots for the page-type fixture and the team module; the competence modules
 * use the same page types, so they get axe (laptop, phone) and reflow (320 px, 200 %) only, to keep CI short.
 */
const FULL_CHECKS = new Set(['pagetypes', 'casusbespreking']);

const tours = modules.flatMap(({ course }) =>
  (course.teamMode ? (['alone', 'team', ...(course.teamObjective ? ['joined'] : [])] as Mode[]) : (['alone'] as Mode[])).map(
    (mode) => [`${course.id}, ${mode}`, { course, mode }] as const,
  ),
);

/* ------------------------------------------------------------------ keyboard only */

/** Presses (Shift+)Tab until `match` holds for the focused element; records every stop. */
async function tabTo(
  page: Page,
  frame: Frame,
  what: string,
  match: (f: FocusInfo) => boolean,
  stops: FocusInfo[],
  { backwards = false, max = 150, settled = true } = {},
): Promise<FocusInfo> {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focusInfo(frame, { settled });
    if (focus) stops.push(focus);
    if (focus && match(focus)) return focus;
  }
  throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${what} within ${max} presses`);
}

const named = (name: string | RegExp) => (f: FocusInfo) => (typeof name === 'string' ? f.name === name : name.test(f.name));

async function expectHeadingFocused(frame: Frame, title: string): Promise<void> {
  await expect
    .poll(async () => {
      const f = await focusInfo(frame);
      return f && `${f.tag}#${f.id} ${f.name} visible=${f.focusVisible && f.outlineWidth >= 2}`;
    })
    .toBe(`h2#page-heading ${title} visible=true`);
}

/** Plays the whole module with the keyboard only (Tab, Shift+Tab, Space, Enter, arrows, typing). */
async function playByKeyboard(page: Page, frame: Frame, course: Course, mode: Mode, stops: FocusInfo[]): Promise<void> {
  const key = (k: string) => page.keyboard.press(k);
  const answer = async (q: ChoiceQuestion, last: boolean, practice: boolean) => {
    if (q.type === 'single') {
      // Options are shuffled per learner: Tab lands on the first one on screen, arrows move (and choose).
      await tabTo(
        page,
        frame,
        `an option of ${q.id}`,
        (f) => f.type === 'radio' && q.options.some((o) => f.name.startsWith(o.text)),
        stops,
      );
      const right = q.options.find((o) => o.correct)!.text;
      const onRight = async () => (await focusInfo(frame))?.name.startsWith(right) === true;
      if (await onRight()) await key('Space');
      for (let n = 0; n < q.options.length && !(await onRight()); n++) await key('ArrowDown');
      expect(await onRight()).toBe(true);
    } else {
      for (const o of q.options.filter((x) => x.correct)) {
        await tabTo(page, frame, `option ${o.text}`, (f) => f.type === 'checkbox' && f.name.startsWith(o.text), stops);
        await key('Space');
      }
    }
    await tabTo(page, frame, 'Controleer antwoord', named('Controleer antwoord'), stops);
    await key('Enter');
    if (last && practice) {
      // A practice set's last check finishes it: focus on the outcome (feedback shown), the page's Volgende follows.
      await expect.poll(async () => (await focusInfo(frame))?.id).toBe('result');
      return;
    }
    // Focus moves to the button that continues; the verdict is announced by the live region.
    await expect.poll(async () => (await focusInfo(frame))?.name).toBe(last ? 'Bekijk resultaat' : 'Volgende vraag');
    await key('Enter');
    if (last) await expect.poll(async () => (await focusInfo(frame))?.id).toBe('result');
    else await expect.poll(async () => (await focusInfo(frame))?.tag).toBe('legend');
  };
  const answerSet = async (set: QuestionSet) => {
    const asked = askedCount(set);
    for (let n = 0; n < asked; n++) await answer(await currentQuestion(frame, set), n === asked - 1, !set.graded);
  };
  const typeInto = async (label: string, text: string) => {
    await tabTo(page, frame, `field ${label}`, (f) => (f.tag === 'textarea' || f.tag === 'input') && f.name.startsWith(label), stops);
    await page.keyboard.type(text);
  };

  const path = pathIndices(course, { mode });
  for (const [k, i] of path.entries()) {
    const p = course.pages[i];
    switch (p.type) {
      case 'mode': {
        await tabTo(page, frame, 'mode radio', (f) => f.type === 'radio', stops);
        if (mode === 'team') {
          await key('ArrowDown');
          expect((await focusInfo(frame))?.name).toMatch(/^Met het team/);
          await typeInto('Naam deelnemer 1', 'Anna');
          await typeInto('Naam deelnemer 2', 'Bram');
          await tabTo(page, frame, `role ${p.roles[0].name}`, (f) => f.tag === 'select' && f.name.startsWith(p.roles[0].name), stops);
          await key('ArrowDown'); // a closed select changes its value with the arrow keys
        } else {
          await key('Space');
          expect((await focusInfo(frame))?.name).toMatch(/^Alleen/);
        }
        break;
      }
      case 'reflection':
        for (const f of p.fields) await typeInto(f.label, `Antwoord voor ${f.id}`);
        break;
      case 'step':
      case 'team':
        // Timers are team only (mode-view): a solo learner's team page has none.
        if (mode === 'team') {
          await tabTo(page, frame, 'Start timer', named('Start timer'), stops);
          await key('Enter');
          // The same button now pauses: focus stays on it.
          await expect.poll(async () => (await focusInfo(frame))?.name).toBe('Pauzeer timer');
          await key('Space');
          await expect.poll(async () => (await focusInfo(frame))?.name).toBe('Hervat timer');
        }
        await typeInto(notesFor(p.notes, mode).label, `Notities bij ${p.id}`);
        if (p.type === 'step' && p.activity && mode !== 'team') await answerSet(p.activity);
        break;
      case 'info':
        if (p.activity) await answerSet(p.activity);
        break;
      case 'quiz':
        await answerSet(p.quiz);
        break;
      case 'video':
        if (p.src) {
          const video = await tabTo(page, frame, 'the video player', (f) => f.tag === 'video', stops);
          expect(video.inView).toBe(true);
        }
        break;
      case 'actions':
        await tabTo(page, frame, 'Actie toevoegen', named('Actie toevoegen'), stops);
        await key('Enter');
        await expect.poll(async () => (await focusInfo(frame))?.name).toBe('Actie 1: Wie');
        await page.keyboard.type('Anna');
        await key('Tab');
        await page.keyboard.type('Belt de dochter');
        await key('Tab');
        await page.keyboard.type('vrijdag');
        break;
      default:
        break;
    }
    if (k < path.length - 1) {
      await tabTo(page, frame, 'Volgende', named('Volgende'), stops);
      await key('Enter');
      await expectHeadingFocused(frame, course.pages[path[k + 1]].title);
    }
  }
}

/* ------------------------------------------------------------------ print, language, motion */

/** Elements (shadow DOM included) matching `selector` that would be rendered. */
function renderedElements(frame: Frame, selector: string): Promise<string[]> {
  return frame.evaluate((sel) => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.matches(sel) && el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) {
          found.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  }, selector);
}

const NAVIGATION = 'header, nav, button, .skip, .pager, .toc-toggle, [role="progressbar"], .notice';

/* ------------------------------------------------------------------ video */

/**
 * The parts of this suite, one per test file, so that vitest runs them side by side: the tours with
 * projector size and screenshots (team module and page-type fixture), the tours of the competence
 * modules, the keyboard-only play-throughs, and the other checks (LMS frame, print, text alternatives, video).
 */
export type AccessibilityPart = 'tours-full' | 'tours-modules' | 'keyboard' | 'checks';

/** Registers the hooks and tests of one part of the accessibility suite. */
export function accessibilitySuite(part: AccessibilityPart): void {
  beforeAll(async () => {
    browser = await launchBrowser();
    served = await serveModules(modules);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  afterAll(() => {
    if (axeLog.length === 0) return;
    mkdirSync(RESULTS, { recursive: true });
    mkdirSync(join(RESULTS, 'axe-summary'), { recursive: true });
    writeFileSync(join(RESULTS, 'axe-summary', `${part}.json`), JSON.stringify(axeLog, null, 2));
  });

  if (part === 'tours-full' || part === 'tours-modules') {
    describe.each(tours.filter(([, t]) => FULL_CHECKS.has(t.course.id) === (part === 'tours-full')))(
      '%s: every page and state',
      (_, { course, mode }) => {
        let result: Inspection;
        beforeAll(async () => {
          result = await inspectModule(course, mode);
        }, SLOW);

        it('visits every page, the in-between states and the resume prompt', () => {
          expect(result.states.filter((s) => /^p\d+ /.test(s) && !s.includes(' · '))).toHaveLength(pathIndices(course, { mode }).length);
          expect(result.states).toContain('hervatten');
          if (course.pages.some((p) => p.type === 'quiz')) expect(result.states.some((s) => s.includes('· feedback'))).toBe(true);
          if (course.pages.some((p) => p.type === 'quiz')) expect(result.states.some((s) => s.includes('· resultaat'))).toBe(true);
          if (course.pages.some((p) => p.type === 'quiz')) expect(result.states.some((s) => s.includes('· uitleg'))).toBe(true);
        });
        it('axe-core: 0 WCAG 2.1 A/AA violations at laptop size (1366×768)', () => {
          expect(formatFindings(result.axe.desktop)).toBe('');
        });
        it('axe-core: 0 WCAG 2.1 A/AA violations at phone size (360×640)', () => {
          expect(formatFindings(result.axe.phone)).toBe('');
        });
        it('reflow at 320 CSS px (WCAG 1.4.10): no horizontal scrolling, nothing outside the viewport', () => {
          expect(result.overflow['320']).toEqual([]);
        });
        it('reflow at 200 % zoom (1280×720 at 200 % = 640×360 CSS px): no horizontal scrolling', () => {
          expect(result.overflow.zoom200).toEqual([]);
        });
        if (FULL_CHECKS.has(course.id)) {
          it('screenshots at 360×640, 1366×768 and 1920×1080 without horizontal overflow (test-results/screens/)', () => {
            expect([...result.overflow.phone, ...result.overflow.desktop, ...result.overflow.projector]).toEqual([]);
            expect(result.shots).toBeGreaterThanOrEqual(pathIndices(course, { mode }).length * 3);
          });
        } else {
          it('no horizontal overflow at 360×640 and 1366×768', () => {
            expect([...result.overflow.phone, ...result.overflow.desktop]).toEqual([]);
          });
        }
      },
    );
    return;
  }

  if (part === 'keyboard') {
    keyboardOnly();
    return;
  }

  describe('axe-core inside the LMS frame', () => {
    const course = real.find((c) => c.teamMode) ?? real[0];
    it(
      `${course.id}: 0 violations on every page, frame content included`,
      async () => {
        const mode: Mode = course.teamMode ? 'team' : 'alone';
        const context = await browser.newContext({ viewport: DESKTOP });
        const page = await context.newPage();
        await page.clock.install();
        await page.goto(served.harnessUrl(course.id, { key: 'axe-frame' }));
        const frame = await moduleFrame(page);
        const findings: AxeFinding[] = [];
        let states = 0;
        await tour(page, course, { mode, frame, feedback: 'first' }, async (label) => {
          states++;
          findings.push(...(await axeFindings(page, label, 'iframe#sco')));
        });
        axeLog.push({ module: course.id, mode, viewport: 'desktop', where: 'LMS frame', states, violations: findings.length });
        // axe really looked inside the module's frame (targets are [frame, …, element]).
        const inFrame = (await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('iframe#sco').analyze()).passes
          .flatMap((r) => r.nodes)
          .filter((n) => n.target.length >= 2);
        expect(inFrame.length).toBeGreaterThan(20);
        await context.close();
        expect(formatFindings(findings)).toBe('');
      },
      SLOW,
    );
  });

  describe('print', () => {
    it(
      'prints summary, reflections and actielijst without navigation chrome (A4, no buttons, content kept)',
      async () => {
        const course = pagetypes;
        const { context, page, frame } = await open(course, DESKTOP);
        const dir = join(RESULTS, 'print');
        mkdirSync(dir, { recursive: true });
        await tour(page, course, { mode: 'team', states: false }, async () => {});
        const checks: [string, RegExp][] = [
          ['Samenvatting', /Blijf oefenen\./],
          ['Reflectie', /Wat neem je mee\?/],
          ['Actielijst', /Belt de dochter over de weekplanning/],
        ];
        for (const [title, content] of checks) {
          await page.emulateMedia({ media: 'screen' });
          await frame.getByRole('button', { name: new RegExp(`^${title}`) }).click();
          await frame.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
          await page.emulateMedia({ media: 'print' });
          expect(await renderedElements(frame, NAVIGATION), `navigation printed on "${title}"`).toEqual([]);
          const printed = await frame.evaluate(() => {
            const texts: string[] = [];
            const walk = (root: Document | ShadowRoot) => {
              for (const el of Array.from(root.querySelectorAll('*'))) {
                if (el.shadowRoot) walk(el.shadowRoot);
                if (!el.checkVisibility()) continue;
                for (const node of Array.from(el.childNodes)) if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
                if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) texts.push(el.value);
              }
            };
            walk(document);
            return texts.join(' ');
          });
          expect(printed).toMatch(content);
          await page.screenshot({ path: join(dir, `${title.toLowerCase()}.png`), fullPage: true });
          await page.pdf({ path: join(dir, `${title.toLowerCase()}.pdf`), format: 'A4', preferCSSPageSize: true });
        }
        await context.close();
      },
      SLOW,
    );
  });

  describe('the axe check itself', () => {
    // The checks above pass with 0 findings; these show the same helper does find a violation.
    const seeded = '<!doctype html><html lang="nl"><title>t</title><main><img src="data:,"><button></button></main></html>';
    it('finds seeded violations in a page without frames (axe injected once, run per state)', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.setContent(seeded);
        const rules = (await axeFindings(page, 'seeded')).map((f) => f.rule);
        expect(rules).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
        // Run again on the same document (axe already there): the same findings.
        expect((await axeFindings(page, 'seeded again')).map((f) => f.rule).sort()).toEqual([...rules].sort());
      } finally {
        await context.close();
      }
    });
    it('finds seeded violations inside a frame (AxeBuilder over the frames)', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.setContent(
          `<!doctype html><html lang="nl"><title>t</title><iframe id="sco" title="Module" srcdoc='${seeded}'></iframe></html>`,
        );
        await page.frameLocator('iframe#sco').locator('button').waitFor({ state: 'attached' });
        const rules = (await axeFindings(page, 'seeded frame', 'iframe#sco')).map((f) => f.rule);
        expect(rules).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
      } finally {
        await context.close();
      }
    });
  });

  describe('text alternatives, language and motion', () => {
    it('every model has alt text and a full text version; every model SVG has role="img", <title> and <desc>', () => {
      for (const { course, dir } of modules) {
        for (const p of course.pages) {
          const figure = p.type === 'info' || p.type === 'casus' ? p.figure : undefined;
          if (!figure) continue;
          expect(figure.alt.trim().length, `${course.id}/${p.id} alt`).toBeGreaterThan(10);
          expect(figure.textVersion?.length ?? 0, `${course.id}/${p.id} textVersion`).toBeGreaterThan(0);
        }
        // Covers and portraits are shown as <img alt> with their alt text from the content (tests/unit/module-art.test.ts).
        const figureFiles = course.pages.flatMap((p) => ((p.type === 'info' || p.type === 'casus') && p.figure ? [p.figure.src] : []));
        for (const file of figureFiles.filter((m) => m.endsWith('.svg'))) {
          const svg = readFileSync(join(dir, file), 'utf8');
          expect(svg, `${course.id}/${file}`).toMatch(/<svg[^>]*role="img"/);
          expect(svg, `${course.id}/${file}`).toMatch(/<title[^>]*>[^<]{3,}<\/title>/);
          expect(svg, `${course.id}/${file}`).toMatch(/<desc[^>]*>[^<]{10,}<\/desc>/);
        }
      }
    });

    it('declares lang="nl" on the launch page and inside the LMS frame; the window title names the page', async () => {
      for (const { course } of modules) {
        const { context, page } = await open(course, DESKTOP);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
        await expect.poll(() => page.title()).toBe(`${course.pages[0].title} – ${course.title}`);
        await page.goto(served.harnessUrl(course.id, { key: 'lang' }));
        const frame = await moduleFrame(page);
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe('nl');
        await context.close();
      }
    });

    it('honours prefers-reduced-motion: transitions last 0 ms (150 ms otherwise)', async () => {
      const durations = async (reducedMotion: 'reduce' | 'no-preference') => {
        const { context, frame } = await open(pagetypes, DESKTOP, { reducedMotion });
        await frame.getByRole('button', { name: 'Volgende', exact: true }).waitFor();
        const result = await frame.evaluate(() => {
          const player = document.querySelector('sp-player')!.shadowRoot!;
          const all = [player.querySelector('#next'), player.querySelector('.bar span'), player.querySelector('nav.toc button')];
          return all.map((el) => getComputedStyle(el!).transitionDuration);
        });
        // After a page change nothing is still moving.
        await frame.getByRole('button', { name: 'Volgende', exact: true }).click();
        await frame.getByRole('heading', { level: 2, name: pagetypes.pages[1].title }).waitFor();
        const running = await frame.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
        await context.close();
        return { result, running };
      };
      const reduced = await durations('reduce');
      expect(reduced.result.every((d) => d.split(',').every((x) => parseFloat(x) === 0))).toBe(true);
      expect(reduced.running).toBe(0);
      const normal = await durations('no-preference');
      expect(normal.result.some((d) => parseFloat(d) > 0)).toBe(true);
    });
  });

  describe('video page', () => {
    it(
      'has captions on by default, the transcript below, native keyboard controls, and works without the file',
      async () => {
        const course = pagetypes;
        const withFile = course.pages.findIndex((p) => p.type === 'video' && p.src);
        const without = course.pages.findIndex((p) => p.type === 'video' && !p.src);
        expect(withFile).toBeGreaterThan(-1);
        expect(without).toBeGreaterThan(-1);
        const { context, page, frame } = await open(course, DESKTOP);
        const requests: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        let checked = 0;
        await tour(page, course, { mode: 'alone', states: false }, async (label) => {
          if (label.startsWith(`p${withFile + 1} `)) {
            const video = frame.locator('sp-page-video video');
            await expect.poll(() => video.count()).toBe(1);
            expect(await video.getAttribute('controls')).not.toBeNull();
            const track = frame.locator('sp-page-video video track');
            expect(await track.getAttribute('kind')).toBe('captions');
            expect(await track.getAttribute('srclang')).toBe('nl');
            expect(await track.getAttribute('default')).not.toBeNull();
            // Captions are showing without the learner doing anything, and the cues were loaded.
            await expect
              .poll(() => video.evaluate((v: HTMLVideoElement) => `${v.textTracks[0]?.mode} ${v.textTracks[0]?.cues?.length ?? 0}`))
              .toBe('showing 2');
            // The transcript follows the video.
            const order = await frame.locator('sp-page-video').evaluate((el) => {
              const root = el.shadowRoot!;
              const v = root.querySelector('video')!;
              const h = [...root.querySelectorAll('h3')].find((x) => x.textContent === 'Uitgeschreven tekst')!;
              return v.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING ? 'video, transcript' : 'transcript, video';
            });
            expect(order).toBe('video, transcript');
            // Keyboard: Tab reaches the player; Space on it starts the video.
            for (let n = 0; n < 40 && (await focusInfo(frame))?.tag !== 'video'; n++) await page.keyboard.press('Tab');
            expect((await focusInfo(frame))?.tag).toBe('video');
            await page.keyboard.press('Space');
            await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused || v.ended)).toBe(true);
            checked++;
          }
          if (label.startsWith(`p${without + 1} `)) {
            expect(await frame.locator('sp-page-video video').count()).toBe(0);
            await frame.getByText('Het filmpje is (nog) niet beschikbaar').waitFor();
            await frame.getByRole('heading', { level: 3, name: 'Uitgeschreven tekst' }).waitFor();
            await frame.getByText('Dit is de uitgeschreven tekst van een filmpje').waitFor();
            expect(await frame.getByRole('button', { name: 'Volgende', exact: true }).getAttribute('aria-disabled')).toBe('false');
            checked++;
          }
        });
        expect(checked).toBe(2);
        expect(requests.filter((r) => /\.(webm|mp4)$/.test(r))).toEqual(['/pagetypes/clip.webm']);
        await context.close();
      },
      SLOW,
    );
  });
}

/** Keyboard only: every module played with Tab, Shift+Tab, Space, Enter, arrows and typing. */
function keyboardOnly(): void {
  describe('keyboard only', () => {
    const cases = modules.map(({ course }) => [`${course.id}, ${course.teamMode ? 'team' : 'alone'}`, course] as const);
    it.each(cases)(
      '%s: plays the whole module with the keyboard, focus visible and never trapped',
      async (_, course) => {
        const mode: Mode = course.teamMode ? 'team' : 'alone';
        const { context, page, frame } = await open(course, DESKTOP);
        const stops: FocusInfo[] = [];
        await frame.getByRole('heading', { level: 2, name: course.pages[0].title }).waitFor();

        // The skip link is the first stop, visible when focused, and moves focus to the page heading.
        const skip = await tabTo(page, frame, 'skip link', named('Naar de inhoud'), stops, { max: 1 });
        expect(skip.inView).toBe(true);
        await page.keyboard.press('Enter');
        await expectHeadingFocused(frame, course.pages[0].title);

        await playByKeyboard(page, frame, course, mode, stops);
        const learner = await frame.evaluate(() => (window as any).samenspel.actor.getSnapshot().context.learner);
        expect(learner.page).toBe(course.pages.length - 1);
        if (mode === 'team') {
          expect(learner.mode).toBe('team');
          expect(learner.participants.slice(0, 2)).toEqual(['Anna', 'Bram']);
        }
        if (course.pages.some((p) => p.type === 'actions')) {
          expect(learner.actions[0]).toMatchObject({ who: 'Anna', what: 'Belt de dochter', when: 'vrijdag' });
        }
        const graded = course.pages.find((p) => p.type === 'quiz');
        if (graded?.type === 'quiz') expect(learner.quizzes[graded.quiz.id]).toMatchObject({ done: true, passed: true });
        for (const p of course.pages)
          if (p.type === 'step' || p.type === 'team') expect(learner.texts[p.notes.id]).toBe(`Notities bij ${p.id}`);

        // Every stop showed a visible focus indicator (outline of at least 2 px) and was scrolled into view.
        // Inside a <video> focus moves through Chromium's own controls, which draw their own focus ring.
        const inVideo = (f: FocusInfo, n: number) => f.tag === 'video' && n > 0 && stops[n - 1].tag === 'video';
        const invisible = stops.filter((f, n) => !inVideo(f, n) && !(f.focusVisible && f.outlineWidth >= 2));
        expect(invisible.map((f) => `${f.tag} "${f.name}" ${f.outline}`)).toEqual([]);
        expect(stops.flatMap((f, n) => (f.inView ? [] : [`stop ${n}: ${f.tag} "${f.name}" (after "${stops[n - 1]?.name}")`]))).toEqual([]);

        // No trap: Tab and Shift+Tab both travel the whole page and come back to the skip link.
        // (Which element has focus is all these walks need: the stops' position was checked above.)
        const walk = { max: 200, settled: false };
        await tabTo(page, frame, 'the skip link again (Tab)', named('Naar de inhoud'), stops, walk);
        await page.keyboard.press('Tab');
        await tabTo(page, frame, 'the skip link again (Shift+Tab)', named('Naar de inhoud'), stops, { ...walk, backwards: true });

        // The table of contents works by keyboard: back to the first page.
        await tabTo(
          page,
          frame,
          'first page in the table of contents',
          (f) => f.tag === 'button' && f.name.startsWith(course.pages[0].title),
          stops,
          walk,
        );
        await page.keyboard.press('Enter');
        await expectHeadingFocused(frame, course.pages[0].title);

        // The resume prompt: focus on its heading, the choice by keyboard, focus to the page heading.
        await page.reload();
        await page.getByRole('heading', { level: 2, name: 'Welkom terug' }).waitFor();
        await expect.poll(async () => (await focusInfo(frame))?.name).toBe('Welkom terug');
        await tabTo(page, frame, 'Verder waar je gebleven was', named('Verder waar je gebleven was'), stops);
        await page.keyboard.press('Enter');
        await expectHeadingFocused(frame, course.pages[0].title);

        // Afronden with the keyboard, from the closing page: the session ends, focus on the note that the window can be closed.
        const closing = course.pages[course.pages.length - 1].title;
        await tabTo(
          page,
          frame,
          'the closing page in the table of contents',
          (f) => f.tag === 'button' && f.name.startsWith(closing),
          stops,
        );
        await page.keyboard.press('Enter');
        await expectHeadingFocused(frame, closing);
        await tabTo(page, frame, 'Afronden', named('Afronden'), stops);
        await page.keyboard.press('Enter');
        await expect
          .poll(async () => {
            const f = await focusInfo(frame);
            return f && `${f.tag}#${f.id} ${f.name}`;
          })
          .toBe('h2#finished-heading Je bent klaar.');
        expect(await frame.evaluate(() => (window as any).samenspel.actor.getSnapshot().value)).toBe('finished');
        await context.close();
      },
      SLOW,
    );
  });
}
