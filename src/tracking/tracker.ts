/**
 * The one subscriber that maps course state to the LMS.
 *
 * - Reads what the LMS holds at launch and merges it with the device backup.
 * - Writes only values that changed (score before status), then commits once:
 *   after a page change, a status change or a quiz answer; after typing (texts, names, actions,
 *   timers: EDIT_IDLE_MS after the last change, no later than EDIT_MAX_MS after the first one, at most
 *   one commit per EDIT_MAX_MS) and soon after the learner leaves a field; on `visibilitychange` to
 *   hidden; and finally (with Terminate) on Afronden (the course's `finished` state) or on `pagehide`. By the time the page is hidden or dismissed,
 *   every change older than EDIT_MAX_MS has been committed.
 * - A failed commit is retried with back-off; the learner sees a calm notice and keeps working.
 * - Objectives go into the slot whose id matches what the LMS holds (it may pre-fill them from the
 *   manifest); new ones are appended. An id is never written twice.
 * - Review, browse and no-credit launches are read-only: nothing is written to the LMS or the device.
 * - One session per API: after Terminate no call reaches that LMS API again, not even from the
 *   same SCO frame loaded again.
 */
import type { Course } from '../content/types.js';
import { isFinished, learnerSnapshot, type CourseActor, type CourseContext, type LmsStatus } from '../machines/course-machine.js';
import type { LearnerState } from '../machines/learner-state.js';
import type { CmiMapping, CmiPair, Recording } from './cmi-mapping.js';
import { newInteractions, objectiveFacts, statusFacts, teamComment } from './cmi-facts.js';
import type { LmsConnection } from './lms-connection.js';
import { LocalBackup } from './local-backup.js';
import { decodeSuspendData, encodeSuspendData, encodeWithinLimit, mergeSaved, type SavedEnvelope } from './suspend-data.js';

export interface TrackerOptions {
  /** `exit` after completion: keep `suspend` (default, resume keeps working) or `normal`. */
  exitAfterCompletion?: 'suspend' | 'normal';
  /** Back-off delays (ms) for failed commits; the last one repeats. */
  retryDelays?: number[];
  /** Failed commits in a row before the learner is told saving happens on this device only. */
  failuresBeforeNotice?: number;
  now?: () => number;
  /** Device storage for the backup (default: localStorage; null: none). */
  storage?: Storage | null;
}

/** `edit`: a typing sync (texts, names, actions); it leaves the team comment for the next other sync, so an
 * LMS that appends each write of a comment (SCORM 1.2 `cmi.comments`) never collects half-typed names. */
type SyncKind = 'change' | 'edit' | 'hidden' | 'final';

const DEFAULT_RETRY = [1000, 3000, 10000, 30000];
/** Typing is synced this long after the last keystroke... */
export const EDIT_IDLE_MS = 1000;
/** ...but no later than this after the first unsynced change, and no sooner than this after the last commit. */
export const EDIT_MAX_MS = 2000;
/** Leaving a field syncs this soon: a click on Next that took the focus folds into that page change's commit. */
export const LEAVE_FIELD_MS = 300;

export class Tracker {
  private actor: CourseActor | null = null;
  private backup: LocalBackup;
  /** Values the LMS holds, as far as we know (read at launch or written since). */
  private written = new Map<string, string>();
  /** Values the LMS refused; not sent again unless they change. */
  private rejected = new Map<string, string>();
  private reportedUntil = 0;
  private nextInteraction = 0;
  private commentSlot = 0;
  /** Comment text the LMS already holds from an earlier session (not repeated in a new slot). */
  private earlierComment = '';
  /** When this session's comment text was last changed (its timestamp). */
  private commentAt: { text: string; at: number } | null = null;
  private startedAt: number;
  private uncommitted = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private backupTimer: ReturnType<typeof setTimeout> | null = null;
  /** Pending edit (typing) sync: its timer, first and last unsynced change, and when it is due. */
  private editTimer: ReturnType<typeof setTimeout> | null = null;
  private editFirstAt = 0;
  private editLastAt = 0;
  private editDueAt = 0;
  private lastCommitAt = Number.NEGATIVE_INFINITY;
  private syncing = false;
  private syncAgain = false;
  private finished = false;
  /** Completed state seen on this device (another tab): sticky, never reported as incomplete again. */
  private completedOnDevice: LearnerState | null = null;
  private status: LmsStatus = { connection: 'ok', textsFit: true };
  /** What this launch may record (read from the LMS at start). */
  private mode: Recording = 'full';
  /** Objective id → its slot in cmi.objectives (read at start; new ids appended after the last). */
  private objectiveSlots = new Map<string, number>();
  private readonly now: () => number;
  private readonly mapping: CmiMapping;

