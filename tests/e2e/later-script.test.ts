/**
 * The second player script (player-later.js: the machines, the LMS writes and the later page types)
 * arrives after the first page has painted. The first page is there and usable without it: what the
 * learner does meanwhile is kept (the shell says it is busy) and carried out when the script has run;
 * the launch never waits for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import { t } from '../../src/i18n/nl.js';
import { launchBrowser, moduleFrame, servePackage, type ServedPackage } from '../support/browser.js';
import { clickNext, completePage } from '../support/learner.js';

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

/** Holds player-later.js until `release()`; `asked` tells whether the module has requested it. */
async function holdLaterScript(page: Page): Promise<{ readonly asked: boolean; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route('**/player-later.js', async (route: Route) => {
    asked = true;
    await held;
    await route.continue();
  });
  return {
    get asked() {
      return asked;
    },
    release,
  };
}

describe('player-later.js', () => {
  it('the first page shows before the later script arrives; a press meanwhile is kept and carried out on arrival', async () => {
    expect(laterIndex, 'casusbespreking has a mode page after its first page').toBe(1);
    const context = await browser.newContext();
    const page = await context.newPage();
    const later = await holdLaterScript(page);
    // Not until `load`: the held script keeps the module frame (and so the page) from loading.
    await page.goto(served.harnessUrl('scorm2004', { key: `later-${Date.now()}` }), { waitUntil: 'domcontentloaded' });
    const frame = await moduleFrame(page);
    await frame.getByRole('heading', { level: 2, name: course.pages[0].title }).waitFor();
    await frame.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await expect.poll(() => later.asked).toBe(true);
    expect(await frame.evaluate(() => customElements.get('sp-page-mode') === undefined)).toBe(true);
    // The learner presses Volgende at once: the shell says it is busy and the press is kept.
    await completePage(frame, course.pages[0]);
    await frame.getByRole('button', { name: t.next, exact: true }).click();
    await frame.getByRole('status').filter({ hasText: t.pageLoading }).waitFor();
    expect(await frame.evaluate(() => (window as any).samenspel.tracker)).toBeNull();
    // The script arrives: the kept press is carried out, the mode page renders.
    later.release();
    await frame.getByRole('heading', { level: 2, name: course.pages[laterIndex].title }).waitFor();
    await frame.getByRole('radio', { name: new RegExp(`^${t.modeAlone}`) }).waitFor();
    await expect.poll(() => frame.getByText(t.pageLoading).count()).toBe(0);
    await context.close();
  });

  it('a resume onto a later page type before the later script arrives: the prompt shows, the choice is kept, the page follows', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = served.harnessUrl('scorm2004', { key: `later-resume-${Date.now()}` });
    await page.goto(url);
    let frame = await moduleFrame(page);
    await completePage(frame, course.pages[0]);
    await clickNext(frame, course.pages[laterIndex].title);
    await frame.getByRole('radio', { name: new RegExp(`^${t.modeAlone}`) }).waitFor();
    // Leave (the LMS keeps the location), then relaunch with the later script held.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() => (window as any).harness.calls.Terminate > 0);
    const later = await holdLaterScript(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    frame = await moduleFrame(page);
    await frame.getByRole('button', { name: t.resumeContinue }).waitFor();
    await expect.poll(() => later.asked).toBe(true);
    await frame.getByRole('button', { name: t.resumeContinue }).click();
    await frame.getByRole('status').filter({ hasText: t.pageLoading }).waitFor();
    later.release();
    await frame.getByRole('heading', { level: 2, name: course.pages[laterIndex].title }).waitFor();
    await frame.getByRole('radio', { name: new RegExp(`^${t.modeAlone}`) }).waitFor();
    await expect.poll(() => frame.getByText(t.pageLoading).count()).toBe(0);
    await context.close();
  });
});
