/**
 * The coordinator sheet, parsed as HTML: for every module it holds every interaction id the tracker
 * writes with its question, every option letter with its text and correctness, every objective id
 * with its learning goal, the mastery score and the Moodle settings; it loads nothing and keeps
 * hostile content text inert.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../src/content/compile.js';
import { loadAllModules } from '../../src/content/load-module.js';
import type { Course } from '../../src/content/types.js';
import { gradedSet } from '../../src/machines/learner-state.js';
import { interactionId, newInteractions } from '../../src/tracking/cmi-facts.js';
import { coordinatorSheet } from '../../packaging/coordinator-sheet.js';
import { miniCourse } from '../support/fixtures.js';

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const courses = [miniCourse(), ...loadAllModules('modules')];

describe.each(courses.map((c) => [c.id, c] as const))('coordinator sheet of %s', (_id, course: Course) => {
  const html = coordinatorSheet(course);
  const doc = parse(html);

  it('lists every interaction id with its question and every option letter with its text and whether it is right', () => {
    const graded = gradedSet(course)!;
    expect(graded).toBeDefined();
    for (const q of graded.questions) {
      const id = interactionId(graded.id, q.id, 1);
      const section = doc.querySelector(`section[data-interaction="${id}"]`);
      expect(section, id).not.toBeNull();
      expect(text(section!.querySelector('h3'))).toContain(id);
      expect(text(section)).toContain(q.prompt.replace(/\s+/g, ' ').trim());
      const rows = [...section!.querySelectorAll('tr[data-option]')];
      expect(rows.map((r) => r.getAttribute('data-option'))).toEqual(q.options.map((o) => o.id));
      q.options.forEach((o, i) => {
        const cells = [...rows[i].querySelectorAll('td')].map(text);
        expect(cells).toEqual([o.id, o.text.replace(/\s+/g, ' ').trim(), o.correct ? 'goed' : 'fout']);
      });
    }
    expect(doc.querySelectorAll('section[data-interaction]')).toHaveLength(graded.questions.length);
  });

  it('uses the ids the tracker really writes (the same scheme, readable: set and question, no opaque numbers)', () => {
    const graded = gradedSet(course)!;
    const now = Date.now();
    const learner = {
      page: 0,
      visited: [],
      mode: null,
      participants: [],
      roles: {},
      texts: {},
      timers: {},
      actions: [],
      completed: false,
      quizzes: {
        [graded.id]: {
          attempt: 1,
          done: true,
          answers: Object.fromEntries(
            graded.questions.map((q) => [q.id, { selected: [q.options[0].id], correct: false, at: now, latency: 1 }]),
          ),
        },
      },
    };
    const written = newInteractions(course, learner, 0).map((i) => i.id);
    expect(written).toHaveLength(graded.questions.length);
    for (const id of written) {
      expect(doc.querySelector(`section[data-interaction="${id}"]`), id).not.toBeNull();
      expect(id).toMatch(new RegExp(`^${graded.id}__[a-z][a-z0-9-]*__a1$`));
    }
  });

  it('lists every objective id with its learning goal', () => {
    const rows = [...doc.querySelectorAll('tr[data-objective]')];
    expect(rows.map((r) => r.getAttribute('data-objective'))).toEqual(course.objectives.map((o) => o.id));
    course.objectives.forEach((o, i) => {
      const cells = [...rows[i].querySelectorAll('td')].map(text);
      expect(cells.slice(0, 2)).toEqual([o.id, o.title.replace(/\s+/g, ' ').trim()]);
    });
  });

  it('states the pass rule with the mastery score and the LMS settings that make completion work', () => {
    expect(text(doc.querySelector('[data-mastery]'))).toBe(`${course.masteryScore}%`);
    const body = text(doc.body);
    expect(body).toContain('vink Geslaagd én Voltooid aan');
    expect(body).toContain('Alleen “Voltooid” werkt nooit voor deze module');
    expect(body).toContain('vereis dat alle SCO’s voltooiing teruggeven');
    expect(body).toContain('Gemiddelde of Som');
    expect(body).toContain('Oefenvragen');
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
  });

  it('is self-contained: no request leaves the page', () => {
    expect(doc.querySelectorAll('script, img, iframe, link[rel="stylesheet"], object, embed')).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/url\(|@import/);
  });
});

it('keeps hostile content text inert', () => {
  const evil = '<img src=x onerror=alert(1)>"\'&';
  const course = compileModule({
    id: 'evil',
    version: 1,
    title: `Titel ${evil}`,
    description: evil,
    language: 'nl',
    masteryScore: 50,
    teamMode: false,
    objectives: [{ id: 'doel', title: `Doel ${evil}` }],
    pages: [
      {
        id: 'toets',
        type: 'quiz',
        title: 'Toets',
        minutes: 1,
        questions: [
          {
            id: 'q1',
            type: 'single',
            objective: 'doel',
            prompt: `Vraag ${evil}`,
            options: [
              { id: 'a', text: `Optie ${evil}`, correct: true, feedback: 'Ja.' },
              { id: 'b', text: 'Nee', correct: false, feedback: 'Nee.' },
            ],
          },
        ],
      },
    ],
  });
  const html = coordinatorSheet(course);
  expect(html).not.toContain('<img');
  const doc = parse(html);
  expect(doc.querySelectorAll('img, script')).toHaveLength(0);
  expect(text(doc.querySelector('tr[data-option="a"] td:nth-child(2)'))).toBe(`Optie ${evil}`);
  expect(text(doc.querySelector('tr[data-objective="doel"] td:nth-child(2)'))).toBe(`Doel ${evil}`);
  expect(text(doc.querySelector('h1'))).toBe(`Coördinatorblad: Titel ${evil}`);
});

describe('coordinator sheet: team sessions (issue #10)', () => {
  const course = loadAllModules('modules').find((c) => c.id === 'casusbespreking')!;
  const doc = parse(coordinatorSheet(course));
  const all = text(doc.body);

  it('explains the team code: same code in every record, the team objective, and what the code does not prove', () => {
    expect(all).toContain('Ik deed mee aan een teamsessie');
    expect(all).toMatch(/Teamsessie \d{4}-\d{2}-\d{2}, teamcode [2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}, rol: notulist/);
    expect(all).toContain('dezelfde teamcode');
    expect(all).toContain(course.teamObjective!);
    expect(all).toContain('gedeeld geheim');
    expect(all).toMatch(/geen controle van identiteit of aanwezigheid/);
    expect(all).not.toContain('met de hand');
  });
});
