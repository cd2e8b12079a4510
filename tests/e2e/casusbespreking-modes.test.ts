/**
 * Issue #3: "Effectieve casusbespreking" in both modes, end to end in real Chromium, for SCORM 1.2
 * and 2004: alone and team play-throughs (what the LMS records), the printed report, resume in the
 * middle of a running timer, and long / hostile texts (plain text, clipped, SCORM 1.2 budget).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import type { StepPage } from '../../src/content/types.js';
import { t } from '../../src/i18n/nl.js';
import { notesFor } from '../../src/machines/mode-view.js';
import { launchBrowser, lmsValue, moduleFrame, servePackage, type ServedPackage, type Standard } from '../support/browser.js';
import { addActionRow, clickNext, completePage, openFromToc, pasteInto, playPages } from '../support/learner.js';

const course = loadModule('modules/casusbespreking');
const last = course.pages.length - 1;
const index = (id: string) => course.pages.findIndex((p) => p.id === id);
const modeIndex = course.pages.findIndex((p) => p.type === 'mode');
const actionsIndex = course.pages.findIndex((p) => p.type === 'actions');
const steps = course.pages.filter((p): p is StepPage => p.type === 'step');
const stepOne = index('stap-1');

const PARTICIPANTS = ['<script>alert(1)</script>', 'Fatima "Fa" el-Amrani 🌷', "Noor van 't Hof"];
const ACTIONS = [
  { who: 'Joyce', what: 'Sandra bellen en apart spreken met de wijkverpleegkundige (EDIZ-plus)', when: 'vóór vrijdag' },
  { who: 'Fatima "Fa"', what: 'Familiegesprek plannen met mevrouw, Sandra en Mark <b>via video</b>', when: 'binnen drie weken' },
];
const XSS_NOTE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const noteFor = (id: string) => `Notulen ${id}: "Sandra" kan niet meer 😟 & ${XSS_NOTE}`;

const isoToday = () => new Date().toISOString().slice(0, 10);
const dutchDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Every suspend_data value the module wrote, in order (from the harness call log). */
function suspendWrites(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window as any).harness.log as { call: string; args: unknown[] }[])
      .filter((e) => e.call === 'SetValue' && e.args[0] === 'cmi.suspend_data')
      .map((e) => String(e.args[1])),
  );
}

/** The course machine's learner state inside the module frame. */
function learnerState(frame: Frame): Promise<any> {
  return frame.evaluate(() => (window as any).samenspel.actor.getSnapshot().context.learner);
}

/** Elements created from input anywhere in the module (document and every shadow root). */
function injected(frame: Frame): Promise<{ scripts: number; images: number; xss: unknown }> {
  return frame.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return {
      scripts: all.filter((e) => e.tagName === 'SCRIPT' && /alert\(1\)|__xss/.test(e.textContent ?? '')).length,
      images: all.filter((e) => e.tagName === 'IMG' && e.getAttribute('src') === 'x').length,
      xss: (window as any).__xss,
    };
  });
}

/** Computed display of player chrome (header, table of contents, pager, notices). */
function chromeDisplay(frame: Frame): Promise<Record<string, string>> {
  return frame.evaluate(() => {
    const root = document.querySelector('sp-player')!.shadowRoot!;
    const out: Record<string, string> = {};
    for (const sel of ['header', 'nav.toc', '.pager', '.meta']) {
      const el = root.querySelector(sel);
      out[sel] = el ? getComputedStyle(el).display : 'missing';
    }
    return out;
  });
}

