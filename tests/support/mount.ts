/**
 * One way to mount a component in a component test (happy-dom): create it, set its properties,
 * attach it, wait for the render; every mounted element is removed after each test.
 *
 * `mountPage` wires a page view to a running course actor the way the player does: the page gets the
 * page definition and the course context, and the course events it sends go to the actor, after which
 * the page is given the new context (so a test asserts what the learner would see next).
 */
import type { LitElement } from 'lit';
import { afterEach } from 'vitest';
import type { Page } from '../../src/content/types.js';
import type { CourseActor, CourseEvent } from '../../src/machines/course-machine.js';
import { mountInCourse, unmount } from './component-fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

export interface Mounted<E extends LitElement> {
  el: E;
  root: ShadowRoot;
  /** Waits until the element (and what it just sent) has rendered. */
  settled(): Promise<void>;
}

/** Mounts `<tag>` with `props` set before it connects, and waits for its first render. */
export async function mount<E extends LitElement>(tag: string, props: Partial<E> = {}): Promise<Mounted<E>> {
  const el = document.createElement(tag) as E;
  Object.assign(el, props);
  document.body.append(el);
  cleanups.push(() => el.remove());
  await el.updateComplete;
  return { el, root: el.shadowRoot!, settled: () => settle(el) };
}

/** Lets an element render, then what it sent or what its children render in the next task. */
async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Text of an element in a shadow root, whitespace collapsed (what a reader sees, not the template's layout). */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Course events a mounted element sent, in order. */
export interface MountedPage<E extends LitElement> extends Mounted<E> {
  sent: CourseEvent[];
}

/**
 * Mounts the page view `<tag>` for the page `pageId` of the actor's course below a course provider,
 * the way the player shows a page (tests/support/component-fixtures.ts `mountInCourse`). What the page
 * sends goes to the actor and is recorded in `sent`; the page follows the actor's snapshots.
 */
export async function mountPage<E extends LitElement>(
  tag: string,
  actor: CourseActor,
  pageId: string,
  props: Partial<E> = {},
): Promise<MountedPage<E>> {
  const page = actor.getSnapshot().context.course.pages.find((p: Page) => p.id === pageId);
  if (!page) throw new Error(`no page "${pageId}" in the test course`);
  const sent: CourseEvent[] = [];
  const recording = Object.create(actor) as CourseActor;
  recording.send = (event: CourseEvent) => {
    sent.push(event);
    actor.send(event);
  };
  const el = document.createElement(tag) as E;
  Object.assign(el, { page, ...props });
  mountInCourse(el, recording);
  cleanups.push(() => unmount(el));
  await el.updateComplete;
  await settle(el);
  return { el, root: el.shadowRoot!, settled: () => settle(el), sent };
}

/** The shadow root of a child component, once it has rendered. */
export async function shadowOf(el: Element | null | undefined): Promise<ShadowRoot> {
  if (!el) throw new Error('element not rendered');
  await (el as LitElement).updateComplete;
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root: is its module imported (defined)?`);
  return el.shadowRoot;
}

/** The rendered text of every `<sp-rich-text>` directly in `root`, joined (what the learner reads). */
export async function richTextOf(root: ShadowRoot | Element): Promise<string> {
  const parts: string[] = [];
  for (const rich of root.querySelectorAll('sp-rich-text')) parts.push(textOf(await shadowOf(rich)));
  return parts.join(' ');
}
