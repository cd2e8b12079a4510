/**
 * The machines and the LMS write side, started by player-later.js once the first page has painted:
 * the course machine (with its quiz machines) from the same input the first paint used, the tracker
 * (sync machine) on top of the launch reads, then every learner event kept so far (PendingActor).
 */
import { createActor } from 'xstate';
import { courseMachine } from './machines/course-machine.js';
import type { PendingActor } from './machines/pending-actor.js';
import { Tracker, type TrackerOptions } from './tracking/tracker.js';
import type { LaterStart } from './later-hook.js';

export const startMachines: LaterStart = ({ course, connection, mapping, launch, pending, startedAt, exitAfterCompletion }) => {
  const options: TrackerOptions = { exitAfterCompletion, launch, startedAt };
  const tracker = new Tracker(course, connection, mapping, options);
  const saved = tracker.start();
  const actor = createActor(courseMachine, {
    input: { course, saved, allowRetake: tracker.recording === 'full', ...(pending as PendingActor).startInput },
  });
  actor.start();
  tracker.attach(actor);
  tracker.painted();
  (pending as PendingActor).connect(actor);
  return { actor, tracker };
};