  constructor(
    private readonly course: Course,
    private readonly connection: LmsConnection | null,
    mapping: CmiMapping,
    private readonly options: TrackerOptions = {},
  ) {
    this.mapping = mapping;
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.backup = this.makeBackup('');
  }

  /** Initializes the LMS session and returns the saved learner state to resume from (if any). */
  start(): LearnerState | undefined {
    const conn = this.connection;
    let lmsSaved: SavedEnvelope | null = null;
    let completedInLms = false;
    if (conn?.initialize()) {
      const { element } = this.mapping;
      for (const el of [...this.mapping.readAtLaunch]) this.written.set(el, conn.get(el));
      this.backup = this.makeBackup(conn.get(element.learnerId));
      const suspend = conn.get(element.suspendData);
      this.written.set(element.suspendData, suspend);
      lmsSaved = decodeSuspendData(this.course, suspend);
      completedInLms = this.mapping.completedInLms((el) => this.written.get(el) ?? '');
      this.nextInteraction = Number(conn.get(element.interactionsCount)) || 0;
      if (element.commentsCount) {
        this.commentSlot = Number(conn.get(element.commentsCount)) || 0;
        if (this.commentSlot > 0) this.earlierComment = conn.get(`cmi.comments_from_learner.${this.commentSlot - 1}.comment`);
      }
      this.reportedUntil = lmsSaved?.reportedUntil ?? 0;
      this.mode = this.mapping.recording((el) => conn.get(el));
      if (this.mode !== 'full') this.status = { ...this.status, viewing: this.mode };
      this.readObjectiveSlots(conn);
    } else {
      // A reloaded SCO frame after Terminate: keep using that learner's device backup.
      if (conn?.ended) this.backup = this.makeBackup(conn.endedLearnerId);
      this.status = { ...this.status, connection: conn?.ended ? 'ended' : 'local' };
    }
    const saved = mergeSaved(lmsSaved, decodeSuspendData(this.course, this.backup.load() ?? ''));
    if (!saved && !completedInLms) return undefined;
    const learner = saved?.learner ?? decodeSuspendData(this.course, '{"v":1,"c":1}')?.learner;
    if (!learner) return undefined;
    return { ...learner, completed: learner.completed || completedInLms };
  }

  /** What this launch records: `full`, or nothing at all for a `review` or `browse` (no-credit) launch. */
  get recording(): Recording {
    return this.mode;
  }

  /** Maps every course objective to the slot whose id matches, else to a new slot after the last. */
  private readObjectiveSlots(conn: LmsConnection): void {
    const count = Number(conn.get(this.mapping.element.objectivesCount)) || 0;
    const held = new Map<string, number>();
    for (let n = 0; n < count; n++) {
      const element = this.mapping.objectiveId(n);
      const id = conn.get(element);
      this.written.set(element, id);
      if (id && !held.has(id)) held.set(id, n);
    }
    let next = count;
    for (const { id } of this.course.objectives) this.objectiveSlots.set(id, held.get(id) ?? next++);
  }

  /** Subscribes to the course actor; writes the first values (e.g. `incomplete`) at once. */
  attach(actor: CourseActor): void {
    this.actor = actor;
    let prev = actor.getSnapshot().context;
    actor.send({ type: 'LMS_STATUS', status: this.status });
    actor.subscribe((snapshot) => {
      // Afronden: the learner is done. Final values, commit and Terminate, once (as on pagehide).
      if (isFinished(snapshot)) return this.finish();
      const next = snapshot.context;
      if (next.learner !== prev.learner || next.timer !== prev.timer) {
        this.scheduleBackup();
        // Any growth (texts, names, answers, timers) can push texts out of the LMS copy: tell first.
        this.checkTextsFit(next);
        if (
          next.learner.page !== prev.learner.page ||
          next.learner.completed !== prev.learner.completed ||
          next.learner.quizzes !== prev.learner.quizzes ||
          next.learner.mode !== prev.learner.mode
        ) {
          this.scheduleSync();
        } else {
          this.scheduleEditSync();
        }
      }
      prev = next;
    });
    actor.on('fieldLeft', () => this.syncEditsSoon());
    this.checkTextsFit(prev);
    this.runSync('change');
  }

  /** Page hidden (tab switch, phone lock, before close): save everything now. */
  onHidden(): void {
    if (this.finished) return;
    this.saveBackup();
    this.runSync('hidden');
  }

