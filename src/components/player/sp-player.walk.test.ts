/**
 * Navigation property test on the mounted player (happy-dom): for every module, seeded random walks
 * through the page the way a learner uses it — Volgende, Vorige, the table of contents (unlocked
 * pages), a relaunch (new player, "Verder waar je gebleven was") and page work done through the
 * controls (choose an option, Controleer antwoord, Volgende vraag, type, pick a mode).
 * After every step: the machine invariants (page completable, nothing lost) hold, and the view shows
 * what the machines hold — in particular a chosen option enables "Controleer antwoord".
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Course } from '../../content/types.js';
import { loadAllModules, loadModule } from '../../content/load-module.js';
import type { CourseActor } from '../../machines/course-machine.js';
import { furthestUnlocked } from '../../machines/learner-state.js';
import {
  assertStep,
  gotoTarget,
  playToCompletion,
  savedForRelaunch,
  setsOn,
  startCourse,
  walk,
  workOn,
  type WalkStep,
} from '../../../tests/support/navigation-walk.js';
import type { SpQuestionSet } from '../question-set/sp-question-set.js';
import '../launch.js';
import '../later.js';
import type { SpPlayer } from './sp-player.js';

const SEED = 20261125;
const WALKS = 3;
const STEPS = 100;

// Paths from the repository root (vitest's working directory).
const courses = [loadModule('tests/fixtures/modules/mini'), ...loadAllModules('modules')];

/** Lets the player, then the page and its question sets render (the table of contents after the first paint). */
async function settle(el: SpPlayer): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await vi.waitFor(() => expect(el.tocReady).toBe(true));
  await el.updateComplete;
}

function mount(actor: CourseActor): SpPlayer {
  const el = document.createElement('sp-player');
  el.actor = actor;
  document.body.append(el);
  return el;
}

/** The element of the page on screen (inside the player's main). */
function pageElement(el: SpPlayer): HTMLElement {
  const page = el
    .shadowRoot!.querySelector('main > [class], main')!
    .querySelector<HTMLElement>(
      'sp-page-info, sp-page-casus, sp-page-video, sp-page-reflection, sp-page-team, sp-page-step, sp-page-quiz, sp-page-mode, sp-page-actions, sp-page-teamcode, sp-page-summary',
    );
  if (!page) throw new Error('no page element on screen');
  return page;
}

function questionSetView(el: SpPlayer, setId: string): SpQuestionSet {
  const actor = el.actor!;
  const ref = actor.getSnapshot().context.quizRefs[setId];
  const view = [...pageElement(el).shadowRoot!.querySelectorAll<SpQuestionSet>('sp-question-set')].find((q) => q.quiz === ref);
  if (!view) throw new Error(`question set ${setId} not on screen`);
  return view;
}

function button(root: ParentNode, selector: string): HTMLButtonElement {
  const b = root.querySelector<HTMLButtonElement>(selector);
  if (!b) throw new Error(`no ${selector} on screen`);
  return b;
}

/** Does the page's next piece of work through its controls, as a learner would. */
function workThroughView(el: SpPlayer, pick: number): void {
  const actor = el.actor!;
  const work = workOn(actor, pick);
  if (!work) return;
  const page = pageElement(el);
  if (work.to === 'course') {
    const event = work.event;
    if (event.type === 'SET_MODE') {
      const radios = page.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="mode"]');
      radios[event.mode === 'alone' ? 0 : 1].dispatchEvent(new Event('change'));
    } else if (event.type === 'SET_TEXT') {
      const field = [...page.shadowRoot!.querySelectorAll<HTMLElement & { field?: { id: string } }>('sp-text-field')].find(
        (f) => f.field?.id === event.id,
      );
      const area = field?.shadowRoot?.querySelector('textarea');
      if (!area) throw new Error(`text field ${event.id} not on screen`);
      area.value = event.value;
      area.dispatchEvent(new Event('input'));
    }
    return;
  }
  const root = questionSetView(el, work.setId).shadowRoot!;
  const event = work.event;
  if (event.type === 'SUBMIT') {
    const check = button(root, '#check');
    expect(check.getAttribute('aria-disabled'), 'Controleer antwoord enabled after a choice').toBe('false');
    check.click();
  } else if (event.type === 'NEXT') button(root, '#next').click();
  else {
    // Options are shown in the attempt's shuffled order; each input carries its authored id.
    root.querySelector<HTMLInputElement>(`fieldset input[data-option="${event.option}"]`)!.dispatchEvent(new Event('change'));
  }
}

