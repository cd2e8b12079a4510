/**
 * The course actor as the launch script sees it, before the machines (player-later.js) are there.
 *
 * Until `connect()` it answers `getSnapshot()` with the starting context (course-start.ts) and keeps
 * every event the learner sends, in order: nothing they do before the machines arrive is lost, the
 * course machine receives it all on arrival. `pendingIntents` in the snapshot lets the shell say that
 * it is busy. After `connect()` every call goes to the real actor. No XState here (launch weight).
 */
import type { CourseActor, CourseEvent, CourseInput } from './course-machine.js';
import { hasSavedProgress, startContext } from './course-start.js';

type Listener = (snapshot: unknown) => void;

/** The starting snapshot: what the first paint shows, shaped like the course actor's snapshot. */
export interface PendingSnapshot {
  value: 'resumePrompt' | 'learning';
  status: 'active';
  context: ReturnType<typeof startContext> & { quizRefs: Record<string, never> };
  /** Learner events kept until the course machine arrives. */
  pendingIntents: number;
  matches(value: string): boolean;
  /** The machine decides on arrival; until then an intent is kept, not refused. */
  can(event: CourseEvent): boolean;
}

export class PendingActor {
  private real: CourseActor | null = null;
  private readonly queue: CourseEvent[] = [];
  private readonly listeners = new Set<Listener>();
  /** How each listener moves to the real actor on connect. */
  private readonly attachers = new Map<Listener, (actor: CourseActor) => void>();
  private snapshot: PendingSnapshot;

  constructor(input: CourseInput) {
    const context = { ...startContext(input), quizRefs: {} };
    const value = hasSavedProgress(context.learner) ? 'resumePrompt' : 'learning';
    this.snapshot = this.snap(value, context, 0);
  }

  /** The input the course machine must start from (same seed and day as the first paint). */
  get startInput(): Pick<CourseInput, 'seed' | 'today' | 'random'> {
    const { learner, today, random } = this.snapshot.context;
    return { seed: learner.seed, today, random };
  }

  /** True once the course machine is running behind this actor. */
  get connected(): boolean {
    return this.real !== null;
  }

  getSnapshot(): PendingSnapshot | ReturnType<CourseActor['getSnapshot']> {
    return this.real ? this.real.getSnapshot() : this.snapshot;
  }

  send(event: CourseEvent): void {
    if (this.real) {
      this.real.send(event);
      return;
    }
    this.queue.push(event);
    const { value, context } = this.snapshot;
    this.snapshot = this.snap(value, context, this.queue.length);
    this.notify();
  }

  subscribe(listener: Listener): { unsubscribe(): void } {
    if (this.real) return this.real.subscribe(listener);
    this.listeners.add(listener);
    let inner: { unsubscribe(): void } | null = null;
    this.attachers.set(listener, (actor) => (inner = actor.subscribe(listener)));
    return {
      unsubscribe: () => {
        this.listeners.delete(listener);
        this.attachers.delete(listener);
        inner?.unsubscribe();
      },
    };
  }

  /** The course machine arrived: hand over listeners, then every kept event in order. */
  connect(actor: CourseActor): void {
    if (this.real) return;
    this.real = actor;
    for (const attach of this.attachers.values()) attach(actor);
    this.attachers.clear();
    for (const event of this.queue.splice(0)) actor.send(event);
    // Listeners see the machine's state even when no event was kept (e.g. the first page's visit).
    for (const listener of [...this.listeners]) listener(actor.getSnapshot());
    this.listeners.clear();
  }

  private notify() {
    for (const listener of [...this.listeners]) listener(this.snapshot);
  }

  private snap(value: PendingSnapshot['value'], context: PendingSnapshot['context'], pendingIntents: number): PendingSnapshot {
    return { value, status: 'active', context, pendingIntents, matches: (v) => v === value, can: () => true };
  }

  /** Typed as the course actor for the views (they use getSnapshot / send / subscribe only). */
  asActor(): CourseActor {
    return this as unknown as CourseActor;
  }
}
