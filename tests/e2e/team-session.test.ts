/**
 * Issue #10 end to end, on the built packages in real Chromium, SCORM 1.2 and 2004: the voorzitter
 * runs the meeting with four participants on a 1920×1080 screen (presentation view, sticky timer,
 * +1 minuut, Volgende stap, meeting clock, team code); three other learners, each in their own
 * browser context and LMS harness, type the code (one mistypes first, one works keyboard-only),
 * pick a role and finish the individual part. Asserts what every LMS holds; screenshots of the
 * presentation view and the code screen (dist/screenshots/); axe on the new screens.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { loadModule } from '../../src/content/load-module.js';
import type { QuizPage } from '../../src/content/types.js';
import { t } from '../../src/i18n/nl.js';
import { formatTeamCode, generateTeamCode } from '../../src/machines/team-code.js';
import { notesFor } from '../../src/machines/mode-view.js';
import { axeFindings, focusInfo, type AxeFinding } from '../support/a11y.js';
import { launchBrowser, lmsValue, moduleFrame, servePackage, type ServedPackage, type Standard } from '../support/browser.js';
import { answerSet, clickNext } from '../support/learner.js';

const course = loadModule('modules/casusbespreking');
const quiz = course.pages.find((p): p is QuizPage => p.type === 'quiz')!;
const title = (id: string) => course.pages.find((p) => p.id === id)!.title;
const SHOTS = join('dist', 'screenshots');
const PARTICIPANTS = ['Anna', 'Bram', 'Cees', 'Dewi'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

/** What one learner's LMS holds at the end. */
interface Held {
  status: string[];
  teamObjective: string;
  comment: string;
}