/** The view shows what the machines hold: the page, and each question set's question, choice and buttons. */
function viewProblems(el: SpPlayer): string[] {
  const problems: string[] = [];
  const { course, learner, quizRefs } = el.actor!.getSnapshot().context;
  const page = course.pages[learner.page];
  const heading = el.shadowRoot!.querySelector('#page-heading')?.textContent;
  if (heading !== page.title) problems.push(`heading "${heading}" on page ${page.id}`);
  for (const set of setsOn(page, learner.mode)) {
    const quiz = quizRefs[set.id].getSnapshot();
    const root = questionSetView(el, set.id).shadowRoot!;
    if (quiz.value === 'finished') {
      if (!root.querySelector('#result')) problems.push(`${set.id}: result not shown`);
      continue;
    }
    // This attempt's questions, options in the order shown (drawn and shuffled by the quiz machine).
    const question = quiz.context.questions[quiz.context.index];
    const legend = root.querySelector('legend')?.textContent;
    if (legend !== question.prompt) problems.push(`${set.id}: shows "${legend}" instead of question ${question.id}`);
    if (quiz.value === 'answering') {
      const disabled = root.querySelector('#check')?.getAttribute('aria-disabled');
      const expected = quiz.context.selection.length === 0 ? 'true' : 'false';
      if (disabled !== expected)
        problems.push(`${set.id}: Controleer antwoord aria-disabled=${disabled}, selection [${quiz.context.selection}]`);
      const checked = [...root.querySelectorAll<HTMLInputElement>('fieldset input')]
        .map((i, n) => (i.checked ? question.options[n].id : ''))
        .filter(Boolean)
        .sort();
      if (checked.join() !== [...quiz.context.selection].sort().join())
        problems.push(`${set.id}: ticked [${checked}] but selection [${quiz.context.selection}]`);
    } else if (!root.querySelector('#next')) problems.push(`${set.id}: no Volgende vraag in feedback`);
  }
  return problems;
}

async function runWalk(course: Course, path: WalkStep[]): Promise<number> {
  let actor = startCourse(course);
  let el = mount(actor);
  await settle(el);
  let steps = 0;
  try {
    for (const step of path) {
      const before = actor.getSnapshot().context.learner;
      const root = el.shadowRoot!;
      switch (step.kind) {
        case 'next':
          root.querySelector<HTMLButtonElement>('#next')?.click(); // absent on the last page
          break;
        case 'prev':
          button(root, '.pager button:not(#next)').click();
          break;
        case 'goto': {
          const target = gotoTarget(actor, step.pick);
          expect(target).toBeLessThanOrEqual(furthestUnlocked(course, actor.getSnapshot().context.learner));
          root.querySelectorAll<HTMLButtonElement>('nav.toc li button')[target].click();
          break;
        }
        case 'relaunch': {
          const saved = savedForRelaunch(course, actor);
          el.remove();
          actor.stop();
          actor = startCourse(course, saved);
          el = mount(actor);
          break;
        }
        case 'work':
          workThroughView(el, step.pick);
          break;
      }
      await settle(el);
      steps++;
      assertStep(before, actor, step);
      const problems = viewProblems(el);
      if (problems.length) expect({ step, problems }).toEqual({ step, problems: [] });
    }
    expect(playToCompletion(actor)).toBe(true);
  } finally {
    el.remove();
    actor.stop();
  }
  return steps;
}

describe('random-walk navigation on the mounted player', () => {
  it.each(courses.map((c) => [c.id, c] as const))(
    `%s: ${WALKS} walks × ${STEPS} steps through the view keep every page completable`,
    async (_id, course) => {
      let steps = 0;
      await fc.assert(
        fc.asyncProperty(walk(STEPS), async (path) => {
          steps += await runWalk(course, path);
        }),
        { seed: SEED, numRuns: WALKS },
      );
      expect(steps).toBeGreaterThanOrEqual(WALKS * STEPS);
    },
    60_000,
  );
});