/** Closes the tab the way a learner does (unload handlers run) and waits until it is gone. */
async function closeTab(page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each<Standard>(['scorm12', 'scorm2004'])('casusbespreking in both modes (%s)', (standard) => {
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage(`casusbespreking-${standard}.zip`);
  });
  afterAll(async () => served?.close());

  const status = (page: Page) =>
    standard === 'scorm12'
      ? Promise.all([lmsValue(page, 'cmi.core.lesson_status'), lmsValue(page, 'cmi.core.score.raw')])
      : Promise.all([lmsValue(page, 'cmi.completion_status'), lmsValue(page, 'cmi.success_status'), lmsValue(page, 'cmi.score.scaled')]);
  const comment = (page: Page) => lmsValue(page, standard === 'scorm12' ? 'cmi.comments' : 'cmi.comments_from_learner.0.comment');

  /** Elements marked team-only (`data-team-only`) on screen, through the shadow roots. */
  const teamOnlyCount = (frame: Frame) =>
    frame.evaluate(() => {
      const count = (root: ParentNode): number =>
        root.querySelectorAll('[data-team-only]').length +
        [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
      return count(document);
    });

  /** Opens the harness with a fresh learner record and returns the module frame. */
  async function launch(key: string, viewport = { width: 1366, height: 900 }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key: `${key}-${Date.now()}` }));
    return { context, page, frame: await moduleFrame(page) };
  }

  it('alone: the steps are individual exercises with reflection fields; the LMS records passed and the score', async () => {
    const { context, page, frame } = await launch('alone');
    await playPages(frame, course, 0, stepOne - 1, { mode: 'alone' });
    await clickNext(frame, course.pages[stepOne].title);
    expect(await frame.locator('sp-player').getAttribute('team')).toBeNull();
    // No discussion screen, no timer; the notes field is a reflection with the alone hint.
    expect(await frame.getByRole('group', { name: 'Timer' }).count()).toBe(0);
    expect(await frame.getByRole('heading', { name: t.discuss }).count()).toBe(0);
    await frame.getByText(steps[0].notes.hint!, { exact: true }).waitFor();
    // Pages that fit the mode: no team-only part (time box, voorzitter, prompts, timer) and the label for one reader.
    expect(await teamOnlyCount(frame)).toBe(0);
    await frame.getByRole('textbox', { name: steps[0].notes.label }).waitFor();
    await playPages(frame, course, stepOne, last, { mode: 'alone', text: (id) => `Mijn reflectie bij ${id}` });
    await frame.getByRole('heading', { level: 2, name: course.pages[last].title, exact: true }).waitFor();

    // The tracker writes on its next sync after the last page: wait for the recorded state.
    await expect.poll(() => status(page)).toEqual(standard === 'scorm12' ? ['passed', '100'] : ['completed', 'passed', '1']);
    expect(await comment(page)).toBe(''); // no team session, no participants
    const learner = await learnerState(frame);
    expect(learner.mode).toBe('alone');
    const soloReflection = course.pages[index('reflectie')];
    const soloFields = soloReflection.type === 'reflection' ? soloReflection.fields.map((f) => f.id) : [];
    expect(soloFields.length).toBeGreaterThan(0);
    expect(Object.keys(learner.texts).sort()).toEqual([...steps.map((s) => s.notes.id), ...soloFields].sort());
    await context.close();
  });

  it('team: three named participants, notes in every step, two actions; LMS status, score and comments; names stay text', async () => {
    const { context, page, frame } = await launch('team', { width: 1920, height: 1080 });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const dateBefore = isoToday();
    await playPages(frame, course, 0, modeIndex, { mode: 'team', participants: PARTICIPANTS });
    await frame.getByRole('button', { name: t.rotateRoles }).click();
    // Names are plain text: the role selects list them literally.
    await expect
      .poll(() => frame.getByRole('combobox', { name: 'Voorzitter' }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent))
      .toBe(PARTICIPANTS[0]);
    await clickNext(frame, course.pages[modeIndex + 1].title);
    expect(await frame.locator('sp-player').getAttribute('team')).toBe('');
    await playPages(frame, course, modeIndex + 1, stepOne - 1, { mode: 'team' });
    await clickNext(frame, course.pages[stepOne].title);

    expect(await teamOnlyCount(frame)).toBeGreaterThan(0); // the meeting's parts are there
    // Projector screen (1920×1080): large type, and the timer is on the first screen.
    const timer = frame.getByRole('group', { name: 'Timer' });
    await timer.waitFor();
    const box = await timer.boundingBox(); // relative to the harness page's 1080 px high viewport
    expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
    const sizes = await frame.evaluate(() => {
      const step = document.querySelector('sp-player')!.shadowRoot!.querySelector('sp-page-step')!.shadowRoot!;
      const clock = step.querySelector('sp-timer')!.shadowRoot!.querySelector('.clock')!;
      return {
        text: parseFloat(getComputedStyle(step.querySelector('.question')!).fontSize),
        clock: parseFloat(getComputedStyle(clock).fontSize),
      };
    });
    expect(sizes.text).toBeGreaterThanOrEqual(24);
    expect(sizes.clock).toBeGreaterThanOrEqual(96);

    const stepLast = index(steps[steps.length - 1].id);
    for (let i = stepOne; i <= stepLast; i++) {
      const step = course.pages[i] as StepPage;
      // Team hint: the notulist types the team's conclusions.
      await frame.getByText(step.notes.teamHint!, { exact: true }).waitFor();
      expect(step.notes.teamHint).toContain('notulist');
      await completePage(frame, step, { mode: 'team', text: noteFor });
      await clickNext(frame, course.pages[i + 1].title);
    }
    await playPages(frame, course, stepLast + 1, actionsIndex, { mode: 'team' });
    for (const [n, row] of ACTIONS.entries()) await addActionRow(frame, n + 1, row);
    await clickNext(frame, course.pages[actionsIndex + 1].title);
    await playPages(frame, course, actionsIndex + 1, last, { mode: 'team' });

    // What the LMS recorded.
    // The tracker writes on its next sync after the last page: wait for the recorded state.
    await expect.poll(() => status(page)).toEqual(standard === 'scorm12' ? ['passed', '100'] : ['completed', 'passed', '1']);
    const learner = await learnerState(frame);
    expect([dateBefore, isoToday()]).toContain(learner.sessionDate);
    const recorded = await comment(page);
    expect(recorded).toContain(learner.sessionDate);
    for (const name of PARTICIPANTS) expect(recorded).toContain(name);
    expect(learner.actions).toEqual(ACTIONS);
    for (const s of steps) expect(learner.texts[s.notes.id]).toBe(noteFor(s.notes.id));

    // Nothing from the input became markup or ran.
    expect(await injected(frame)).toEqual({ scripts: 0, images: 0, xss: undefined });
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);

    const sizesWritten = (await suspendWrites(page)).map((s) => s.length);
    const largest = Math.max(...sizesWritten);
    console.log(
      `[${standard}] team play-through: largest cmi.suspend_data written = ${largest} characters (${sizesWritten.length} writes)`,
    );
    expect(largest).toBeLessThanOrEqual(standard === 'scorm12' ? 4096 : 64000);
    await context.close();
  });

  it('team: the print view shows the dated report with participants, action rows and notes, without navigation', async () => {
    const { context, page, frame } = await launch('print');
    await playPages(frame, course, 0, modeIndex, { mode: 'team', participants: PARTICIPANTS });
    await clickNext(frame, course.pages[modeIndex + 1].title);
    await playPages(frame, course, modeIndex + 1, actionsIndex, { mode: 'team', text: noteFor });
    for (const [n, row] of ACTIONS.entries()) await addActionRow(frame, n + 1, row);
    const learner = await learnerState(frame);

    expect(Object.values(await chromeDisplay(frame)).every((d) => d !== 'none')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await chromeDisplay(frame)).toEqual({ header: 'none', 'nav.toc': 'none', '.pager': 'none', '.meta': 'none' });
    expect(await frame.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await frame.getByRole('textbox').filter({ visible: true }).count()).toBe(0);

    const report = frame.locator('sp-page-actions');
    const printed = await report.evaluate((el) => (el.shadowRoot as ShadowRoot).querySelector('[part=report]')!.textContent ?? '');
    const visible = (text: string) => frame.getByText(text, { exact: false }).filter({ visible: true }).first();
    await visible(`${course.title} — verslag`).waitFor();
    await visible(`Datum: ${dutchDate(learner.sessionDate)}`).waitFor();
    for (const name of PARTICIPANTS) {
      await visible(name).waitFor();
      expect(printed).toContain(name);
    }
    for (const row of ACTIONS) for (const value of Object.values(row)) await visible(value).waitFor();
    for (const s of steps) await visible(noteFor(s.notes.id)).waitFor();
    expect(await injected(frame)).toEqual({ scripts: 0, images: 0, xss: undefined });

    // The report as PDF (what "opslaan als pdf" produces from the harness page) renders.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  it('team: a running timer survives closing the tab and resumes paused with its elapsed time', async () => {
    const context = await browser.newContext();
    const key = `timer-${Date.now()}`;
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, { key }));
    let frame = await moduleFrame(page);
    await playPages(frame, course, 0, modeIndex, { mode: 'team', participants: PARTICIPANTS });
    await clickNext(frame, course.pages[modeIndex + 1].title);
    await playPages(frame, course, modeIndex + 1, stepOne - 1, { mode: 'team' });
    await clickNext(frame, course.pages[stepOne].title);
    await frame.getByRole('button', { name: t.timerStart }).click();
    await frame.getByRole('button', { name: t.timerPause }).waitFor();
    await page.waitForTimeout(2200);
    await closeTab(page); // tab closed while the timer runs

    const again = await context.newPage();
    await again.goto(served.harnessUrl(standard, { key }));
    frame = await moduleFrame(again);
    await frame.getByRole('button', { name: t.resumeContinue }).click();
    await frame.getByRole('heading', { level: 2, name: course.pages[stepOne].title, exact: true }).waitFor();
    // Paused (resume button), time kept (not reset to the full time box), not expired.
    await frame.getByRole('button', { name: t.timerResume }).waitFor();
    expect(await frame.getByRole('button', { name: t.timerPause }).count()).toBe(0);
    const clock = frame.locator('sp-timer .clock');
    const shown = await clock.textContent();
    expect(shown).toMatch(new RegExp(`^${steps[0].timebox - 1}:5[0-8]$`));
    const elapsed = (await learnerState(frame)).timers['stap-1'];
    expect(elapsed).toBeGreaterThanOrEqual(1800);
    expect(elapsed).toBeLessThan(10_000);
    expect(await frame.getByText(t.timerUpAlert).count()).toBe(0);
    await again.waitForTimeout(1200);
    expect(await clock.textContent()).toBe(shown); // paused: does not count on
    // Resuming counts on from the kept time.
    await frame.getByRole('button', { name: t.timerResume }).click();
    await expect.poll(() => clock.textContent(), { timeout: 5000 }).not.toBe(shown);
    await context.close();
  });

  it('long texts: a 2,000-character paste is clipped to the field and stays plain text; the 1.2 budget warns before dropping', async () => {
    const { context, page, frame } = await launch('long');
    const longNames = PARTICIPANTS.map((n) => n.padEnd(60, '•'));
    await playPages(frame, course, 0, modeIndex, { mode: 'team', participants: longNames });
    await clickNext(frame, course.pages[modeIndex + 1].title);
    await playPages(frame, course, modeIndex + 1, stepOne - 1, { mode: 'team' });
    await clickNext(frame, course.pages[stepOne].title);

    const first = steps[0].notes;
    const max = first.maxLength;
    expect(max).toBeLessThan(2000);
    const paste = Array.from(`${XSS_NOTE} ${'Lange plaktekst met "aanhalingstekens" en emoji 😀. '.repeat(60)}`)
      .slice(0, 2000)
      .join('');
    expect(Array.from(paste).length).toBe(2000);
    const firstLabel = notesFor(first, 'team').label; // the notulist's label in the meeting
    await pasteInto(frame, firstLabel, paste);
    const field = frame.getByRole('textbox', { name: firstLabel });
    // The field's maxlength counts UTF-16 units; an emoji is never cut in half.
    await expect.poll(async () => (await field.inputValue()).length).toBeGreaterThanOrEqual(max - 1);
    const clipped = await field.inputValue();
    expect(clipped.length).toBeLessThanOrEqual(max);
    await frame.getByText(`Nog ${max - clipped.length} tekens`, { exact: true }).waitFor();
    expect(paste.startsWith(clipped)).toBe(true);
    await expect.poll(async () => (await learnerState(frame)).texts[first.id]).toBe(clipped);
    expect(await injected(frame)).toEqual({ scripts: 0, images: 0, xss: undefined });

    // Fill every notes field and then every actielijst row to its maximum; watch the LMS copy and the notice.
    const notice = frame.getByText(t.textsTooLong).first();
    const full = (id: string) => `${id} `.padEnd(max, 'abcdefghij ');
    let noticeSeenWith: string[] | null = null;
    /** Once the notice shows: the LMS copy still holds every text typed before (nothing dropped yet). */
    const watchNotice = async (typedBefore: string[]) => {
      if (noticeSeenWith || !(await notice.isVisible())) return false;
      const writes = await suspendWrites(page);
      const latest = JSON.parse(writes[writes.length - 1]);
      expect(latest.lo ?? []).toEqual([]);
      noticeSeenWith = Object.keys(latest.tx ?? {});
      expect(noticeSeenWith).toEqual(typedBefore);
      return true;
    };
    for (const [n, step] of steps.entries()) {
      if (n > 0) await clickNext(frame, step.title);
      await frame
        .getByRole('textbox', { name: notesFor(step.notes, 'team').label })
        .fill(step.notes.id === first.id ? clipped : full(step.notes.id));
      await page.waitForTimeout(100);
      if (await watchNotice(steps.slice(0, n).map((s) => s.notes.id))) {
        // The warning is also right under the field being typed in.
        await frame
          .locator('sp-text-field')
          .filter({ has: frame.getByRole('textbox', { name: notesFor(step.notes, 'team').label }) })
          .getByText(t.textsTooLong)
          .waitFor();
      }
    }
    await clickNext(frame, course.pages[actionsIndex].title);
    const actionsPage = course.pages[actionsIndex];
    const rows = actionsPage.type === 'actions' ? actionsPage.maxRows : 0;
    const fullRow = (n: number) => ({
      who: `Wie ${n} `.padEnd(60, 'w'),
      what: `Actie ${n} `.padEnd(300, 'abcdefghij '),
      when: `Wanneer ${n} `.padEnd(40, 'v'),
    });
    for (let n = 1; n <= rows; n++) {
      await addActionRow(frame, n, fullRow(n));
      await page.waitForTimeout(100);
      await watchNotice(steps.map((s) => s.notes.id));
    }
    // Back to the last step (a page change makes the module write its state); the meeting is not ended.
    await openFromToc(frame, steps[steps.length - 1].title);
    // The write of that page change comes with the tracker's next sync: wait for it, then read.
    const latestWrite = async () => {
      const all = await suspendWrites(page);
      return JSON.parse(all[all.length - 1]) as { lo?: string[]; tx?: Record<string, string> };
    };
    if (standard === 'scorm12') {
      await expect.poll(async () => ((await latestWrite()).lo ?? []).length, { timeout: 15_000 }).toBeGreaterThan(0); // some texts only on this device now
    } else {
      await expect
        .poll(async () => Object.keys((await latestWrite()).tx ?? {}).sort(), { timeout: 15_000 })
        .toEqual(steps.map((s) => s.notes.id).sort());
    }
    const writes = await suspendWrites(page);
    const largest = Math.max(...writes.map((w) => w.length));
    if (standard === 'scorm12') {
      expect(noticeSeenWith).not.toBeNull();
      expect(largest).toBeLessThanOrEqual(4096);
    } else {
      expect(noticeSeenWith).toBeNull();
      expect(await notice.count()).toBe(0);
    }
    console.log(`[${standard}] all notes and action rows at maximum: largest cmi.suspend_data written = ${largest} characters`);

    // Everything is still in the printed report, also after closing and relaunching.
    await openFromToc(frame, course.pages[actionsIndex].title);
    const checkPrint = async (f: Frame, p: Page) => {
      await p.emulateMedia({ media: 'print' });
      const texts = await f
        .locator('sp-page-actions')
        .evaluate((el) => Array.from((el.shadowRoot as ShadowRoot).querySelectorAll('.notes p')).map((x) => x.textContent));
      expect(texts).toEqual(steps.map((s) => (s.id === steps[0].id ? clipped : full(s.notes.id))));
      for (const name of longNames) await f.getByText(name).filter({ visible: true }).first().waitFor();
      await p.emulateMedia({ media: 'screen' });
    };
    await checkPrint(frame, page);
    const url = page.url();
    await closeTab(page);
    const again = await context.newPage();
    await again.goto(url);
    const frame2 = await moduleFrame(again);
    await frame2.getByRole('button', { name: t.resumeContinue }).click();
    await frame2.getByRole('heading', { level: 2, name: course.pages[actionsIndex].title, exact: true }).waitFor();
    await checkPrint(frame2, again);
    expect(await injected(frame2)).toEqual({ scripts: 0, images: 0, xss: undefined });
    await openFromToc(frame2, steps[0].title);
    expect(await frame2.getByRole('textbox', { name: firstLabel }).inputValue()).toBe(clipped);
    await context.close();
  });
});

