/**
 * Navigation property test on the machines: for every module, seeded random walks of NEXT / PREV /
 * GOTO (any unlocked page) / relaunch and page work. After every step the current page can still be
 * completed and nothing answered is lost; every walk ends by playing the module to completion.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAllModules } from '../../src/content/load-module.js';
import { miniCourse } from '../support/fixtures.js';
import {
  assertStep,
  gotoTarget,
  playToCompletion,
  savedForRelaunch,
  sendWork,
  startCourse,
  walk,
  workOn,
  type WalkStep,
} from '../support/navigation-walk.js';

/** Seeded: a failure prints the seed and the shrunk walk, and reruns the same way. */
const SEED = 20261125;
const WALKS = 8;
const STEPS = 400;

const courses = [miniCourse(), ...loadAllModules('modules')];

describe('random-walk navigation on the course machine', () => {
  it.each(courses.map((c) => [c.id, c] as const))(
    `%s: ${WALKS} walks × ${STEPS} steps keep every page completable and lose nothing`,
    (_id, course) => {
      let steps = 0;
      const reached = new Set<number>();
      fc.assert(
        fc.property(walk(STEPS), (path: WalkStep[]) => {
          let actor = startCourse(course);
          for (const step of path) {
            const before = actor.getSnapshot().context.learner;
            switch (step.kind) {
              case 'next':
                actor.send({ type: 'NEXT' });
                break;
              case 'prev':
                actor.send({ type: 'PREV' });
                break;
              case 'goto':
                actor.send({ type: 'GOTO', index: gotoTarget(actor, step.pick) });
                break;
              case 'relaunch': {
                const saved = savedForRelaunch(course, actor);
                actor.stop();
                actor = startCourse(course, saved);
                break;
              }
              case 'work':
                sendWork(actor, workOn(actor, step.pick));
                break;
            }
            steps++;
            reached.add(actor.getSnapshot().context.learner.page);
            assertStep(before, actor, step);
          }
          expect(playToCompletion(actor)).toBe(true);
          actor.stop();
        }),
        { seed: SEED, numRuns: WALKS },
      );
      expect(steps).toBeGreaterThanOrEqual(WALKS * STEPS);
      // The walks do get around: onto every page up to the graded quiz.
      const quizPage = course.pages.findIndex((p) => p.type === 'quiz');
      for (let i = 0; i <= quizPage; i++) expect(reached.has(i), `page ${course.pages[i].id} reached`).toBe(true);
    },
  );
});
