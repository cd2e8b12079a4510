/**
 * The LMS sync loop as a machine. It decides WHEN to write, commit, retry, back up and terminate;
 * WHAT is written is the edge's (`write`, `saveBackup`, `terminate` and `publish`, provided by the
 * tracker; sync-io.ts), so the machine runs as pure logic under fake time.
 *
 * `session`: `waitingForPaint` (reads are done, writes wait for the first paint) → `live` → `closing`
 * (final write) → `ended` (Terminate, once; nothing reaches the LMS afterwards). `offline`: no LMS
 * session that records (Initialize refused, review or browse launch): only the device backup.
 * Inside `live`, parallel regions:
 * - `writer`: `idle` ⇄ `writing` (the write actor). A write asked for while one runs is done after it.
 * - `changes`: `idle` → `pending`: a page, status, quiz or mode change is written once the browser
 *   painted it (a slow, synchronous LMS must not hold up the page).
 * - `edits`: `idle` → `due`: typing is written EDIT_IDLE_MS after the last change, no later than
 *   EDIT_MAX_MS after the first unsynced one, never sooner than EDIT_MAX_MS after the last commit, and
 *   within LEAVE_FIELD_MS of leaving the field. Any other write writes the edits too and ends this wait.
 * - `retry`: `idle` → `backingOff`: a failed commit is tried again after the next back-off delay
 *   (the last one repeats); the learner sees `retrying`, and after `failuresBeforeNotice` failures `local`.
 * `backup` (beside `session`): a change is saved on the device within BACKUP_MS.
 */
import { assign, enqueueActions, fromCallback, raise, setup } from 'xstate';
import type { LmsStatus } from '../machines/course-machine.js';
import { afterNextPaint } from '../next-paint.js';

/** `edit`: a typing sync; `hidden` and `final` add the session time; `final` raises no alarm on failure. */
export type SyncKind = 'change' | 'edit' | 'hidden' | 'final';
/** What a write did: nothing to write, committed, or the commit failed. */
export type WriteResult = 'unchanged' | 'committed' | 'failed';

/** Typing is synced this long after the last keystroke... */
export const EDIT_IDLE_MS = 1000;
/** ...but no later than this after the first unsynced change, and no sooner than this after the last commit. */
export const EDIT_MAX_MS = 2000;
/** Leaving a field syncs this soon: a click on Next that took the focus folds into that page change's commit. */
export const LEAVE_FIELD_MS = 300;
/** A change reaches the device backup this soon. */
const BACKUP_MS = 300;
const DEFAULT_RETRY_DELAYS = [1000, 3000, 10000, 30000];

export type SyncEvent =
  /** The player painted its first page: writes may start. */
  | { type: 'PAINTED' }
  /** A page, status, quiz or mode change (`at`: epoch ms). */
  | { type: 'CHANGE'; at: number }
  /** Typing and other edits (texts, names, actions, timers). */
  | { type: 'EDIT'; at: number }
  | { type: 'FIELD_LEFT'; at: number }
  /** Whether the texts still fit in the LMS copy (checked on every change). */
  | { type: 'TEXTS'; fit: boolean }
  /** Page hidden (tab switch, phone lock, before close): save everything now. */
  | { type: 'HIDDEN' }
  /** End the session: final write, Terminate once. `announce`: the learner finished (tell them); else the page goes away. */
  | { type: 'FINISH'; announce: boolean }
  | { type: 'SYNC'; kind: SyncKind }
  | { type: 'PAINT_DONE' }
  | { type: 'WRITTEN'; kind: SyncKind; result: WriteResult; at: number };

export interface SyncInput {
  /** Writes can reach the LMS (an active session of a launch that records). */
  canWrite: boolean;
  /** The launch records, so the device keeps a backup. */
  keepsBackup: boolean;
  status: LmsStatus;
  retryDelays?: number[];
  failuresBeforeNotice?: number;
}

interface SyncContext {
  canWrite: boolean;
  keepsBackup: boolean;
  /** What the learner is told; published on every change until the session ended. */
  status: LmsStatus;
  failures: number;
  retryDelays: number[];
  failuresBeforeNotice: number;
  /** Pending edits: the first unsynced change, when they are due, and when that was decided (epoch ms). */
  edit: { firstAt: number; dueAt: number; decidedAt: number };
  lastCommitAt: number;
  /** A write was asked for while one ran. */
  writeAgain: boolean;
  /** The learner finished (tell them the session ended), rather than the page going away. */
  announce: boolean;
  ended: boolean;
}