  /** Page going away: final values, commit and terminate (once). No notices from here on. */
  finish(): void {
    if (this.finished) return;
    this.saveBackup();
    this.runSync('final');
    this.finished = true;
    this.clearTimers();
    this.connection?.terminate();
  }

  private makeBackup(learnerId: string): LocalBackup {
    const key = LocalBackup.keyFor(this.course.id, learnerId);
    return 'storage' in this.options ? new LocalBackup(key, this.options.storage ?? null) : new LocalBackup(key);
  }

  private context(): CourseContext | null {
    return this.actor?.getSnapshot().context ?? null;
  }

  private setStatus(status: Partial<LmsStatus>): void {
    const next = { ...this.status, ...status };
    if (next.connection === this.status.connection && next.textsFit === this.status.textsFit && next.viewing === this.status.viewing) return;
    this.status = next;
    if (!this.finished) this.actor?.send({ type: 'LMS_STATUS', status: next });
  }

  private envelope(learner: LearnerState, reportedUntil: number): SavedEnvelope {
    return { learner, reportedUntil, savedAt: this.now(), textsLeftOut: [] };
  }

  /** Tells the learner at once when texts no longer fit in the LMS (before anything is left out). */
  private checkTextsFit(ctx: CourseContext): void {
    const size = encodeSuspendData(this.course, this.envelope(learnerSnapshot(ctx), this.reportedUntil)).length;
    this.setStatus({ textsFit: size <= this.mapping.suspendLimit });
  }

  private scheduleBackup(): void {
    if (this.backupTimer) return;
    this.backupTimer = setTimeout(() => {
      this.backupTimer = null;
      this.saveBackup();
    }, 300);
  }

  private saveBackup(): void {
    const ctx = this.context();
    if (!ctx || this.mode !== 'full') return;
    // Through learnerForLms: saving this tab's state must not erase another tab's completion.
    this.backup.save(encodeSuspendData(this.course, this.envelope(this.learnerForLms(ctx), this.reportedUntil)));
  }

  /**
   * Syncs once the browser has painted the change (a slow, synchronous LMS must not hold up the page):
   * after the next animation frame, or after 100 ms where frames do not run (hidden tab); in node at once.
   */
  private scheduleSync(): void {
    if (this.scheduled || this.finished) return;
    const frames = typeof requestAnimationFrame === 'function';
    const run = () => {
      if (this.scheduled !== timer) return;
      clearTimeout(timer);
      this.scheduled = null;
      this.runSync('change');
    };
    const timer = setTimeout(run, frames ? 100 : 0);
    this.scheduled = timer;
    if (frames) requestAnimationFrame(() => setTimeout(run, 0));
  }

  /**
   * Typing and other edits: one sync EDIT_IDLE_MS after the last change, no later than EDIT_MAX_MS after
   * the first unsynced one, and never sooner than EDIT_MAX_MS after the previous commit.
   * Any other sync in between writes these changes too and cancels this one.
   */
  private scheduleEditSync(): void {
    if (this.finished) return;
    const now = this.now();
    if (!this.editTimer) this.editFirstAt = now;
    this.editLastAt = now;
    const due = Math.min(this.editFirstAt + EDIT_MAX_MS, Math.max(this.editLastAt + EDIT_IDLE_MS, this.lastCommitAt + EDIT_MAX_MS));
    this.armEditTimer(due);
  }

  /** The learner left a field: sync pending edits within LEAVE_FIELD_MS. */
  private syncEditsSoon(): void {
    if (!this.editTimer || this.finished) return;
    this.armEditTimer(Math.min(this.editDueAt, this.now() + LEAVE_FIELD_MS));
  }

  private armEditTimer(due: number): void {
    if (this.editTimer && due === this.editDueAt) return;
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editDueAt = due;
    this.editTimer = setTimeout(() => {
      this.editTimer = null;
      this.runSync('edit');
    }, Math.max(0, due - this.now()));
  }

  private cancelEditSync(): void {
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editTimer = null;
  }

  private clearTimers(): void {
    this.cancelEditSync();
    for (const t of [this.scheduled, this.retryTimer, this.backupTimer]) if (t) clearTimeout(t);
    this.scheduled = this.retryTimer = this.backupTimer = null;
  }

