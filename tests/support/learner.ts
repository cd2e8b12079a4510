/**
 * Plays a module in the browser the way a learner does: by clicking and typing,
 * driven by the compiled course so the script follows the content.
 */
import type { Frame } from 'playwright-core';
import type { ChoiceQuestion, Course, Page, QuestionSet } from '../../src/content/types.js';
import { pathIndices } from '../../src/machines/learner-state.js';
import { notesFor } from '../../src/machines/mode-view.js';

export interface PlayOptions {
  mode?: 'alone' | 'team';
  /** Pick right answers (default) or wrong ones in the graded quiz. */
  quiz?: 'right' | 'wrong';
  /** Text typed into every required field. */
  text?: (fieldId: string) => string;
  participants?: string[];
}

/**
 * Chooses and checks one question. `finishes`: the check ends a practice set (its last question): the
 * feedback and "Oefening afgerond." show at once, with no further button; otherwise the button that
 * continues (Volgende vraag / Bekijk resultaat) is pressed.
 */
export async function answerQuestion(frame: Frame, q: ChoiceQuestion, right: boolean, finishes = false): Promise<void> {
  const pick = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct) ?? q.options[0]];
  for (const option of pick) {
    await frame.getByRole(q.type === 'single' ? 'radio' : 'checkbox', { name: option.text, exact: true }).check();
  }
  await frame.getByRole('button', { name: 'Controleer antwoord' }).click();
  if (finishes) {
    await frame.getByText('Oefening afgerond.', { exact: true }).waitFor();
    return;
  }
  const next = frame.getByRole('button', { name: /^(Volgende vraag|Bekijk resultaat)$/ });
  await next.click();
}

/**
 * The question the set shows now, found by its prompt (a pool asks only `draw` of the questions, so the
 * script cannot assume the authored list).
 */
export async function currentQuestion(frame: Frame, set: QuestionSet): Promise<ChoiceQuestion> {
  await frame.getByRole('button', { name: 'Controleer antwoord' }).waitFor();
  const prompts = (await frame.locator('legend').allInnerTexts()).map((t) => t.trim());
  const q = set.questions.find((x) => prompts.includes(x.prompt.trim()));
  if (!q) throw new Error(`no question of set ${set.id} on screen (legends: ${prompts.join(' | ')})`);
  return q;
}

/** How many questions one attempt of the set asks. */
export function askedCount(set: QuestionSet): number {
  return set.pool ? Math.min(set.pool.draw, set.questions.length) : set.questions.length;
}

export async function answerSet(frame: Frame, set: QuestionSet, right: boolean): Promise<void> {
  const asked = askedCount(set);
  for (let n = 0; n < asked; n++) await answerQuestion(frame, await currentQuestion(frame, set), right, !set.graded && n === asked - 1);
}

/** Completes what the current page asks (choices, required text, questions). */
export async function completePage(frame: Frame, page: Page, options: PlayOptions = {}): Promise<void> {
  const text = options.text ?? ((id: string) => `Antwoord voor ${id}`);
  switch (page.type) {
    case 'mode':
      await frame.getByRole('radio', { name: options.mode === 'team' ? /Met het team/ : /Alleen/ }).check();
      if (options.mode === 'team' && options.participants) {
        for (let i = 0; i < options.participants.length; i++) {
          const input = frame.getByRole('textbox', { name: `Naam deelnemer ${i + 1}`, exact: true });
          if ((await input.count()) === 0) await frame.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
          await input.fill(options.participants[i]);
        }
      }
      break;
    case 'reflection':
      for (const f of page.fields) await frame.getByRole('textbox', { name: f.label }).fill(text(f.id));
      break;
    case 'step':
    case 'team':
      // The field's label as the mode shows it (the notulist's label in the meeting).
      await frame.getByRole('textbox', { name: notesFor(page.notes, options.mode ?? 'alone').label }).fill(text(page.notes.id));
      // In the meeting (team) a step has no practice questions.
      if (page.type === 'step' && page.activity && options.mode !== 'team') await answerSet(frame, page.activity, true);
      break;
    case 'info':
      if (page.activity) await answerSet(frame, page.activity, true);
      break;
    case 'quiz':
      await answerSet(frame, page.quiz, options.quiz !== 'wrong');
      break;
    default:
      break;
  }
}

export async function clickNext(frame: Frame, expectedTitle: string): Promise<void> {
  await frame.getByRole('button', { name: 'Volgende', exact: true }).click();
  await frame.getByRole('heading', { level: 2, name: expectedTitle, exact: true }).waitFor();
}

/**
 * Plays the pages `from`..`to` (inclusive, course indices) that are on the path of `options.mode`
 * (solo by default), moving on after each except the last one.
 */
export async function playPages(frame: Frame, course: Course, from: number, to: number, options: PlayOptions = {}): Promise<void> {
  const path = pathIndices(course, { mode: options.mode ?? 'alone' }).filter((i) => i >= from && i <= to);
  for (const [k, i] of path.entries()) {
    await completePage(frame, course.pages[i], options);
    if (k < path.length - 1) await clickNext(frame, course.pages[path[k + 1]].title);
  }
}

/** Adds a row to the actielijst and fills wie / wat / wanneer (row numbers start at 1). */
export async function addActionRow(frame: Frame, row: number, values: { who: string; what: string; when: string }): Promise<void> {
  await frame.getByRole('button', { name: 'Actie toevoegen' }).click();
  await frame.getByRole('textbox', { name: `Actie ${row}: Wie`, exact: true }).fill(values.who);
  await frame.getByRole('textbox', { name: `Actie ${row}: Wat`, exact: true }).fill(values.what);
  await frame.getByRole('textbox', { name: `Actie ${row}: Wanneer`, exact: true }).fill(values.when);
}

/**
 * Pastes text into a labelled text field the way the browser inserts a paste (one insertion,
 * subject to the field's maxlength), replacing what was there.
 */
export async function pasteInto(frame: Frame, label: string, text: string): Promise<void> {
  const field = frame.getByRole('textbox', { name: label });
  await field.fill('');
  await field.focus();
  await frame.page().keyboard.insertText(text);
}

/** Moves to a page through the table of contents (only pages already unlocked). */
export async function openFromToc(frame: Frame, title: string): Promise<void> {
  const toc = frame.getByRole('navigation', { name: 'Inhoud' });
  const toggle = toc.getByRole('button', { name: 'Inhoud tonen', exact: true });
  if (await toggle.isVisible()) await toggle.click(); // narrow screens: the list is collapsed
  await toc.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await frame.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}
