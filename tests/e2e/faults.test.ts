/**
 * Fault matrix, the scenarios where a browser matters (issue #4: 1–4, 14–17, 19, 20), in real Chromium
 * against the built packages, for SCORM 1.2 and 2004. Faults are injected through the harness query
 * (`late`, `slow`, `failCommit`, `popup`), a wrapper page on a second origin, emulated visibility and a
 * renderer crash. Every scenario checks that no progress is lost.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import type { ChoiceQuestion, QuizPage } from '../../src/content/types.js';
import { t } from '../../src/i18n/nl.js';
import { requiredCorrect } from '../../src/machines/quiz-order.js';
import { launchBrowser, lmsCalls, lmsValue, moduleFrame, servePackage, type ServedPackage, type Standard } from '../support/browser.js';
import {
  emulateHidden,
  forgetDeviceBackup,
  frameByUrl,
  harnessLog,
  lmsOutcome,
  otherOrigin,
  repeatedSets,
  storedCmi,
  wrapperRoute,
} from '../support/harness.js';
import { answerQuestion, askedCount, clickNext, completePage, currentQuestion, playPages } from '../support/learner.js';
import { interactionsOf } from '../support/scorm-lms.js';

const course = loadModule('modules/casusbespreking');
const last = course.pages.length - 1;
const indexOf = (id: string) => course.pages.findIndex((p) => p.id === id);
const quizIndex = indexOf('toets');
const quizPage = course.pages[quizIndex] as QuizPage;
const stepIndex = indexOf('stap-1');
const stepPage = course.pages[stepIndex];
if (quizPage.type !== 'quiz' || stepPage.type !== 'step') throw new Error('fixture expectation: toets is a quiz, stap-1 a step');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Collects uncaught errors and console errors of a page and its frames (not the browser's own favicon probe). */
function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()));
  return errors;
}