describe('projector (team meeting, 1920×1080, the module in the whole window)', () => {
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage('casusbespreking-scorm2004.zip');
  });
  afterAll(async () => served?.close());

  /** Bottom edges (CSS px) of the step question, the timer and the notes field, and the window height. */
  const firstScreen = (frame: Frame) =>
    frame.evaluate(() => {
      const step = document.querySelector('sp-player')!.shadowRoot!.querySelector('sp-page-step')!.shadowRoot!;
      const bottom = (el: Element | null) => (el ? Math.round(el.getBoundingClientRect().bottom) : -1);
      const field = step.querySelector('sp-text-field')!.shadowRoot!.querySelector('textarea');
      return {
        question: bottom(step.querySelector('.presentation > section')), // the question with what the voorzitter guards and the pitfall
        timer: bottom(step.querySelector('sp-timer')),
        notes: bottom(field),
        window: window.innerHeight,
        sideways: document.documentElement.scrollWidth > window.innerWidth,
      };
    });

  it('every step of the meeting shows its question, the timer and the notulist field without scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${served.url}/index.html`);
    const frame = page.mainFrame();
    await frame.locator('sp-player').waitFor();
    await playPages(frame, course, 0, modeIndex, { mode: 'team', participants: ['Fatima Yilmaz', 'Jan de Vries', 'Anouk Bakker'] });
    await clickNext(frame, course.pages[modeIndex + 1].title);
    await playPages(frame, course, modeIndex + 1, stepOne - 1, { mode: 'team' });
    for (const [n, s] of steps.entries()) {
      if (n > 0) await playPages(frame, course, index(steps[n - 1].id), index(s.id) - 1, { mode: 'team' });
      await clickNext(frame, s.title);
      await frame.getByRole('button', { name: t.timerStart }).click();
      const m = await firstScreen(frame);
      expect(m.question, `${s.id}: question`).toBeGreaterThan(0);
      expect(m.notes, `${s.id}: notes field`).toBeGreaterThan(0);
      for (const part of ['question', 'timer', 'notes'] as const)
        expect(m[part], `${s.id}: ${part} in the first screen`).toBeLessThanOrEqual(m.window);
      expect(m.sideways).toBe(false);
      if (n === 0) await page.screenshot({ path: 'test-results/screenshots/casusbespreking-projector-step-1.png' });
      await frame.getByRole('button', { name: t.timerPause }).click();
    }
    await context.close();
  });
});
