/**
 * The read-only part of a launch: Initialize, then read what the LMS holds (entry values, mode and
 * credit, suspend_data, location, objective ids, interaction and comment counts) and merge it with
 * the device backup. Runs before the first page renders; it writes nothing, so the first paint does
 * not wait for LMS writes. The sync machine (sync-machine.ts) takes over from what this returns.
 */
import type { Course } from '../content/types.js';
import type { LmsStatus } from '../machines/course-machine.js';
import type { LearnerState } from '../machines/learner-state.js';
import type { CmiMapping, Recording } from './cmi-mapping.js';
import type { LmsConnection } from './lms-connection.js';
import { LocalBackup } from './local-backup.js';
import { decodeSuspendData, mergeSaved, type SavedEnvelope } from './suspend-data.js';

/** What the launch found: the learner to resume, and what the LMS already holds. */
export interface LaunchRead {
  /** Saved learner state to resume from (LMS and device backup merged), if any. */
  saved: LearnerState | undefined;
  /** What this launch records: `full`, or nothing for a `review` or `browse` (no-credit) launch. */
  recording: Recording;
  /** The first status the learner sees. */
  status: LmsStatus;
  /** Values the LMS holds, as far as we know (element → value). */
  held: Map<string, string>;
  backup: LocalBackup;
  /** Graded answers up to this time (epoch ms) are already LMS interactions. */
  reportedUntil: number;
  nextInteraction: number;
  /** Comment slot for this session's team comment (SCORM 2004; 0 for 1.2). */
  commentSlot: number;
  /** Comment text the LMS holds from an earlier session (not repeated in a new slot). */
  earlierComment: string;
  /** Objective id → its slot in the LMS objectives (matching id, else appended after the last). */
  objectiveSlots: Map<string, number>;
}

/** Device backup for a learner: in `storage` when given (null: none), else in localStorage. */
function backupFor(courseId: string, learnerId: string, storage?: Storage | null): LocalBackup {
  const key = LocalBackup.keyFor(courseId, learnerId);
  return storage === undefined ? new LocalBackup(key) : new LocalBackup(key, storage);
}

/** Initializes the LMS session and reads what it holds. Makes no write call. */
export function readLaunch(course: Course, conn: LmsConnection | null, mapping: CmiMapping, storage?: Storage | null): LaunchRead {
  const read: LaunchRead = {
    saved: undefined,
    recording: 'full',
    status: { connection: 'ok', textsFit: true },
    held: new Map(),
    backup: backupFor(course.id, '', storage),
    reportedUntil: 0,
    nextInteraction: 0,
    commentSlot: 0,
    earlierComment: '',
    objectiveSlots: new Map(),
  };
  let lmsSaved: SavedEnvelope | null = null;
  let completedInLms = false;
  if (conn?.initialize()) {
    const { element } = mapping;
    const held = read.held;
    for (const el of mapping.readAtLaunch) held.set(el, conn.get(el));
    read.backup = backupFor(course.id, conn.get(element.learnerId), storage);
    const suspend = conn.get(element.suspendData);
    held.set(element.suspendData, suspend);
    lmsSaved = decodeSuspendData(course, suspend);
    completedInLms = mapping.completedInLms((el) => held.get(el) ?? '');
    read.nextInteraction = Number(conn.get(element.interactionsCount)) || 0;
    if (element.commentsCount) {
      read.commentSlot = Number(conn.get(element.commentsCount)) || 0;
      if (read.commentSlot > 0) read.earlierComment = conn.get(mapping.commentElements(read.commentSlot - 1).comment);
    }
    read.reportedUntil = lmsSaved?.reportedUntil ?? 0;
    read.recording = mapping.recording((el) => conn.get(el));
    if (read.recording !== 'full') read.status = { ...read.status, viewing: read.recording };
    read.objectiveSlots = objectiveSlots(course, conn, mapping, held);
  } else {
    // A reloaded SCO frame after Terminate: keep using that learner's device backup.
    if (conn?.ended) read.backup = backupFor(course.id, conn.endedLearnerId, storage);
    read.status = { ...read.status, connection: conn?.ended ? 'ended' : 'local' };
  }
  const saved = mergeSaved(lmsSaved, decodeSuspendData(course, read.backup.load() ?? ''));
  if (!saved && !completedInLms) return read;
  const learner = saved?.learner ?? decodeSuspendData(course, '{"v":1,"c":1}')?.learner;
  if (learner) read.saved = { ...learner, completed: learner.completed || completedInLms };
  return read;
}

/** Maps every course objective to the slot whose id matches, else to a new slot after the last. */
function objectiveSlots(course: Course, conn: LmsConnection, mapping: CmiMapping, held: Map<string, string>): Map<string, number> {
  const count = Number(conn.get(mapping.element.objectivesCount)) || 0;
  const taken = new Map<string, number>();
  for (let n = 0; n < count; n++) {
    const element = mapping.objectiveId(n);
    const id = conn.get(element);
    held.set(element, id);
    if (id && !taken.has(id)) taken.set(id, n);
  }
  const slots = new Map<string, number>();
  let next = count;
  for (const { id } of course.objectives) slots.set(id, taken.get(id) ?? next++);
  return slots;
}
