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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { loadAllModules, loadModule } from '../../src/content/load-module.js';
import type { ChoiceQuestion, Course } from '../../src/content/types.js';
import { axeFindings, focusInfo, horizontalOverflow, tour, visitResume, type AxeFinding, type FocusInfo, type Mode } from '../support/a11y.js';
import { launchBrowser, moduleFrame } from '../support/browser.js';
import { FIXTURE_MODULES, REPO_ROOT } from '../support/fixtures.js';
import { serveModules, type ServedModules } from '../support/packaged.js';

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
beforeAll(async () => {
  browser = await launchBrowser();
  served = await serveModules(modules);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

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

const axeLog: { module: string; mode: Mode; viewport: string; where: string; states: number; violations: number }[] = [];
afterAll(() => {
  if (axeLog.length === 0) return;
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'axe-summary.json'), JSON.stringify(axeLog, null, 2));
});

const formatFindings = (list: AxeFinding[]) =>
  list.map((f) => `${f.state}: ${f.rule} (${f.impact}) ${f.targets.slice(0, 3).join(' ')} — ${f.summary}`).join('\n');

describe('axe-core: 0 WCAG 2.1 A/AA violations', () => {
  const cases = modules.flatMap(({ course }) =>
    (['alone', 'team'] as Mode[]).flatMap((mode) =>
      [
        ['desktop', DESKTOP],
        ['phone', PHONE],
      ].map(([name, viewport]) => [`${course.id}, ${mode}, ${name}`, { id: course.id, mode, name: name as string, viewport: viewport as typeof DESKTOP }] as const),
    ),
  );
  it.each(cases)('%s: every page and state', async (_, { id, mode, name, viewport }) => {
    const course = modules.find((m) => m.course.id === id)!.course;
    const { context, page } = await open(course, viewport);
    const findings: AxeFinding[] = [];
    let states = 0;
    const visit = async (label: string) => {
      states++;
      findings.push(...(await axeFindings(page, label)));
    };
    await tour(page, course, { mode }, visit);
    await visitResume(page, visit);
    axeLog.push({ module: id, mode, viewport: name, where: 'standalone', states, violations: findings.length });
    await context.close();
    expect(states).toBeGreaterThanOrEqual(course.pages.length + 1);
    expect(formatFindings(findings)).toBe('');
  }, SLOW);

  it.each(real.map((c) => c.id))('%s inside the LMS frame (harness), team, desktop: every page', async (id) => {
    const course = real.find((c) => c.id === id)!;
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(served.harnessUrl(id, { key: 'axe-frame' }));
    const frame = await moduleFrame(page);
    const findings: AxeFinding[] = [];
    let states = 0;
    await tour(page, course, { mode: 'team', frame }, async (label) => {
      states++;
      findings.push(...(await axeFindings(page, label, 'iframe#sco')));
    });
    axeLog.push({ module: id, mode: 'team', viewport: 'desktop', where: 'LMS frame', states, violations: findings.length });
    await context.close();
    expect(formatFindings(findings)).toBe('');
  }, SLOW);
});

/* ------------------------------------------------------------------ keyboard only */

/** Presses (Shift+)Tab until `match` holds for the focused element; records every stop. */
async function tabTo(
  page: Page,
  frame: Frame,
  what: string,
  match: (f: FocusInfo) => boolean,
  stops: FocusInfo[],
  { backwards = false, max = 150 } = {},
): Promise<FocusInfo> {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focusInfo(frame);
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
  const answer = async (q: ChoiceQuestion, last: boolean) => {
    if (q.type === 'single') {
      await tabTo(page, frame, `first option of ${q.id}`, (f) => f.type === 'radio' && f.name.startsWith(q.options[0].text), stops);
      const right = q.options.findIndex((o) => o.correct);
      if (right === 0) await key('Space');
      for (let n = 0; n < right; n++) await key('ArrowDown');
      expect((await focusInfo(frame))?.name.startsWith(q.options[right].text)).toBe(true);
    } else {
      for (const o of q.options.filter((x) => x.correct)) {
        await tabTo(page, frame, `option ${o.text}`, (f) => f.type === 'checkbox' && f.name.startsWith(o.text), stops);
        await key('Space');
      }
    }
    await tabTo(page, frame, 'Controleer antwoord', named('Controleer antwoord'), stops);
    await key('Enter');
    // Focus moves to the button that continues; the verdict is announced by the live region.
    await expect.poll(async () => (await focusInfo(frame))?.name).toBe(last ? 'Bekijk resultaat' : 'Volgende vraag');
    await key('Enter');
    if (last) await expect.poll(async () => (await focusInfo(frame))?.id).toBe('result');
    else await expect.poll(async () => (await focusInfo(frame))?.tag).toBe('legend');
  };
  const answerSet = async (questions: ChoiceQuestion[]) => {
    for (const [n, q] of questions.entries()) await answer(q, n === questions.length - 1);
  };
  const typeInto = async (label: string, text: string) => {
    await tabTo(page, frame, `field ${label}`, (f) => (f.tag === 'textarea' || f.tag === 'input') && f.name.startsWith(label), stops);
    await page.keyboard.type(text);
  };

  for (let i = 0; i < course.pages.length; i++) {
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
        if (mode === 'team' || p.type === 'team') {
          await tabTo(page, frame, 'Start timer', named('Start timer'), stops);
          await key('Enter');
          // The same button now pauses: focus stays on it.
          await expect.poll(async () => (await focusInfo(frame))?.name).toBe('Pauzeer timer');
          await key('Space');
          await expect.poll(async () => (await focusInfo(frame))?.name).toBe('Hervat timer');
        }
        await typeInto(p.notes.label, `Notities bij ${p.id}`);
        if (p.type === 'step' && p.activity) await answerSet(p.activity.questions);
        break;
      case 'info':
        if (p.activity) await answerSet(p.activity.questions);
        break;
      case 'quiz':
        await answerSet(p.quiz.questions);
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
    if (i < course.pages.length - 1) {
      await tabTo(page, frame, 'Volgende', named('Volgende'), stops);
      await key('Enter');
      await expectHeadingFocused(frame, course.pages[i + 1].title);
    }
  }
}