describe.each<Standard>(['scorm12', 'scorm2004'])('team session with credit for everyone (%s)', (standard) => {
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage(`casusbespreking-${standard}.zip`);
  });
  afterAll(async () => served?.close());

  async function held(page: Page): Promise<Held> {
    const status =
      standard === 'scorm12'
        ? await Promise.all([lmsValue(page, 'cmi.core.lesson_status'), lmsValue(page, 'cmi.core.score.raw')])
        : await Promise.all([
            lmsValue(page, 'cmi.completion_status'),
            lmsValue(page, 'cmi.success_status'),
            lmsValue(page, 'cmi.score.raw'),
          ]);
    let teamObjective = '(missing)';
    for (let n = 0; n < 12; n++) {
      if ((await lmsValue(page, `cmi.objectives.${n}.id`)) !== 'teamsessie') continue;
      teamObjective = await lmsValue(page, standard === 'scorm12' ? `cmi.objectives.${n}.status` : `cmi.objectives.${n}.completion_status`);
      break;
    }
    const comment = await lmsValue(page, standard === 'scorm12' ? 'cmi.comments' : 'cmi.comments_from_learner.0.comment');
    return { status, teamObjective, comment };
  }
  const passed = standard === 'scorm12' ? ['passed', '100'] : ['completed', 'passed', '100'];

  async function launch(key: string, viewport: { width: number; height: number }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(served.harnessUrl(standard, { key: `${key}-${standard}-${Date.now()}` }));
    return { context, page, frame: await moduleFrame(page) };
  }

  /** The individual part: graded quiz and what you take from the session. */
  async function individualPart(frame: Frame, takeaway: string) {
    await answerSet(frame, quiz.quiz, true);
    await clickNext(frame, title('meenemen'));
    await frame.getByRole('textbox', { name: 'Wat neem je mee uit deze bespreking voor je eigen werk?' }).fill(takeaway);
    await clickNext(frame, title('samenvatting'));
    await clickNext(frame, title('afronding'));
  }

  /** Presses Tab until the focused element's name matches. */
  async function tabTo(page: Page, frame: Frame, match: RegExp, max = 60) {
    for (let n = 0; n < max; n++) {
      await page.keyboard.press('Tab');
      const f = await focusInfo(frame);
      if (f && match.test(f.name)) return f;
    }
    throw new Error(`Tab did not reach ${match}`);
  }

  it('the voorzitter runs the 20-minute meeting; three participants enter the code; every LMS holds the team part and a result', async () => {
    const axe: AxeFinding[] = [];
    const records: Record<string, Held> = {};

    // ------------------------------------------------------------ the meeting, on the projector
    const chair = await launch('voorzitter', { width: 1920, height: 1080 });
    const f = chair.frame;
    await clickNext(f, title('modus'));
    await f.getByRole('radio', { name: /^Met het team/ }).check();
    for (const [n, name] of PARTICIPANTS.entries()) {
      const input = f.getByRole('textbox', { name: `Naam deelnemer ${n + 1}`, exact: true });
      if ((await input.count()) === 0) await f.getByRole('button', { name: t.addParticipant }).click();
      await input.fill(name);
    }
    for (const [role, who] of [
      ['Voorzitter', 'Bram'],
      ['Inbrenger', 'Anna'],
      ['Notulist', 'Cees'],
      ['Tijdbewaker', 'Dewi'],
    ]) {
      await f.getByRole('combobox', { name: role, exact: true }).selectOption({ label: who });
    }
    // The plan on screen adds up to 20 minutes.
    await f.getByText(t.meetingPlanTotal(20)).waitFor();
    await clickNext(f, title('casus'));
    await clickNext(f, title('model'));
    await clickNext(f, title('stap-1'));

    // Presentation view: question, guard, pitfall, notes; timer with meeting clock.
    const step1 = course.pages.find((p) => p.id === 'stap-1')!;
    if (step1.type !== 'step') throw new Error('stap-1');
    await f.getByText(step1.question!, { exact: true }).waitFor();
    await f.getByText(step1.guard, { exact: true }).first().waitFor();
    await f.getByText(step1.pitfall, { exact: true }).first().waitFor();
    expect(await f.getByRole('radio').count()).toBe(0); // no practice questions in the meeting
    await f.getByRole('button', { name: t.timerStart }).click();
    await f.getByRole('button', { name: t.timerPause }).waitFor();
    await chair.page.clock.fastForward(60_000);
    await f.getByText('1:00 van 20:00').waitFor();
    // "+1 minuut" (keyboard): the step and the plan get a minute more.
    await tabTo(chair.page, f, /^\+1 minuut$/);
    await chair.page.keyboard.press('Enter');
    await f.getByText('1:00 van 21:00').waitFor();
    // The notulist types; the timer stays in view when the page scrolls.
    await f
      .getByRole('textbox', { name: notesFor(step1.notes, 'team').label })
      .fill('Ik wil van jullie weten hoe ik Sandra ontlast zonder dat mevrouw zich overvallen voelt.');
    await f.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const timerBox = await f.getByRole('group', { name: 'Timer' }).boundingBox();
    expect(timerBox && timerBox.y >= -1 && timerBox.y + timerBox.height <= 1080).toBe(true);
    await f.evaluate(() => window.scrollTo(0, 0));
    await chair.page.screenshot({ path: join(SHOTS, `team-presentation-${standard}-1920x1080.png`) });
    axe.push(...(await axeFindings(chair.page, 'presentation view', 'iframe#sco')));
    // Time-out: said in text (and to screen readers), not only by colour.
    await chair.page.clock.fastForward(3 * 60_000 + 5_000);
    await f.getByText(t.timerUpAlert).waitFor();
    axe.push(...(await axeFindings(chair.page, 'presentation view, time is up', 'iframe#sco')));

    // Volgende stap through the agenda; the next clock starts by itself.
    for (const id of ['stap-2', 'stap-3', 'stap-4', 'actielijst']) {
      await f.getByRole('button', { name: t.stepNext }).click();
      await f.getByRole('heading', { level: 2, name: title(id), exact: true }).waitFor();
      await f.getByRole('button', { name: t.timerPause }).waitFor();
    }
    await f.getByRole('button', { name: t.actionAdd }).click();
    await f.getByRole('textbox', { name: 'Actie 1: Wie', exact: true }).fill('Anna');
    await f.getByRole('textbox', { name: 'Actie 1: Wat', exact: true }).fill('Sandra apart spreken');
    await f.getByRole('textbox', { name: 'Actie 1: Wanneer', exact: true }).fill('vrijdag');
    await f.getByRole('button', { name: t.stepNext }).click();
    await f.getByRole('heading', { level: 2, name: title('teamcode'), exact: true }).waitFor();

    const shown = (await f.locator('sp-page-teamcode .code').textContent())!.trim();
    expect(shown).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const codeSize = await f.locator('sp-page-teamcode .code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(codeSize).toBeGreaterThanOrEqual(96); // readable from the back of the room
    await chair.page.screenshot({ path: join(SHOTS, `team-code-${standard}-1920x1080.png`) });
    axe.push(...(await axeFindings(chair.page, 'team code', 'iframe#sco')));
    // The printed actielijst carries the code.
    await chair.page.emulateMedia({ media: 'print' });
    await f.getByText(`Teamcode`).filter({ visible: true }).first().waitFor();
    await f.getByText('Sandra apart spreken').filter({ visible: true }).first().waitFor();
    await chair.page.emulateMedia({ media: 'screen' });
    const session = await f.evaluate(() => (window as any).samenspel.actor.getSnapshot().context.learner.team);
    expect(formatTeamCode(session.code)).toBe(shown);

    // The voorzitter's own launch: team part recorded live; then the individual part.
    await clickNext(f, title('toets'));
    records.voorzitter = await held(chair.page);
    expect(records.voorzitter.status[0]).toBe('incomplete');
    await individualPart(f, 'Vaker naar de vrijwilliger vragen.');
    // The completing sync runs once the last page has painted: wait for the LMS to hold the result.
    await expect.poll(async () => (await held(chair.page)).status).toEqual(passed);
    records.voorzitter = await held(chair.page);

    // ------------------------------------------------------------ the others, each in their own LMS
    const learners: { name: string; role: string | null; typo?: boolean; keyboard?: boolean }[] = [
      { name: 'Anna', role: 'Inbrenger', typo: true },
      { name: 'Cees', role: 'Notulist' },
      { name: 'Dewi', role: null, keyboard: true },
    ];
    for (const learner of learners) {
      const me = await launch(learner.name, { width: 1366, height: 900 });
      const g = me.frame;
      await clickNext(g, title('modus'));
      const codeBox = g.getByRole('textbox', { name: t.codeInput });
      if (learner.keyboard) {
        // Keyboard only: radio group, arrows, the code, Enter, the role select, Volgende.
        await tabTo(me.page, g, /^Alleen/);
        await me.page.keyboard.press('ArrowDown');
        await me.page.keyboard.press('ArrowDown');
        expect((await focusInfo(g))?.name).toMatch(/^Ik deed mee aan een teamsessie/);
        await tabTo(me.page, g, /^Teamcode \(8 tekens\)/);
        await me.page.keyboard.type(shown.toLowerCase());
        await me.page.keyboard.press('Enter');
        await g.getByText(t.codeOk(dutch(session.date), shown)).waitFor();
        await tabTo(me.page, g, /^Volgende$/);
        await me.page.keyboard.press('Enter');
        await g.getByRole('heading', { level: 2, name: title('toets'), exact: true }).waitFor();
      } else {
        await g.getByRole('radio', { name: new RegExp(`^${t.modeJoined}`) }).check();
        if (learner.typo) {
          // A neighbour swap: refused with a Dutch reason; the typed text stays; no way on.
          const swapped = session.code.slice(0, 2) + session.code[3] + session.code[2] + session.code.slice(4);
          expect(swapped).not.toBe(session.code);
          await codeBox.fill(swapped);
          await g.getByRole('button', { name: t.codeSubmit }).click();
          await g.getByRole('alert').getByText(t.codeErrorCheck).waitFor();
          expect(await codeBox.inputValue()).toBe(swapped);
          expect(await codeBox.getAttribute('aria-invalid')).toBe('true');
          axe.push(...(await axeFindings(me.page, 'code refused', 'iframe#sco')));
          await g.getByRole('alert').getByText(t.codeErrorCheck).scrollIntoViewIfNeeded();
          await me.page.screenshot({ path: join(SHOTS, `code-entry-refused-${standard}-1366x900.png`) });
          expect(await g.getByRole('button', { name: 'Volgende', exact: true }).getAttribute('aria-disabled')).toBe('true');
          await g.getByText(t.nextBlocked).waitFor();
          // A code of another module: refused with that reason.
          const other = generateTeamCode('eigen-kracht', session.date, () => 0.3);
          await codeBox.fill(formatTeamCode(other));
          await g.getByRole('button', { name: t.codeSubmit }).click();
          await g.getByText(t.codeErrorModule(course.title)).waitFor();
        }
        await codeBox.fill(shown);
        await g.getByRole('button', { name: t.codeSubmit }).click();
        await g.getByText(t.codeOk(dutch(session.date), shown)).waitFor();
        if (learner.role) await g.getByRole('combobox', { name: t.ownRole }).selectOption({ label: learner.role });
        if (learner.typo) axe.push(...(await axeFindings(me.page, 'code accepted', 'iframe#sco')));
        await clickNext(g, title('toets'));
      }
      await individualPart(g, `Wat ${learner.name} meeneemt.`);
      await expect.poll(async () => (await held(me.page)).status).toEqual(passed);
      records[learner.name] = await held(me.page);
      await me.context.close();
    }
    await chair.context.close();

    console.log(`[${standard}] team code ${shown}; LMS per learner: ${JSON.stringify(records, null, 1)}`);
    expect(axe.map((a) => `${a.state}: ${a.rule} ${a.targets.join(' ')}`)).toEqual([]);
    const head = `Teamsessie ${session.date}, teamcode ${shown}`;
    expect(records.voorzitter).toEqual({
      status: passed,
      teamObjective: 'completed',
      comment: `${head}: Anna (inbrenger); Bram (voorzitter); Cees (notulist); Dewi (tijdbewaker)`,
    });
    expect(records.Anna).toEqual({ status: passed, teamObjective: 'completed', comment: `${head}, rol: inbrenger` });
    expect(records.Cees).toEqual({ status: passed, teamObjective: 'completed', comment: `${head}, rol: notulist` });
    expect(records.Dewi).toEqual({ status: passed, teamObjective: 'completed', comment: `${head}, rol: niet opgegeven` });
  });
});

function dutch(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
