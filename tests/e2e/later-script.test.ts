/**
 * The second player script (player-later.js) arrives after the first page has painted. A learner who
 * reaches a later page type before it is there (a resume, a fast click) sees the shell and a calm
 * "loading" note, and the page as soon as the script has run; the launch never waits for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import { t } from '../../src/i18n/nl.js';
import { launchBrowser, moduleFrame, servePackage, type ServedPackage } from '../support/browser.js';
import { completePage } from '../support/learner.js';

const course = loadModule('modules/casusbespreking');
const laterIndex = course.pages.findIndex((p, i) => i > 0 && p.type === 'mode');
let browser: Browser;
let served: ServedPackage;
beforeAll(async () => {
  browser = await launchBrowser();
  served = await servePackage('casusbespreking-scorm2004.zip');
});
afterAll(async () => {
  await served?.close();
  await browser?.close();
});

describe('player-later.js', () => {
  it('the first page works before the later script arrives; a later page type shows the shell, then the page', async () => {
    expect(laterIndex, 'casusbespreking has a mode page after its first page').toBe(1);
    const context = await browser.newContext();
    const page = await context.newPage();
    // Hold the later script until the test lets it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route('**/player-later.js', async (route: Route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(served.harnessUrl('scorm2004', { key: `later-${Date.now()}` }));
    const frame = await moduleFrame(page);
    await frame.getByRole('heading', { level: 2, name: course.pages[0].title }).waitFor();
    await expect.poll(() => asked).toBe(true);
    expect(await frame.evaluate(() => customElements.get('sp-page-mode') === undefined)).toBe(true);
    // On to the mode page (a later page type): header, heading and pager are there, the page says it is loading.
    await completePage(frame, course.pages[0]);
    await frame.getByRole('button', { name: t.next, exact: true }).click();
    await frame.getByRole('heading', { level: 2, name: course.pages[laterIndex].title }).waitFor();
    await frame.getByRole('status').filter({ hasText: t.pageLoading }).waitFor();
    await frame.getByRole('heading', { level: 1, name: course.title }).waitFor();
    // The script arrives: the page renders in place.
    release();
    await frame.getByRole('radio', { name: new RegExp(`^${t.modeAlone}`) }).waitFor();
    expect(await frame.getByText(t.pageLoading).count()).toBe(0);
    await context.close();
  });
});