  /** Learner state as the LMS should see it: completion from another tab on this device is kept. */
  private learnerForLms(ctx: CourseContext): LearnerState {
    const learner = learnerSnapshot(ctx, this.now());
    if (learner.completed) return learner;
    if (!this.completedOnDevice) {
      const other = decodeSuspendData(this.course, this.backup.load() ?? '')?.learner;
      if (other?.completed) this.completedOnDevice = other;
    }
    const done = this.completedOnDevice;
    if (!done) return learner;
    // Keep the other tab's finished attempts too: an LMS that stores this session's whole CMI
    // would otherwise lose that tab's score and passed/failed.
    const quizzes = { ...learner.quizzes };
    for (const [id, record] of Object.entries(done.quizzes)) if (record.done && !quizzes[id]?.done) quizzes[id] = record;
    return { ...learner, completed: true, quizzes };
  }

  /** The values the LMS should hold now, in write order (score before status). */
  private desired(kind: SyncKind, learner: LearnerState): { pairs: CmiPair[]; reportedUntil: number; interactions: number } {
    const m = this.mapping;
    const facts = statusFacts(this.course, learner);
    const pairs: CmiPair[] = [];
    if (facts.outcome) pairs.push(...m.score(facts.outcome));
    pairs.push(...m.status(facts));
    for (const o of objectiveFacts(this.course, learner)) pairs.push(...m.objective(this.objectiveSlots.get(o.id)!, o));
    let reportedUntil = this.reportedUntil;
    let n = this.nextInteraction;
    for (const interaction of newInteractions(this.course, learner, this.reportedUntil)) {
      pairs.push(...m.interaction(n++, interaction));
      reportedUntil = Math.max(reportedUntil, interaction.at);
    }
    const comment = teamComment(this.course, learner);
    if (comment && comment !== this.earlierComment && kind !== 'edit') {
      if (this.commentAt?.text !== comment) this.commentAt = { text: comment, at: this.now() };
      const location = this.written.get(`cmi.comments_from_learner.${this.commentSlot}.location`) ?? this.course.pages[learner.page].id;
      pairs.push(...m.comment(this.commentSlot, comment, this.commentAt.at, location));
    }
    pairs.push([m.element.location, this.course.pages[learner.page].id]);
    const fitted = encodeWithinLimit(this.course, this.envelope(learner, reportedUntil), m.suspendLimit);
    if (fitted) pairs.push([m.element.suspendData, fitted.data]);
    const exitKind = learner.completed && this.options.exitAfterCompletion === 'normal' ? 'normal' : 'suspend';
    pairs.push([m.element.exit, m.exitValue(exitKind)]);
    if (kind === 'hidden' || kind === 'final') pairs.push([m.element.sessionTime, m.sessionTime(this.now() - this.startedAt)]);
    return { pairs, reportedUntil, interactions: n };
  }

  /** Writes changed values and commits. Re-entrant calls are folded into one follow-up run. */
  private runSync(kind: SyncKind): void {
    const conn = this.connection;
    const ctx = this.context();
    if (!conn?.active || !ctx || this.finished || this.mode !== 'full') return;
    if (this.syncing) {
      this.syncAgain = true;
      return;
    }
    this.syncing = true;
    this.cancelEditSync(); // this run writes every pending edit too
    try {
      const learner = this.learnerForLms(ctx);
      const { pairs, reportedUntil, interactions } = this.desired(kind, learner);
      for (const [element, value] of pairs) {
        if (this.written.get(element) === value || this.rejected.get(element) === value) continue;
        if (conn.set(element, value)) {
          this.written.set(element, value);
          this.rejected.delete(element);
          this.uncommitted = true;
        } else {
          this.rejected.set(element, value);
        }
      }
      this.nextInteraction = interactions;
      this.reportedUntil = reportedUntil;
      if (this.uncommitted) this.commit(kind);
    } finally {
      this.syncing = false;
    }
    if (this.syncAgain) {
      this.syncAgain = false;
      this.scheduleSync();
    }
  }

  private commit(kind: SyncKind): void {
    const conn = this.connection;
    if (!conn) return;
    this.lastCommitAt = this.now();
    if (conn.commit()) {
      this.uncommitted = false;
      this.failures = 0;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.setStatus({ connection: 'ok' });
      return;
    }
    if (kind === 'final') return; // e.g. 391 while the page unloads: Terminate still saves; no alarm
    this.failures++;
    const threshold = this.options.failuresBeforeNotice ?? 3;
    this.setStatus({ connection: this.failures >= threshold ? 'local' : 'retrying' });
    this.saveBackup();
    const delays = this.options.retryDelays ?? DEFAULT_RETRY;
    const delay = delays[Math.min(this.failures - 1, delays.length - 1)];
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.runSync('change');
    }, delay);
  }
}
