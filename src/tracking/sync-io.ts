/**
 * The edge of the LMS sync: what the sync machine (sync-machine.ts) does to the LMS and the device.
 * `write` works out the values the LMS should hold now (score before status), sends only those that
 * changed (never a value the LMS refused, unless it changed), and commits when something is uncommitted.
 * Objectives go into the slot whose id matches what the LMS holds; an id is never written twice.
 * The loop around it (when to write, retries, terminate once) is the machine's.
 */
import type { Course } from '../content/types.js';
import type { LearnerState } from '../machines/learner-state.js';
import { newInteractions, objectiveFacts, statusFacts, teamComment } from './cmi-facts.js';
import type { CmiMapping, CmiPair } from './cmi-mapping.js';
import type { LaunchRead } from './launch-read.js';
import type { LmsConnection } from './lms-connection.js';
import type { SyncKind, WriteResult } from './sync-machine.js';
import { decodeSuspendData, encodeSuspendData, encodeWithinLimit, type SavedEnvelope } from './suspend-data.js';

export interface SyncIoOptions {
  /** `exit` after completion: keep `suspend` (default, resume keeps working) or `normal`. */
  exitAfterCompletion?: 'suspend' | 'normal';
  now: () => number;
  /** When the session started (epoch ms), for the session time. */
  startedAt: number;
}

export class SyncIo {
  /** Values the LMS refused; not sent again unless they change. */
  private rejected = new Map<string, string>();
  private uncommitted = false;
  /** When this session's comment text was last changed (its timestamp). */
  private commentAt: { text: string; at: number } | null = null;
  /** Completed state seen on this device (another tab): sticky, never reported as incomplete again. */
  private completedOnDevice: LearnerState | null = null;

  constructor(
    private readonly course: Course,
    private readonly conn: LmsConnection | null,
    private readonly mapping: CmiMapping,
    /** What the launch read; `held`, `reportedUntil` and `nextInteraction` move on with each write. */
    private readonly lms: LaunchRead,
    /** The learner state now (course actor snapshot, running timers included). */
    private readonly current: () => LearnerState,
    private readonly options: SyncIoOptions,
  ) {}

  /** Whether writes can reach the LMS: an active session of a launch that records. */
  get canWrite(): boolean {
    return !!this.conn?.active && this.lms.recording === 'full';
  }

  private envelope(learner: LearnerState, reportedUntil: number): SavedEnvelope {
    return { learner, reportedUntil, savedAt: this.options.now(), textsLeftOut: [] };
  }

  /** Whether the texts still fit in the LMS copy (SCORM 1.2: 4096 characters of suspend_data). */
  textsFit(learner: LearnerState): boolean {
    return encodeSuspendData(this.course, this.envelope(learner, this.lms.reportedUntil)).length <= this.mapping.suspendLimit;
  }

  /** Saves the whole state on the device (a launch that records only). */
  saveBackup(): void {
    if (this.lms.recording !== 'full') return;
    // Through learnerForLms: saving this tab's state must not erase another tab's completion.
    this.lms.backup.save(encodeSuspendData(this.course, this.envelope(this.learnerForLms(), this.lms.reportedUntil)));
  }

  /** Writes the values that changed and commits; `at` is when the commit was tried. */
  write(kind: SyncKind): { result: WriteResult; at: number } {
    const conn = this.conn;
    const at = this.options.now();
    if (!conn || !this.canWrite) return { result: 'unchanged', at };
    const { pairs, reportedUntil, interactions } = this.desired(kind, this.learnerForLms());
    const held = this.lms.held;
    const rejected = this.rejected;
    for (const [element, value] of pairs) {
      if (held.get(element) === value || rejected.get(element) === value) continue;
      if (conn.set(element, value)) {
        held.set(element, value);
        rejected.delete(element);
        this.uncommitted = true;
      } else {
        rejected.set(element, value);
      }
    }
    this.lms.nextInteraction = interactions;
    this.lms.reportedUntil = reportedUntil;
    if (!this.uncommitted) return { result: 'unchanged', at };
    if (!conn.commit()) return { result: 'failed', at };
    this.uncommitted = false;
    return { result: 'committed', at };
  }

  /** Ends the LMS session (LmsConnection lets Terminate through once). */
  terminate(): void {
    this.conn?.terminate();
  }

  /** Learner state as the LMS should see it: completion from another tab on this device is kept. */
  private learnerForLms(): LearnerState {
    const learner = this.current();
    if (learner.completed) return learner;
    if (!this.completedOnDevice) {
      const other = decodeSuspendData(this.course, this.lms.backup.load() ?? '')?.learner;
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
    const lms = this.lms;
    const facts = statusFacts(this.course, learner);
    const pairs: CmiPair[] = [];
    if (facts.outcome) pairs.push(...m.score(facts.outcome));
    pairs.push(...m.status(facts));
    for (const o of objectiveFacts(this.course, learner)) pairs.push(...m.objective(lms.objectiveSlots.get(o.id)!, o));
    let reportedUntil = lms.reportedUntil;
    let n = lms.nextInteraction;
    for (const interaction of newInteractions(this.course, learner, lms.reportedUntil)) {
      pairs.push(...m.interaction(n++, interaction));
      reportedUntil = Math.max(reportedUntil, interaction.at);
    }
    // `edit` (typing) leaves the team comment for the next other write, so an LMS that appends each write
    // of a comment (the single SCORM 1.2 comments element) never collects half-typed names.
    const comment = teamComment(this.course, learner);
    if (comment && comment !== lms.earlierComment && kind !== 'edit') {
      if (this.commentAt?.text !== comment) this.commentAt = { text: comment, at: this.options.now() };
      const slot = m.commentElements(lms.commentSlot).location;
      const location = (slot && lms.held.get(slot)) ?? this.course.pages[learner.page].id;
      pairs.push(...m.comment(lms.commentSlot, comment, this.commentAt.at, location));
    }
    pairs.push([m.element.location, this.course.pages[learner.page].id]);
    const fitted = encodeWithinLimit(this.course, this.envelope(learner, reportedUntil), m.suspendLimit);
    if (fitted) pairs.push([m.element.suspendData, fitted.data]);
    const exitKind = learner.completed && this.options.exitAfterCompletion === 'normal' ? 'normal' : 'suspend';
    pairs.push([m.element.exit, m.exitValue(exitKind)]);
    if (kind === 'hidden' || kind === 'final')
      pairs.push([m.element.sessionTime, m.sessionTime(this.options.now() - this.options.startedAt)]);
    return { pairs, reportedUntil, interactions: n };
  }
}
