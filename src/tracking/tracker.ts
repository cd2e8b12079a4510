/**
 * The one subscriber that maps course state to the LMS.
 *
 * - `start()` reads what the LMS holds at launch and merges it with the device backup (launch-read.ts):
 *   reads only, before the first render.
 * - `attach()` subscribes to the course actor; `painted()` (the player's first paint) lets the writes
 *   begin. The sync machine (sync-machine.ts) decides when to write, coalesces typing, retries failed
 *   commits with back-off, keeps the device backup and terminates once; sync-io.ts does the writing.
 * - Afronden (the course's `finished` state) ends the session at once: final values, commit, Terminate once.
 * - Review, browse and no-credit launches are read-only: nothing is written to the LMS or the device.
 * - One session per API: after Terminate no call reaches that LMS API again, not even from the
 *   same SCO frame loaded again.
 */
import { createActor, fromCallback, type ActorRefFrom } from 'xstate';
import type { Course } from '../content/types.js';
import { isFinished, type CourseActor } from '../machines/course-machine.js';
import { learnerSnapshot } from '../machines/selectors.js';
import type { LearnerState } from '../machines/learner-state.js';
import type { CmiMapping, Recording } from './cmi-mapping.js';
import { readLaunch, type LaunchRead } from './launch-read.js';
import type { LmsConnection } from './lms-connection.js';
import { SyncIo } from './sync-io.js';
import { syncMachine, type SyncEvent, type SyncKind } from './sync-machine.js';

export { EDIT_IDLE_MS, EDIT_MAX_MS, LEAVE_FIELD_MS } from './sync-machine.js';

export interface TrackerOptions {
  /** `exit` after completion: keep `suspend` (default, resume keeps working) or `normal`. */
  exitAfterCompletion?: 'suspend' | 'normal';
  /** Back-off delays (ms) for failed commits; the last one repeats. */
  retryDelays?: number[];
  /** Failed commits in a row before the learner is told saving happens on this device only. */
  failuresBeforeNotice?: number;
  now?: () => number;
  /** When the session began (epoch ms; default: now), for the session time. */
  startedAt?: number;
  /** Device storage for the backup (default: localStorage; null: none). */
  storage?: Storage | null;
  /** What `readLaunch` already read (e.g. in the launch script, before the sync code loaded): `start()` then reads nothing. */
  launch?: LaunchRead;
}

export class Tracker {
  private launch: LaunchRead | null = null;
  private sync: ActorRefFrom<typeof syncMachine> | null = null;
  private readonly now: () => number;
  private readonly startedAt: number;

  constructor(
    private readonly course: Course,
    private readonly connection: LmsConnection | null,
    private readonly mapping: CmiMapping,
    private readonly options: TrackerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.startedAt = options.startedAt ?? this.now();
  }

  /** Initializes the LMS session, reads what it holds and returns the saved learner state to resume from (if any). */
  start(): LearnerState | undefined {
    const storage = 'storage' in this.options ? (this.options.storage ?? null) : undefined;
    this.launch = this.options.launch ?? readLaunch(this.course, this.connection, this.mapping, storage);
    return this.launch.saved;
  }

  /** What this launch records: `full`, or nothing at all for a `review` or `browse` (no-credit) launch. */
  get recording(): Recording {
    return this.launch?.recording ?? 'full';
  }

  /** True once the LMS session is over (finished or the page went away): no LMS call follows. */
  get ended(): boolean {
    return !!this.sync?.getSnapshot().matches({ session: 'ended' });
  }

  /** Subscribes to the course actor. Writes wait for `painted()`. */
  attach(actor: CourseActor): void {
    const launch = this.launch ?? (this.start(), this.launch!);
    const current = () => learnerSnapshot(actor.getSnapshot().context, this.now());
    const io = new SyncIo(this.course, this.connection, this.mapping, launch, current, {
      exitAfterCompletion: this.options.exitAfterCompletion,
      now: this.now,
      startedAt: this.startedAt,
    });
    const machine = syncMachine.provide({
      actions: {
        publish: ({ context }) => actor.send({ type: 'LMS_STATUS', status: context.status }),
        saveBackup: () => io.saveBackup(),
        terminate: () => io.terminate(),
      },
      actors: {
        write: fromCallback<SyncEvent, { kind: SyncKind }>(({ input, sendBack }) => {
          sendBack({ type: 'WRITTEN', kind: input.kind, ...io.write(input.kind) });
        }),
      },
    });
    const sync = createActor(machine, {
      input: {
        canWrite: io.canWrite,
        keepsBackup: launch.recording === 'full',
        status: launch.status,
        retryDelays: this.options.retryDelays,
        failuresBeforeNotice: this.options.failuresBeforeNotice,
      },
    });
    this.sync = sync;
    let prev = actor.getSnapshot().context;
    sync.start();
    actor.subscribe((snapshot) => {
      // Afronden: the learner is done. Final values, commit and Terminate, once; the learner is told.
      if (isFinished(snapshot)) return this.endSession();
      const next = snapshot.context;
      if (next.learner !== prev.learner || next.timer !== prev.timer) {
        // Any growth (texts, names, answers, timers) can push texts out of the LMS copy: tell first.
        sync.send({ type: 'TEXTS', fit: io.textsFit(learnerSnapshot(next, this.now())) });
        const changed =
          next.learner.page !== prev.learner.page ||
          next.learner.completed !== prev.learner.completed ||
          next.learner.quizzes !== prev.learner.quizzes ||
          next.learner.mode !== prev.learner.mode;
        sync.send({ type: changed ? 'CHANGE' : 'EDIT', at: this.now() });
      }
      prev = next;
    });
    actor.on('fieldLeft', () => sync.send({ type: 'FIELD_LEFT', at: this.now() }));
    sync.send({ type: 'TEXTS', fit: io.textsFit(learnerSnapshot(prev, this.now())) });
  }

  /** The player painted its first page: the first values (e.g. `incomplete`) are written now. */
  painted(): void {
    this.sync?.send({ type: 'PAINTED' });
  }

  /** Page hidden (tab switch, phone lock, before close): save everything now. */
  onHidden(): void {
    this.sync?.send({ type: 'HIDDEN' });
  }

  /** Page going away: final values, commit and terminate (once). No notices from here on. */
  finish(): void {
    this.sync?.send({ type: 'FINISH', announce: false });
  }

  /**
   * The learner finished the course (*Afronden*): final values, commit and terminate (once); the
   * course actor then holds `lms.sessionEnded`, so the shell can say the window may be closed.
   */
  endSession(): void {
    this.sync?.send({ type: 'FINISH', announce: true });
  }
}
