import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyActorRef, SnapshotFrom, Subscription } from 'xstate';

/**
 * Subscribes its host to one XState actor while the host is connected, and re-renders the host on
 * every new snapshot. Give it another actor (`actor = …`) and it moves its one subscription there.
 * Used by the player (the course actor) and by each question set (its quiz actor).
 */
export class ActorController<A extends AnyActorRef> implements ReactiveController {
  private ref: A | undefined;
  private subscription: Subscription | null = null;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called with every new snapshot (after the host was asked to update). */
    private readonly onSnapshot: (snapshot: SnapshotFrom<A>) => void = () => {},
  ) {
    host.addController(this);
  }

  get actor(): A | undefined {
    return this.ref;
  }

  set actor(actor: A | undefined) {
    if (actor === this.ref) return;
    this.ref = actor;
    if (this.connected) this.subscribe();
  }

  /** The actor's current snapshot (undefined without an actor). */
  get snapshot(): SnapshotFrom<A> | undefined {
    return this.ref?.getSnapshot();
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private subscribe(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    const actor = this.ref;
    if (!actor) return;
    this.subscription = actor.subscribe((snapshot: SnapshotFrom<A>) => this.changed(snapshot));
    // Events sent while the host was away (or a new actor) never leave it showing a stale state.
    this.changed(actor.getSnapshot());
  }

  private changed(snapshot: SnapshotFrom<A>): void {
    this.host.requestUpdate();
    this.onSnapshot(snapshot);
  }
}
