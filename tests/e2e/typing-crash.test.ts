/**
 * Nothing typed is lost (issue #17), in real Chromium against the built package: the learner types a
 * reflection and stays in the field; the LMS commits the text without a page change, blur or tab hide;
 * the renderer crashes (no pagehide, no Terminate); a relaunch on a fresh browser context that holds only
 * what the LMS committed finds the text. Once with a working LMS, once with the first commit of the text
 * failing (retried). The time from last keystroke to commit is printed (speed belongs in `npm run bench`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import { t } from '../../src/i18n/nl.js';
import { launchBrowser, moduleFrame, servePackage, type ServedPackage, type Standard } from '../support/browser.js';
import { harnessKey, harnessLog, repeatedSets, storedCmi, type HarnessCall } from '../support/harness.js';
import { clickNext, playPages } from '../support/learner.js';

const course = loadModule('modules/eigen-kracht');
const reflectionIndex = course.pages.findIndex((p) => p.type === 'reflection');
const reflection = course.pages[reflectionIndex];
if (reflection?.type !== 'reflection') throw new Error('fixture expectation: eigen-kracht has a reflection page');
const field = reflection.fields[0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Index of the first successful Commit after a suspend_data write holding `text` (-1: none yet). */
function commitHolding(log: HarnessCall[], text: string): number {
  let written = false;
  for (let i = 0; i < log.length; i++) {
    const e = log[i];
    if (e.call === 'SetValue' && e.args[0] === 'cmi.suspend_data') written = e.args[1].includes(text);
    else if (written && e.call === 'Commit' && e.result === 'true') return i;
  }
  return -1;
}

describe.each<Standard>(['scorm12', 'scorm2004'])('typed text survives a crash, %s', (standard) => {
  let served: ServedPackage;
  const contexts: BrowserContext[] = [];
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context;
  };

  beforeAll(async () => {
    served = await servePackage(`eigen-kracht-${standard}.zip`);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await served?.close();
  });

  /** Reads what the harness LMS persisted for `key` (committed data only), from a page of the package origin. */
  async function persisted(context: BrowserContext, key: string) {
    const probe = await context.newPage();
    await probe.goto(`${served.url}/lms/lms.css`);
    const cmi = await storedCmi(probe, standard, key);
    await probe.close();
    return cmi;
  }

  async function typeAndCrash(
    key: string,
    text: string,
    failFirstCommit: boolean,
  ): Promise<{ cmi: any; lastKeyToCommit: number; log: HarnessCall[] }> {
    const context = await newContext();
    const page: Page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key }));
    const frame = await moduleFrame(page);
    await playPages(frame, course, 0, reflectionIndex - 1);
    await clickNext(frame, reflection.title);
    // The page change is committed; from here on only the typed text is new.
    await page.waitForFunction(
      ([element, id]) => {
        const log: { call: string; args: string[] }[] = (window as any).harness.log;
        const located = log.findLastIndex((e) => e.call === 'SetValue' && e.args[0] === element && e.args[1] === id);
        return located >= 0 && log.at(-1)?.call === 'Commit';
      },
      [standard === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location', reflection.id] as const,
    );
    if (failFirstCommit) await page.evaluate(() => (window as any).harness.failCommits(1));

    const box = frame.getByRole('textbox', { name: field.label });
    await box.click();
    await box.evaluate((el) => el.addEventListener('keyup', () => ((window as any).lastKeyAt = Date.now())));
    await box.pressSequentially(text, { delay: 10 });
    const lastKeyAt: number = await frame.evaluate(() => (window as any).lastKeyAt);
    // The learner stays in the field: no blur, no page change, no hidden tab. Wait for the commit itself.
    await page.waitForFunction(
      (typed) => {
        let written = false;
        for (const e of (window as any).harness.log) {
          if (e.call === 'SetValue' && e.args[0] === 'cmi.suspend_data') written = String(e.args[1]).includes(typed);
          else if (written && e.call === 'Commit' && e.result === 'true') return true;
        }
        return false;
      },
      text,
      { timeout: 15_000 },
    );
    expect(await box.evaluate((el) => el.matches(':focus'))).toBe(true);
    const log = await harnessLog(page);
    const hit = commitHolding(log, text);
    const lastKeyToCommit = log[hit].at - lastKeyAt;

    // The renderer crashes: no pagehide, no Terminate, no device backup carried over.
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await page.close().catch(() => undefined);
    const cmi = await persisted(context, key);
    await context.close();
    return { cmi, lastKeyToCommit, log };
  }

  /** A fresh browser (no device backup) whose LMS holds only `cmi`: relaunch, resume, read the field. */
  async function relaunchFresh(key: string, cmi: unknown): Promise<string> {
    const context = await newContext();
    const seed = await context.newPage();
    await seed.goto(`${served.url}/lms/lms.css`);
    await seed.evaluate(([k, v]) => localStorage.setItem(k, v), [harnessKey(standard, key), JSON.stringify(cmi)] as const);
    expect(await seed.evaluate(() => Object.keys(localStorage))).toEqual([harnessKey(standard, key)]);
    await seed.close();
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key }));
    const frame = await moduleFrame(page);
    await frame.getByRole('button', { name: t.resumeContinue }).click();
    await frame.getByRole('heading', { level: 2, name: reflection.title, exact: true }).waitFor();
    const value = await frame.getByRole('textbox', { name: field.label }).inputValue();
    await context.close();
    return value;
  }

  it('a reflection typed and left in the field is committed without a page change and found on a fresh browser', async () => {
    const text = `Bij de familie Verbeek zie ik Linda in de binnenste ring (${standard}).`;
    const { cmi, lastKeyToCommit, log } = await typeAndCrash('typed', text, false);
    console.info(`[typing ${standard}] last keystroke → commit holding the text: ${lastKeyToCommit} ms`);
    expect(cmi.suspend_data).toContain(text);
    expect(log.some((e) => e.call === 'Terminate')).toBe(false);
    expect(repeatedSets(log)).toEqual([]);
    expect(await relaunchFresh('typed', cmi)).toBe(text);
  });

  it('the first commit of the text fails: retried, committed, found on a fresh browser', async () => {
    const text = `Rob vroeg te veel van zichzelf; ik bespreek eerst de balans (${standard}).`;
    const { cmi, lastKeyToCommit, log } = await typeAndCrash('typed-retry', text, true);
    console.info(`[typing ${standard}, first commit fails] last keystroke → commit holding the text: ${lastKeyToCommit} ms`);
    const commits = log.filter((e) => e.call === 'Commit');
    const failed = commits.filter((e) => e.result === 'false');
    expect(failed).toHaveLength(1);
    expect(log.indexOf(failed[0])).toBeLessThan(commitHolding(log, text));
    expect(cmi.suspend_data).toContain(text);
    expect(await relaunchFresh('typed-retry', cmi)).toBe(text);
  });
});