describe('keyboard only', () => {
  const cases = modules.map(({ course }) => [course.id, course] as const);
  it.each(cases)('%s: plays the whole module in team mode with the keyboard, focus visible and never trapped', async (_, course) => {
    const { context, page, frame } = await open(course, DESKTOP);
    const stops: FocusInfo[] = [];
    await frame.getByRole('heading', { level: 2, name: course.pages[0].title }).waitFor();

    // The skip link is the first stop, visible when focused, and moves focus to the page heading.
    const skip = await tabTo(page, frame, 'skip link', named('Naar de inhoud'), stops, { max: 1 });
    expect(skip.inView).toBe(true);
    await page.keyboard.press('Enter');
    await expectHeadingFocused(frame, course.pages[0].title);

    await playByKeyboard(page, frame, course, 'team', stops);
    const learner = await frame.evaluate(() => (window as any).samenspel.actor.getSnapshot().context.learner);
    expect(learner.mode).toBe('team');
    expect(learner.participants.slice(0, 2)).toEqual(['Anna', 'Bram']);
    expect(learner.page).toBe(course.pages.length - 1);
    expect(learner.actions[0]).toMatchObject({ who: 'Anna', what: 'Belt de dochter', when: 'vrijdag' });
    const graded = course.pages.find((p) => p.type === 'quiz');
    if (graded?.type === 'quiz') expect(learner.quizzes[graded.quiz.id]).toMatchObject({ done: true, passed: true });
    for (const p of course.pages) if (p.type === 'step' || p.type === 'team') expect(learner.texts[p.notes.id]).toBe(`Notities bij ${p.id}`);

    // Every stop showed a visible focus indicator (outline of at least 2 px) and was scrolled into view.
    // Inside a <video> focus moves through Chromium's own controls, which draw their own focus ring.
    const inVideo = (f: FocusInfo, n: number) => f.tag === 'video' && n > 0 && stops[n - 1].tag === 'video';
    const invisible = stops.filter((f, n) => !inVideo(f, n) && !(f.focusVisible && f.outlineWidth >= 2));
    expect(invisible.map((f) => `${f.tag} "${f.name}" ${f.outline}`)).toEqual([]);
    expect(stops.filter((f) => !f.inView).map((f) => `${f.tag} "${f.name}"`)).toEqual([]);

    // No trap: Tab and Shift+Tab both travel the whole page and come back to the skip link.
    await tabTo(page, frame, 'the skip link again (Tab)', named('Naar de inhoud'), stops, { max: 200 });
    await page.keyboard.press('Tab');
    await tabTo(page, frame, 'the skip link again (Shift+Tab)', named('Naar de inhoud'), stops, { max: 200, backwards: true });

    // The table of contents works by keyboard: back to the first page.
    await tabTo(page, frame, 'first page in the table of contents', (f) => f.tag === 'button' && f.name.startsWith(course.pages[0].title), stops);
    await page.keyboard.press('Enter');
    await expectHeadingFocused(frame, course.pages[0].title);

    // The resume prompt: focus on its heading, the choice by keyboard, focus to the page heading.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Welkom terug' }).waitFor();
    await expect.poll(async () => (await focusInfo(frame))?.name).toBe('Welkom terug');
    await tabTo(page, frame, 'Verder waar je gebleven was', named('Verder waar je gebleven was'), stops);
    await page.keyboard.press('Enter');
    await expectHeadingFocused(frame, course.pages[0].title);
    await context.close();
  }, SLOW);
});

