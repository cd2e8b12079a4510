import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import { launchBrowser, lmsCalls, lmsValue, moduleFrame, servePackage, type ServedPackage, type Standard } from '../support/browser.js';
import { clickNext, completePage, playPages } from '../support/learner.js';

const course = loadModule('modules/casusbespreking');
const last = course.pages.length - 1;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each<Standard>(['scorm12', 'scorm2004'])('built %s package in an LMS frame', (standard) => {
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage(`casusbespreking-${standard}.zip`);
  });
  afterAll(async () => served?.close());

  it('plays to the end by clicking: LMS holds completed and passed with the score', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key: 'full' }));
    const frame = await moduleFrame(page);
    await playPages(frame, course, 0, last, { mode: 'alone' });
    await frame.getByRole('heading', { level: 2, name: course.pages[last].title }).waitFor();
    await page.goto('about:blank'); // closes the module: pagehide → Terminate
    await page.goBack();
    await moduleFrame(page);
    // After relaunch, read what the previous session left in the LMS store.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem((window as any).harness.storageKey) ?? '{}'));
    if (standard === 'scorm12') {
      expect(stored.core.lesson_status).toBe('passed');
      expect(stored.core.score.raw).toBe('100');
    } else {
      expect(stored.completion_status).toBe('completed');
      expect(stored.success_status).toBe('passed');
      expect(stored.score.scaled).toBe('1');
    }
    await context.close();
  });

  it('calls Initialize and Terminate exactly once per session, and writes incomplete at first launch', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key: 'calls' }));
    const frame = await moduleFrame(page);
    expect(await lmsValue(page, standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('incomplete');
    await completePage(frame, course.pages[0]);
    await clickNext(frame, course.pages[1].title);
    // Unload the module frame only, so the harness (LMS) survives and can be read.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() => (window as any).harness.calls.Terminate > 0);
    const calls = await lmsCalls(page);
    expect(calls.Initialize).toBe(1);
    expect(calls.Terminate).toBe(1);
    await context.close();
  });

  it('resumes on the same page with earlier answers after closing halfway', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key: 'resume' }));
    let frame = await moduleFrame(page);
    const stepIndex = course.pages.findIndex((p) => p.id === 'stap-2');
    await playPages(frame, course, 0, stepIndex - 1, { mode: 'alone', text: () => 'Mijn eerdere antwoord' });
    await clickNext(frame, course.pages[stepIndex].title);
    await page.close(); // tab closed halfway

    const again = await context.newPage();
    await again.goto(served.harnessUrl(standard, { key: 'resume' }));
    frame = await moduleFrame(again);
    await frame.getByRole('button', { name: 'Verder waar je gebleven was' }).click();
    await frame.getByRole('heading', { level: 2, name: course.pages[stepIndex].title, exact: true }).waitFor();
    await frame.getByRole('button', { name: 'Vorige', exact: true }).click();
    const previous = course.pages[stepIndex - 1];
    if (previous.type !== 'step') throw new Error('fixture expectation: page before stap-2 is a step');
    await expect.poll(() => frame.getByRole('textbox', { name: previous.notes.label }).inputValue()).toBe('Mijn eerdere antwoord');
    await expect.poll(() => frame.getByText('Oefening afgerond.').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('runs standalone without an LMS and remembers progress after a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.url}/index.html`);
    await page.waitForSelector('sp-player');
    await page.getByText('Je werkt zonder leeromgeving').first().waitFor();
    await completePage(page.mainFrame(), course.pages[0]);
    await clickNext(page.mainFrame(), course.pages[1].title);
    await page.reload();
    await page.getByRole('button', { name: 'Verder waar je gebleven was' }).click();
    await page.getByRole('heading', { level: 2, name: course.pages[1].title, exact: true }).waitFor();
    expect(served.requests).toContain('/embedded-lms.js');
    await context.close();
  });
});