const sameStatus = (a: LmsStatus, b: LmsStatus) =>
  a.connection === b.connection && a.textsFit === b.textsFit && a.viewing === b.viewing && a.sessionEnded === b.sessionEnded;

/** Changes what the learner is told, and tells them when it changed. */
function setStatus(
  context: SyncContext,
  enqueue: { assign(change: Partial<SyncContext>): void; (action: 'publish'): void },
  change: Partial<LmsStatus>,
): void {
  const status = { ...context.status, ...change };
  if (sameStatus(status, context.status)) return;
  enqueue.assign({ status });
  enqueue('publish');
}

/** When pending edits are due, given a change at `at` (first change: `first`). */
function editDue(ctx: SyncContext, first: number, at: number): SyncContext['edit'] {
  const dueAt = Math.min(first + EDIT_MAX_MS, Math.max(at + EDIT_IDLE_MS, ctx.lastCommitAt + EDIT_MAX_MS));
  return { firstAt: first, dueAt, decidedAt: at };
}

export const syncMachine = setup({
  types: {
    context: {} as SyncContext,
    events: {} as SyncEvent,
    input: {} as SyncInput,
  },
  actions: {
    /** Tell the course actor (and so the learner) `context.status`. */
    publish: () => {},
    saveBackup: () => {},
    terminate: () => {},
    backupNow: enqueueActions(({ context, enqueue }) => {
      if (context.keepsBackup) enqueue('saveBackup');
    }),
    /** After a write: the time of the commit, the failure count and what the learner is told. */
    recordWrite: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'WRITTEN' || event.result === 'unchanged') return;
      enqueue.assign({ lastCommitAt: event.at });
      if (event.result === 'committed') {
        enqueue.assign({ failures: 0 });
        setStatus(context, enqueue, { connection: 'ok' });
      } else if (event.kind !== 'final') {
        // A failed final commit (e.g. 391 while the page unloads) raises no alarm: Terminate still saves.
        const failures = context.failures + 1;
        enqueue.assign({ failures });
        setStatus(context, enqueue, { connection: failures >= context.failuresBeforeNotice ? 'local' : 'retrying' });
        enqueue('backupNow');
      }
    }),
  },
  actors: {
    /** Writes what changed and commits; answers with WRITTEN. */
    write: fromCallback<SyncEvent, { kind: SyncKind }>(({ input, sendBack }) => {
      sendBack({ type: 'WRITTEN', kind: input.kind, result: 'unchanged', at: 0 });
    }),
    /** Answers PAINT_DONE once the browser painted. */
    nextPaint: fromCallback<SyncEvent>(({ sendBack }) => afterNextPaint(() => sendBack({ type: 'PAINT_DONE' }))),
  },
  delays: {
    editDue: ({ context }) => Math.max(0, context.edit.dueAt - context.edit.decidedAt),
    retryDelay: ({ context }) => context.retryDelays[Math.min(context.failures - 1, context.retryDelays.length - 1)],
    backup: BACKUP_MS,
  },
  guards: {
    canWrite: ({ context }) => context.canWrite,
    /** A commit failed that is worth retrying (a failed final commit is not). */
    commitFailed: ({ event }) => event.type === 'WRITTEN' && event.result === 'failed' && event.kind !== 'final',
    /** The session has not ended. */
    open: ({ context }) => !context.ended,
    openAndWriting: ({ context }) => !context.ended && context.canWrite,
  },
}).createMachine({
  id: 'lmsSync',
  type: 'parallel',
  context: ({ input }) => ({
    canWrite: input.canWrite,
    keepsBackup: input.keepsBackup,
    status: input.status,
    failures: 0,
    retryDelays: input.retryDelays?.length ? input.retryDelays : DEFAULT_RETRY_DELAYS,
    failuresBeforeNotice: input.failuresBeforeNotice ?? 3,
    edit: { firstAt: 0, dueAt: 0, decidedAt: 0 },
    lastCommitAt: Number.NEGATIVE_INFINITY,
    writeAgain: false,
    announce: false,
    ended: false,
  }),
  entry: 'publish',
  states: {
    session: {
      initial: 'starting',
      states: {
        starting: {
          always: [{ guard: 'canWrite', target: 'waitingForPaint' }, { target: 'offline' }],
        },
        waitingForPaint: {
          on: {
            PAINTED: { target: 'live', actions: raise({ type: 'SYNC', kind: 'change' }) },
            HIDDEN: { target: 'live', actions: ['backupNow', raise({ type: 'SYNC', kind: 'hidden' })] },
          },
        },
        live: {
          type: 'parallel',
          on: {
            HIDDEN: { actions: ['backupNow', raise({ type: 'SYNC', kind: 'hidden' })] },
          },
          states: {
            writer: {
              initial: 'idle',
              states: {
                idle: { on: { SYNC: 'writing' } },
                writing: {
                  invoke: { src: 'write', input: ({ event }) => ({ kind: event.type === 'SYNC' ? event.kind : 'change' }) },
                  on: {
                    SYNC: { actions: assign({ writeAgain: true }) },
                    WRITTEN: [
                      {
                        guard: ({ context }) => context.writeAgain,
                        target: 'idle',
                        actions: ['recordWrite', assign({ writeAgain: false }), raise({ type: 'CHANGE', at: 0 })],
                      },
                      { target: 'idle', actions: 'recordWrite' },
                    ],
                  },
                },
              },
            },
            changes: {
              initial: 'idle',
              states: {
                idle: { on: { CHANGE: 'pending' } },
                pending: {
                  invoke: { src: 'nextPaint' },
                  on: { PAINT_DONE: { target: 'idle', actions: raise({ type: 'SYNC', kind: 'change' }) } },
                },
              },
            },
            edits: {
              initial: 'idle',
              states: {
                idle: {
                  on: { EDIT: { target: 'due', actions: assign({ edit: ({ context, event }) => editDue(context, event.at, event.at) }) } },
                },
                due: {
                  after: { editDue: { target: 'idle', actions: raise({ type: 'SYNC', kind: 'edit' }) } },
                  on: {
                    EDIT: {
                      target: 'due',
                      reenter: true,
                      actions: assign({ edit: ({ context, event }) => editDue(context, context.edit.firstAt, event.at) }),
                    },
                    FIELD_LEFT: {
                      target: 'due',
                      reenter: true,
                      actions: assign({
                        edit: ({ context, event }) => ({
                          ...context.edit,
                          dueAt: Math.min(context.edit.dueAt, event.at + LEAVE_FIELD_MS),
                          decidedAt: event.at,
                        }),
                      }),
                    },
                    // Any other write writes the pending edits too.
                    SYNC: 'idle',
                  },
                },
              },
            },
            retry: {
              initial: 'idle',
              states: {
                idle: {
                  on: { WRITTEN: { guard: 'commitFailed', target: 'backingOff' } },
                },
                backingOff: {
                  after: { retryDelay: { target: 'idle', actions: raise({ type: 'SYNC', kind: 'change' }) } },
                  on: {
                    WRITTEN: [
                      { guard: 'commitFailed', target: 'backingOff', reenter: true },
                      { guard: ({ event }) => event.result === 'committed', target: 'idle' },
                    ],
                  },
                },
              },
            },
          },
        },
        offline: { on: { HIDDEN: { actions: 'backupNow' } } },
        closing: {
          entry: 'backupNow',
          invoke: { src: 'write', input: { kind: 'final' } },
          on: { WRITTEN: 'ended', FINISH: {}, TEXTS: {} },
        },
        ended: {
          type: 'final',
          entry: [
            assign({ ended: true }),
            'terminate',
            enqueueActions(({ context, enqueue }) => {
              if (context.announce) setStatus(context, enqueue, { sessionEnded: true });
            }),
          ],
        },
      },
      on: {
        FINISH: [
          { guard: 'openAndWriting', target: '.closing', actions: assign({ announce: ({ event }) => event.announce }) },
          { guard: 'open', target: '.ended', actions: ['backupNow', assign({ announce: ({ event }) => event.announce })] },
        ],
        TEXTS: {
          guard: 'open',
          actions: enqueueActions(({ context, event, enqueue }) => setStatus(context, enqueue, { textsFit: event.fit })),
        },
      },
    },
    backup: {
      initial: 'idle',
      states: {
        idle: {
          always: { guard: ({ context }) => !context.keepsBackup, target: 'off' },
          on: { CHANGE: { guard: 'open', target: 'scheduled' }, EDIT: { guard: 'open', target: 'scheduled' } },
        },
        scheduled: {
          after: { backup: [{ guard: 'open', target: 'idle', actions: 'saveBackup' }, { target: 'idle' }] },
        },
        off: { type: 'final' },
      },
    },
  },
});