/** Authored ids of the options of the question on screen, in the order shown. */
const shownOptions = (frame: Frame) =>
  frame.locator('input[data-option]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).dataset.option!));

const heading = (frame: Frame, title: string) => frame.getByRole('heading', { level: 2, name: title, exact: true });

async function resume(frame: Frame, title: string): Promise<void> {
  await frame.getByRole('button', { name: t.resumeContinue }).click();
  await heading(frame, title).waitFor();
}

/** Closes the module frame only (pagehide → Terminate) so the harness stays readable. */
async function unloadModule(page: Page): Promise<void> {
  await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
  await page.waitForFunction(() => (window as any).harness.calls.Terminate > 0);
}

describe.each<Standard>(['scorm12', 'scorm2004'])('fault matrix in Chromium, %s', (standard) => {
  let served: ServedPackage;
  /** A fresh browser profile per test (harness store and device backup start empty). */
  let context: BrowserContext;
  const status = (page: Page) => lmsValue(page, standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status');

  beforeAll(async () => {
    served = await servePackage(`casusbespreking-${standard}.zip`, { routes: wrapperRoute });
  });
  afterAll(async () => served?.close());
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => context?.close());

  async function launch(extra: Record<string, string>, launchUrl?: string) {
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(served.harnessUrl(standard, extra, launchUrl));
    const frame = await moduleFrame(page);
    return { page, frame, errors };
  }

  it('#1 no API anywhere: runs standalone and keeps progress after a reload', async () => {
    const page = await context.newPage();
    const errors = trackErrors(page);
    const before = served.requests.length;
    await page.goto(`${served.url}/index.html`);
    const frame = page.mainFrame();
    await frame.getByText(t.standalone).first().waitFor();
    await playPages(frame, course, 0, stepIndex, { mode: 'alone', text: () => 'Standalone notitie' });
    await clickNext(frame, course.pages[stepIndex + 1].title);
    await page.reload();
    await resume(frame, course.pages[stepIndex + 1].title);
    await frame.getByRole('button', { name: t.prev, exact: true }).click();
    await heading(frame, stepPage.title).waitFor();
    expect(await frame.getByRole('textbox', { name: stepPage.notes.label }).inputValue()).toBe('Standalone notitie');
    const embedded = await page.evaluate(
      (name) => JSON.parse(localStorage.getItem(name) ?? 'null'),
      `samenspel-lms:${course.id}:${standard === 'scorm12' ? 'API' : 'API_1484_11'}`,
    );
    expect(embedded?.suspend_data).toContain('Standalone notitie');
    const asked = served.requests.slice(before);
    expect(asked).toContain('/embedded-lms.js');
    expect(asked.filter((p) => p.startsWith('/lms/') || p.startsWith('/vendor/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('#2 API only in window.opener (popup launch): the popup uses the LMS and resumes', async () => {
    const page = await context.newPage();
    const errors = trackErrors(page);
    const before = served.requests.length;
    await page.goto(served.harnessUrl(standard, { key: 'popup', popup: '1' }));
    const open = async () => {
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#open-popup')]);
      popup.on('pageerror', (e) => errors.push(e.message));
      await popup.waitForSelector('sp-player');
      return popup;
    };
    let popup = await open();
    expect(await popup.evaluate(() => window.parent === window && !!window.opener)).toBe(true);
    await playPages(popup.mainFrame(), course, 0, 1, { mode: 'alone' });
    await clickNext(popup.mainFrame(), course.pages[2].title);
    expect(await popup.getByText(t.standalone).count()).toBe(0);
    expect((await lmsCalls(page)).Initialize).toBe(1);
    expect(await status(page)).toBe('incomplete');
    await popup.close(); // the learner closes the popup: pagehide → Terminate on the opener's API
    await page.waitForFunction(() => (window as any).harness.calls.Terminate === 1);
    const cmi = await page.evaluate(() => (window as any).harness.cmi());
    expect(standard === 'scorm12' ? cmi.core.lesson_location : cmi.location).toBe(course.pages[2].id);

    await forgetDeviceBackup(page, served.url); // resume must come from the LMS
    await page.reload(); // the LMS opens a new session for the next launch
    popup = await open();
    await resume(popup.mainFrame(), course.pages[2].title);
    expect(served.requests.slice(before)).not.toContain('/embedded-lms.js');
    await popup.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('#3a cross-origin wrapper between LMS and module: discovery skips the throwing frame and finds the API on top', async () => {
    const wrapper = `${otherOrigin(served.url)}/xo/wrapper.html?src=${encodeURIComponent(`${served.url}/index.html`)}`;
    const page = await context.newPage();
    const errors = trackErrors(page);
    const before = served.requests.length;
    await page.goto(served.harnessUrl(standard, { key: 'xo-middle' }, wrapper));
    const frame = await frameByUrl(page, `${served.url}/index.html`);
    // The setup is what we claim: the module's parent is cross-origin (reading it throws), the top is not.
    expect(
      await frame.evaluate(() => {
        let parentThrows = false;
        try {
          void (window.parent as any).document;
        } catch {
          parentThrows = true;
        }
        return { parentThrows, topHasHarness: !!(window.top as any).harness };
      }),
    ).toEqual({ parentThrows: true, topHasHarness: true });
    await completePage(frame, course.pages[0]);
    await clickNext(frame, course.pages[1].title);
    expect(await frame.getByText(t.standalone).count()).toBe(0);
    const calls = await lmsCalls(page);
    expect(calls.Initialize).toBe(1);
    expect(calls.Commit).toBeGreaterThan(0);
    expect(await status(page)).toBe('incomplete');
    expect(served.requests.slice(before)).not.toContain('/embedded-lms.js');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('#3b API only on a cross-origin top window (unreachable): no crash, falls back to a working standalone module', async () => {
    // The harness (with its API) on the second origin frames the module on the package origin.
    const xoHarness = otherOrigin(served.harnessUrl(standard, { key: 'xo-top' }, `${served.url}/index.html`));
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(xoHarness);
    const frame = await frameByUrl(page, `${served.url}/index.html`);
    await frame
      .getByText(/^Je werkt zonder leeromgeving/)
      .first()
      .waitFor(); // after the late-API wait (3 s)
    expect(await frame.getByText('De module kon niet starten').count()).toBe(0);
    await completePage(frame, course.pages[0]);
    await clickNext(frame, course.pages[1].title);
    expect((await lmsCalls(page)).Initialize).toBe(0);
    // Storage in a frame of another site may be blocked (third-party storage: incognito, Safari, Brave);
    // the module must then still start and work, only without memory.
    const storage = await frame.evaluate(() => {
      try {
        return typeof localStorage.length === 'number';
      } catch {
        return false;
      }
    });
    console.info(`[#3b ${standard}] localStorage in the cross-site module frame: ${storage ? 'available' : 'blocked'}`);
    // The notice tells the truth: kept on this device, or not kept at all.
    expect(await frame.getByText(storage ? t.standalone : t.standaloneNoStorage).count()).toBe(1);
    await page.reload();
    const again = await frameByUrl(page, `${served.url}/index.html`);
    if (storage) await resume(again, course.pages[1].title);
    else await heading(again, course.pages[0].title).waitFor({ timeout: 10_000 });
    expect(await again.getByText('De module kon niet starten').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('#4 API appears late (1500 ms after the content loads): the module uses the LMS, not standalone', async () => {
    const before = served.requests.length;
    const started = Date.now();
    const { page, frame, errors } = await launch({ key: 'late', late: '1500' });
    await heading(frame, course.pages[0].title).waitFor();
    await page.waitForFunction(() => (window as any).harness.calls.Initialize === 1);
    const log = await harnessLog(page);
    expect(log[0].call).toBe('Initialize');
    expect(log[0].at - started).toBeGreaterThanOrEqual(1400);
    expect(await frame.getByText(t.standalone).count()).toBe(0);
    expect(served.requests.slice(before)).not.toContain('/embedded-lms.js');
    await completePage(frame, course.pages[0]);
    await clickNext(frame, course.pages[1].title);
    expect(await status(page)).toBe('incomplete');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('#14 tab closed mid-quiz: relaunch shows the same question and keeps the earlier answers', async () => {
    const set = quizPage.quiz;
    const total = askedCount(set); // a pool asks some of the questions, drawn per learner
    const { page, frame } = await launch({ key: 'quiz' });
    await playPages(frame, course, 0, quizIndex - 1, { mode: 'alone' });
    await clickNext(frame, quizPage.title);
    // Options are shown in this learner's shuffled order (authored ids in data-option).
    const shown: string[][] = [];
    const asked: ChoiceQuestion[] = [];
    for (let n = 0; n < 3; n++) {
      shown.push(await shownOptions(frame));
      const q = await currentQuestion(frame, set);
      asked.push(q);
      await answerQuestion(frame, q, n > 0); // one wrong answer first: it must still count after the relaunch
    }
    await frame.getByText(t.question(4, total)).waitFor();
    const fourthQuestion = await currentQuestion(frame, set);
    const fourth = await shownOptions(frame);
    const authored = [...asked, fourthQuestion].map((q) => q.options.map((o) => o.id));
    expect([...shown, fourth]).not.toEqual(authored); // shuffled (all four in authored order: 1 in 24⁴ or less)
    await page.close(); // tab closed mid-quiz
    await forgetDeviceBackup(await context.newPage(), served.url); // resume must come from the LMS

    const again = await launch({ key: 'quiz' });
    await resume(again.frame, quizPage.title);
    await again.frame.getByText(t.question(4, total)).waitFor();
    expect(await currentQuestion(again.frame, set)).toBe(fourthQuestion); // the same question …
    expect(await shownOptions(again.frame)).toEqual(fourth); // … in the same order after the relaunch
    // The LMS holds the authored id of the wrong first answer, not its position on screen.
    const wrongFirst = asked[0].options.find((o) => !o.correct)!.id;
    const stored = interactionsOf(await again.page.evaluate(() => (window as any).harness.cmi()));
    const responses = stored
      .filter((i) => String(i.id).startsWith(`${set.id}__${asked[0].id}__`))
      .map((i) => i[standard === 'scorm12' ? 'student_response' : 'learner_response']);
    expect(responses).toEqual([wrongFirst]);
    const saved = JSON.parse(await lmsValue(again.page, 'cmi.suspend_data'));
    expect(Object.keys(saved.qz[set.id][4])).toEqual(asked.map((q) => q.id));
    for (let n = 3; n < total; n++) await answerQuestion(again.frame, await currentQuestion(again.frame, set), true);
    const score = Math.round(((total - 1) / total) * 100);
    const needed = requiredCorrect(total, course.masteryScore);
    await again.frame.getByText(t.quizResult(total - 1, total, needed), { exact: false }).waitFor();
    // Wait for the state asserted (the score reaches the LMS with the sync after the last answer), not for a commit count.
    await expect
      .poll(async () => lmsOutcome(standard, await again.page.evaluate(() => (window as any).harness.cmi())).score)
      .toBe(String(score));
    // Every asked answer reached the LMS as an interaction, the first one as wrong.
    const result = await lmsValue(again.page, 'cmi.interactions._count');
    expect(Number(result)).toBeGreaterThanOrEqual(total);
    await again.page.close();
  });

  it('#15 tab hidden then killed without pagehide (mobile): the hidden commit saved the latest text', async () => {
    const note = `Notitie vlak voor het wegklikken ${standard}`;
    const { page, frame } = await launch({ key: 'hidden' });
    await playPages(frame, course, 0, stepIndex - 1, { mode: 'alone' });
    await clickNext(frame, stepPage.title);
    await frame.getByRole('textbox', { name: stepPage.notes.label }).fill(note);
    // Hidden at once, before the typing sync (1 s later) is due: the commit happens synchronously in the
    // visibilitychange handler, before any close.
    expect(await emulateHidden(frame)).toBe(1);
    const log = await harnessLog(page);
    const lastSuspend = log.filter((e) => e.call === 'SetValue' && e.args[0] === 'cmi.suspend_data').at(-1)!;
    const lastCommit = log.filter((e) => e.call === 'Commit').at(-1)!;
    expect(lastSuspend.args[1]).toContain(note);
    expect(log.indexOf(lastCommit)).toBeGreaterThan(log.indexOf(lastSuspend));
    expect(lastCommit.result).toBe('true');
    expect(log.some((e) => e.call === 'Terminate')).toBe(false);

    // Frozen in the background, then killed: the renderer crashes, no pagehide, no Terminate.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await page.close();

    const probe = await context.newPage();
    await probe.goto(`${served.url}/lms/lms.css`);
    const stored = await storedCmi(probe, standard, 'hidden');
    expect(stored.suspend_data).toContain(note);
    await probe.close();
    await forgetDeviceBackup(await context.newPage(), served.url); // resume must come from the LMS
    const again = await launch({ key: 'hidden' });
    await resume(again.frame, stepPage.title);
    expect(await again.frame.getByRole('textbox', { name: stepPage.notes.label }).inputValue()).toBe(note);
    await again.page.close();
  });

  it('#16 double launch in two tabs: the tab opened earlier commits later and does not wipe the completion', async () => {
    const tabB = await launch({ key: 'double' }); // opened first, stays on page 1
    await completePage(tabB.frame, course.pages[0]);
    await clickNext(tabB.frame, course.pages[1].title);

    const tabA = await launch({ key: 'double' });
    await tabA.frame.getByRole('button', { name: t.resumeRestart }).click();
    await playPages(tabA.frame, course, 0, last, { mode: 'alone' });
    await unloadModule(tabA.page);
    const afterA = lmsOutcome(standard, await storedCmi(tabA.page, standard, 'double'));
    expect(afterA).toEqual({ completion: 'completed', success: 'passed', score: '100' });
    await tabA.page.close();

    // Tab B still holds the old LMS session: it changes page (commit) and is closed later.
    await completePage(tabB.frame, course.pages[1], { mode: 'alone' });
    await clickNext(tabB.frame, course.pages[2].title);
    await unloadModule(tabB.page);
    const afterB = lmsOutcome(standard, await storedCmi(tabB.page, standard, 'double'));
    expect(afterB.completion).toBe('completed');
    expect(afterB.success).toBe('passed');
    expect(afterB.score).toBe('100');
    await tabB.page.close();
  });

  it('#17 relaunch after completion: review mode, completion and score kept after the review session', async () => {
    const first = await launch({ key: 'review' });
    await playPages(first.frame, course, 0, last, { mode: 'alone' });
    await first.page.close();

    const again = await launch({ key: 'review' });
    await resume(again.frame, course.pages[last].title);
    await again.frame.getByText(t.completedBadge, { exact: true }).first().waitFor();
    expect(lmsOutcome(standard, await again.page.evaluate(() => (window as any).harness.cmi()))).toEqual({
      completion: 'completed',
      success: 'passed',
      score: '100',
    });
    // Review: every page is open from the table of contents.
    const locked = await again.frame.locator('sp-player nav li button[aria-disabled="true"]').count();
    expect(locked).toBe(0);
    await again.frame.getByRole('button', { name: t.tocOpen }).click();
    await again.frame.locator('sp-player nav li button').nth(stepIndex).click();
    await heading(again.frame, stepPage.title).waitFor();
    await unloadModule(again.page);
    const stored = lmsOutcome(standard, await storedCmi(again.page, standard, 'review'));
    expect(stored).toEqual({ completion: 'completed', success: 'passed', score: '100' });
    const cmi = await storedCmi(again.page, standard, 'review');
    expect(standard === 'scorm12' ? cmi.core.exit : cmi.exit).toBe('suspend');
    await again.page.close();
  });

  it('#19 slow synchronous API (200 ms per call): Next shows the next page promptly, no repeated SetValue', async () => {
    const started = Date.now();
    const { page, frame } = await launch({ key: 'slow', slow: '200' });
    await heading(frame, course.pages[0].title).waitFor({ timeout: 60_000 });
    const firstShown = Date.now() - started;
    await page.waitForFunction(() => (window as any).harness.calls.Commit >= 1, undefined, { timeout: 60_000 });
    await completePage(frame, course.pages[0]);
    /** Clicks Next and times the first animation frame after the click: the frame that paints the new page. */
    const measure = (title: string) =>
      frame.evaluate(async (expected) => {
        const root = document.querySelector('sp-player')!.shadowRoot!;
        const h = () => root.querySelector('#page-heading')?.textContent?.trim();
        const calls = () => (window.parent as any).harness.log.length;
        /** Until the LMS has had no call for 300 ms: an earlier change's sync (e.g. the text just typed) is done. */
        const quiet = async () => {
          let n = -1;
          while (n !== calls()) {
            n = calls();
            await new Promise((r) => setTimeout(r, 300));
          }
        };
        // Only calls caused by this click count: the one before it must have finished syncing.
        await quiet();
        const callsBefore = calls();
        const t0 = performance.now();
        (root.querySelector('#next') as HTMLButtonElement).click();
        const first = await new Promise<{ at: number; heading: string | undefined; callsBeforePaint: number }>((resolve) =>
          requestAnimationFrame(() => resolve({ at: performance.now() - t0, heading: h(), callsBeforePaint: calls() - callsBefore })),
        );
        // Then wait until the sync has run, to know how long the LMS kept the thread busy.
        const deadline = performance.now() + 20_000;
        while (calls() === callsBefore && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        await quiet();
        return {
          shownAt: first.at,
          headingInThatFrame: first.heading === expected,
          callsBeforePaint: first.callsBeforePaint,
          syncDone: performance.now() - t0,
          lmsCalls: calls() - callsBefore,
        };
      }, title);
    const first = await measure(course.pages[1].title);
    await completePage(frame, course.pages[1], { mode: 'alone' });
    const second = await measure(course.pages[2].title);
    console.info(
      `[#19 ${standard}] slow LMS: launch → first page shown ${firstShown} ms; Next → next page painted / sync finished (ms):`,
      first,
      second,
    );
    for (const m of [first, second]) {
      expect(m.headingInThatFrame).toBe(true);
      // The slow LMS is not called between the click and the paint of the next page (the time goes to the log only).
      expect(m.callsBeforePaint).toBe(0);
      expect(m.lmsCalls).toBeGreaterThan(0);
    }
    await unloadModule(page);
    const log = await harnessLog(page);
    expect(repeatedSets(log)).toEqual([]);
    expect(log.filter((e) => e.call === 'Initialize')).toHaveLength(1);
    expect(log.filter((e) => e.call === 'Terminate')).toHaveLength(1);
    // Commits: launch, Next, mode chosen, Next, close — and never one without a new value before it.
    const calls = log.filter((e) => e.call === 'SetValue' || e.call === 'Commit').map((e) => (e.call === 'Commit' ? 'C' : 'S'));
    expect(calls.filter((c) => c === 'C').length).toBeLessThanOrEqual(5);
    expect(calls.join('')).not.toMatch(/^C|CC/);
    await page.close();
  });

  it('#20 Terminate called twice (and after failed commits): only one Terminate reaches the LMS', async () => {
    const { page, frame } = await launch({ key: 'term' });
    await completePage(frame, course.pages[0]);
    await clickNext(frame, course.pages[1].title);
    await frame.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      (window as any).samenspel.tracker.finish();
    });
    await unloadModule(page); // the real pagehide
    await page.waitForTimeout(200);
    expect((await lmsCalls(page)).Terminate).toBe(1);
    await page.close();

    // Every Commit fails; the learner keeps working; closing terminates once and Terminate saves the data.
    const failing = await launch({ key: 'term-fail', learner: 'lerende-2', failCommit: 'all' });
    await completePage(failing.frame, course.pages[0]);
    await clickNext(failing.frame, course.pages[1].title);
    expect((await lmsCalls(failing.page)).Commit).toBeGreaterThan(0);
    await failing.frame.evaluate(() => (window as any).samenspel.tracker.finish());
    await unloadModule(failing.page);
    await failing.page.waitForTimeout(200);
    const calls = await lmsCalls(failing.page);
    expect(calls.Terminate).toBe(1);
    const stored = await storedCmi(failing.page, standard, 'term-fail');
    expect(standard === 'scorm12' ? stored.core.lesson_location : stored.location).toBe(course.pages[1].id);
    await failing.page.close();
  });
});
