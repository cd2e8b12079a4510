/**
 * Where player-later.js hands its entry points to the launch script (this module is shared through
 * `SamenspelShared`, so both scripts see the same promise). Types only from the later side.
 */
import type { Course } from './content/types.js';
import type { CourseActor } from './machines/course-machine.js';
import type { PendingActor } from './machines/pending-actor.js';
import type { CmiMapping } from './tracking/cmi-mapping.js';
import type { LaunchRead } from './tracking/launch-read.js';
import type { LmsConnection } from './tracking/lms-connection.js';
import type { Tracker } from './tracking/tracker.js';

/** What the launch knows when the machines start. */
interface LaterStartArgs {
  course: Course;
  connection: LmsConnection | null;
  mapping: CmiMapping;
  launch: LaunchRead;
  pending: PendingActor;
  startedAt: number;
  exitAfterCompletion: 'suspend' | 'normal';
}
export type LaterStart = (args: LaterStartArgs) => { actor: CourseActor; tracker: Tracker };

/** What player-later.js provides. */
export interface LaterApi {
  startMachines: LaterStart;
}

let provide!: (api: LaterApi) => void;
/** Resolves when player-later.js has run. */
export const laterArrived: Promise<LaterApi> = new Promise((resolve) => (provide = resolve));

/** Called once by player-later.js. */
export function provideLater(api: LaterApi): void {
  provide(api);
}
