/** Test helpers for component tests: a small course and a running course actor. */
import { createActor } from 'xstate';
import { compileModule } from '../../content/compile.js';
import type { Course } from '../../content/types.js';
import { courseMachine } from '../../machines/course-machine.js';

export function testCourse(): Course {
  return compileModule({
    id: 'test',
    version: 1,
    title: 'Testmodule',
    description: 'Voor componenttests.',
    language: 'nl',
    masteryScore: 50,
    teamMode: true,
    objectives: [{ id: 'doel', title: 'Doel' }],
    pages: [
      { id: 'start', type: 'info', title: 'Start', minutes: 1, body: 'Welkom.' },
      {
        id: 'modus',
        type: 'mode',
        title: 'Alleen of samen',
        minutes: 1,
        body: 'Kies.',
        roles: [
          { id: 'voorzitter', name: 'Voorzitter', description: 'Leidt.' },
          { id: 'notulist', name: 'Notulist', description: 'Schrijft.' },
        ],
      },
      {
        id: 'toets',
        type: 'quiz',
        title: 'Toets',
        minutes: 1,
        questions: [
          {
            id: 'q1',
            type: 'single',
            prompt: 'Hoeveel stappen?',
            options: [
              { id: 'a', text: 'Drie', correct: false, feedback: 'Het zijn er vier.' },
              { id: 'b', text: 'Vier', correct: true, feedback: 'Klopt.' },
            ],
          },
        ],
      },
      { id: 'acties', type: 'actions', title: 'Actielijst', minutes: 1, maxRows: 2, body: 'Wie doet wat?' },
      { id: 'afronding', type: 'closing', title: 'Afronding', minutes: 0.5, next: ['Oefen met een collega.'] },
    ],
  });
}

/** A started course actor. Seed 1 shows q1 of the test course with its options in authored order in attempt 1. */
export function startCourse(course = testCourse(), seed = 1) {
  const actor = createActor(courseMachine, { input: { course, today: '2026-11-25', seed } });
  actor.start();
  return actor;
}
