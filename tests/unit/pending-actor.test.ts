import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { courseMachine } from '../../src/machines/course-machine.js';
import { PendingActor } from '../../src/machines/pending-actor.js';
import { emptyLearnerState } from '../../src/machines/learner-state.js';
import { miniCourse } from '../support/fixtures.js';

const course = miniCourse();

function machineFor(pending: PendingActor, saved?: ReturnType<typeof emptyLearnerState>) {
  const actor = createActor(courseMachine, { input: { course, saved, ...pending.startInput } });
  actor.start();
  return actor;
}

describe('PendingActor (the course before the machines arrive)', () => {
  it('starts where the course machine starts: same page, seed and day; resume prompt only with saved progress', () => {
    const fresh = new PendingActor({ course, today: '2026-11-25' });
    const real = machineFor(fresh);
    expect(fresh.getSnapshot().value).toBe('learning');
    expect(fresh.getSnapshot().context.learner.seed).toBe(real.getSnapshot().context.learner.seed);
    expect(fresh.getSnapshot().context.today).toBe('2026-11-25');
    expect(fresh.getSnapshot().context.learner.page).toBe(real.getSnapshot().context.learner.page);

    const saved = { ...emptyLearnerState(), page: 99, visited: [course.pages[0].id, course.pages[1].id], seed: 7 };
    const resumed = new PendingActor({ course, saved });
    expect(resumed.getSnapshot().value).toBe('resumePrompt');
    expect(resumed.getSnapshot().context.learner.page).toBe(course.pages.length - 1);
    expect(machineFor(resumed, saved).getSnapshot().value).toBe('resumePrompt');
  });

  it('keeps every event until connect, tells its listeners, then hands them to the machine in order', () => {
    const pending = new PendingActor({ course });
    const seen: number[] = [];
    const sub = pending.subscribe(() => seen.push(pending.getSnapshot().context.learner.page));
    pending.send({ type: 'NEXT' });
    pending.send({ type: 'NEXT' });
    expect((pending.getSnapshot() as { pendingIntents: number }).pendingIntents).toBe(2);
    expect(pending.getSnapshot().context.learner.page).toBe(0);
    expect(seen).toEqual([0, 0]);

    const real = machineFor(pending);
    pending.connect(real);
    expect(pending.connected).toBe(true);
    // Both NEXTs reached the machine, which decided on them as if sent directly.
    const direct = machineFor(new PendingActor({ course, seed: real.getSnapshot().context.learner.seed }));
    direct.send({ type: 'NEXT' });
    direct.send({ type: 'NEXT' });
    expect(real.getSnapshot().context.learner.page).toBe(direct.getSnapshot().context.learner.page);
    expect(real.getSnapshot().context.learner.page).toBeGreaterThan(0);
    expect(pending.getSnapshot()).toBe(real.getSnapshot());
    expect('pendingIntents' in pending.getSnapshot()).toBe(false);
    // Listeners now follow the machine; unsubscribe reaches it too.
    const before = seen.length;
    pending.send({ type: 'PREV' });
    expect(seen.length).toBeGreaterThan(before);
    expect(seen.at(-1)).toBe(real.getSnapshot().context.learner.page);
    sub.unsubscribe();
    const after = seen.length;
    pending.send({ type: 'PREV' });
    expect(seen.length).toBe(after);
  });
});
