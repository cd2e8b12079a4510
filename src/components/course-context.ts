import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { SnapshotFrom } from 'xstate';
import type { CourseActor, CourseContext, CourseEvent, CourseMachine } from '../machines/course-machine.js';
import { ActorController } from './controllers/actor-controller.js';
import { SEND_EVENT } from './send.js';

export type CourseSnapshot = SnapshotFrom<CourseMachine>;

/** What every page gets from the player: the course snapshot and a way to send intents. */
export interface CourseView {
  readonly snapshot: CourseSnapshot;
  send(event: CourseEvent): void;
}

export const courseContext = createContext<CourseView | undefined>(Symbol('sp-course'));

/**
 * On the player: subscribes once to the course actor and provides every new snapshot (and `send`)
 * to the pages below it through `@lit/context`. Leaf components that know no course (timer, text
 * field) fire `sp-send`; the provider forwards those events to the actor too.
 */
export class CourseProvider {
  private readonly provider: ContextProvider<typeof courseContext>;
  private readonly subscription: ActorController<CourseActor>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.provider = new ContextProvider(host, { context: courseContext });
    this.subscription = new ActorController<CourseActor>(host, (snapshot) => this.publish(snapshot));
    host.addEventListener(SEND_EVENT, (e) => {
      e.stopPropagation();
      this.send((e as CustomEvent<CourseEvent>).detail);
    });
  }

  get actor(): CourseActor | undefined {
    return this.subscription.actor;
  }

  set actor(actor: CourseActor | undefined) {
    this.subscription.actor = actor;
  }

  /** The latest snapshot (what the pages were given). */
  get snapshot(): CourseSnapshot | undefined {
    return this.provider.value?.snapshot;
  }

  readonly send = (event: CourseEvent): void => {
    this.subscription.actor?.send(event);
  };

  private publish(snapshot: CourseSnapshot): void {
    if (this.provider.value?.snapshot === snapshot) return;
    this.provider.setValue({ snapshot, send: this.send });
  }
}

/** On a page: the course snapshot and `send` from the nearest player; the page re-renders on every change. */
export class CourseConsumer {
  private readonly consumer: ContextConsumer<typeof courseContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.consumer = new ContextConsumer(host, { context: courseContext, subscribe: true });
  }

  /** Undefined until the page is attached below a player (or a test's provider). */
  get view(): CourseView | undefined {
    return this.consumer.value;
  }

  get context(): CourseContext {
    const view = this.consumer.value;
    if (!view) throw new Error('page rendered outside a course provider');
    return view.snapshot.context;
  }

  send(event: CourseEvent): void {
    this.consumer.value?.send(event);
  }
}