/* ------------------------------------------------------------------ reflow, zoom, screenshots */

const overflowText = (state: string, o: Awaited<ReturnType<typeof horizontalOverflow>>) =>
  o.scrollWidth > o.clientWidth || o.outside.length > 0
    ? [`${state}: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}; outside: ${o.outside.slice(0, 5).join(', ')}`]
    : [];

describe('reflow: no horizontal scrolling and no content outside the viewport', () => {
  const sizes = [
    ['320 CSS px (WCAG 1.4.10)', { width: 320, height: 640 }, 1],
    ['200 % zoom of 1280×720 (640×360 CSS px at device scale 2)', { width: 640, height: 360 }, 2],
  ] as const;
  const cases = modules.flatMap(({ course }) =>
    (['alone', 'team'] as Mode[]).flatMap((mode) =>
      sizes.map(([name, viewport, scale]) => [`${course.id}, ${mode}, ${name}`, { course, mode, viewport, scale }] as const),
    ),
  );
  it.each(cases)('%s: every page and state', async (_, { course, mode, viewport, scale }) => {
    const { context, page, frame } = await open(course, viewport, { deviceScaleFactor: scale });
    const problems: string[] = [];
    let states = 0;
    const visit = async (label: string) => {
      states++;
      problems.push(...overflowText(label, await horizontalOverflow(frame)));
    };
    await tour(page, course, { mode }, visit);
    await visitResume(page, visit);
    await context.close();
    expect(states).toBeGreaterThan(course.pages.length);
    expect(problems).toEqual([]);
  }, SLOW);
});

describe('screenshots of every page at phone, laptop and projector size', () => {
  const sizes = [
    ['360x640', { width: 360, height: 640 }],
    ['1366x768', DESKTOP],
    ['1920x1080', PROJECTOR],
  ] as const;
  const cases = modules.flatMap(({ course }) =>
    (['alone', 'team'] as Mode[]).flatMap((mode) => sizes.map(([name, viewport]) => [`${course.id}, ${mode}, ${name}`, { course, mode, name, viewport }] as const)),
  );
  it.each(cases)('%s: no horizontal overflow (screenshots in test-results/screens/)', async (_, { course, mode, name, viewport }) => {
    const { context, page, frame } = await open(course, viewport);
    const dir = join(RESULTS, 'screens', course.id, `${mode}-${name}`);
    mkdirSync(dir, { recursive: true });
    const problems: string[] = [];
    let shots = 0;
    const visit = async (label: string) => {
      // "p5 step stap-1 · feedback q1 (goed)" → 05-step-stap-1-feedback-q1-goed.png
      const [, n, rest] = /^(?:p(\d+) )?(.*)$/.exec(label)!;
      const file = `${(n ?? '99').padStart(2, '0')}-${rest.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`;
      problems.push(...overflowText(label, await horizontalOverflow(frame)));
      await page.screenshot({ path: join(dir, file), fullPage: true, animations: 'disabled' });
      shots++;
    };
    await tour(page, course, { mode }, visit);
    await visitResume(page, visit);
    await context.close();
    expect(shots).toBeGreaterThan(course.pages.length);
    expect(problems).toEqual([]);
  }, SLOW);
});

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

describe('print', () => {
  it('prints summary, reflections and actielijst without navigation chrome (A4, no buttons, content kept)', async () => {
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
  }, SLOW);
});

describe('language and motion', () => {
  it('declares lang="nl" on the launch page and inside the LMS frame', async () => {
    for (const { course } of modules) {
      const { context, page } = await open(course, DESKTOP);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      await page.goto(served.harnessUrl(course.id, { key: 'lang' }));
      const frame = await moduleFrame(page);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('nl');
      await context.close();
    }
  });

  it('honours prefers-reduced-motion: transitions last 0 ms (150 ms otherwise)', async () => {
    const durations = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { context, page, frame } = await open(pagetypes, DESKTOP, { reducedMotion });
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

/* ------------------------------------------------------------------ video */

describe('video page', () => {
  it('has captions on by default, the transcript below, native keyboard controls, and works without the file', async () => {
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
        await expect.poll(() => video.evaluate((v: HTMLVideoElement) => `${v.textTracks[0]?.mode} ${v.textTracks[0]?.cues?.length ?? 0}`)).toBe('showing 2');
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
  }, SLOW);
});
