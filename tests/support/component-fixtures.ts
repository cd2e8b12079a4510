/** Test helpers for component tests: a small course and a running course actor. */
import { LitElement, html } from 'lit';
import { createActor } from 'xstate';
import { ContextProvider } from '@lit/context';
import { CourseProvider, courseContext, type CourseView } from '../../src/components/course-context.js';
import { compileModule } from '../../src/content/compile.js';
import type { RawModule } from '../../src/content/module-schema.js';
import type { Course } from '../../src/content/types.js';
import { courseMachine, type CourseActor, type CourseContext } from '../../src/machines/course-machine.js';

/** The test course as authored (before compiling). */
export function testModule(): RawModule {
  return {
    id: 'test',
    version: 1,
    title: 'Testmodule',
    description: 'Voor componenttests.',
    language: 'nl',
    masteryScore: 50,
    teamMode: true,
    objectives: [{ id: 'doel', title: 'Doel' }],
    pages: [
      { id: 'start', type: 'info', title: 'Start', minutes: 1, body: 'Welkom.' },
      {
        id: 'modus',
        type: 'mode',
        title: 'Alleen of samen',
        minutes: 1,
        body: 'Kies.',
        roles: [
          { id: 'voorzitter', name: 'Voorzitter', description: 'Leidt.' },
          { id: 'notulist', name: 'Notulist', description: 'Schrijft.' },
        ],
      },
      {
        id: 'toets',
        type: 'quiz',
        title: 'Toets',
        minutes: 1,
        questions: [
          {
            id: 'q1',
            type: 'single',
            prompt: 'Hoeveel stappen?',
            options: [
              { id: 'a', text: 'Drie', correct: false, feedback: 'Het zijn er vier.' },
              { id: 'b', text: 'Vier', correct: true, feedback: 'Klopt.' },
            ],
          },
        ],
      },
      { id: 'acties', type: 'actions', title: 'Actielijst', minutes: 1, maxRows: 2, body: 'Wie doet wat?' },
      { id: 'afronding', type: 'closing', title: 'Afronding', minutes: 0.5, next: ['Oefen met een collega.'] },
    ],
  };
}

export function testCourse(): Course {
  return compileModule(testModule());
}

/** A started course actor. Seed 1 shows q1 of the test course with its options in authored order in attempt 1. */
export function startCourse(course = testCourse(), seed = 1) {
  const actor = createActor(courseMachine, { input: { course, today: '2026-11-25', seed } });
  actor.start();
  return actor;
}

/** Stands in for the player in component tests: provides the course actor to the page inside it. */
class TestCourseHost extends LitElement {
  readonly course = new CourseProvider(this);
  override render() {
    return html`<slot></slot>`;
  }
}
if (!customElements.get('sp-test-course')) customElements.define('sp-test-course', TestCourseHost);

declare global {
  interface HTMLElementTagNameMap {
    'sp-test-course': TestCourseHost;
  }
}

/** Mounts `el` below a course provider for `actor` (the way the player shows a page), attached to the document. */
export function mountInCourse<T extends HTMLElement>(el: T, actor: CourseActor): T {
  const host = document.createElement('sp-test-course');
  host.course.actor = actor;
  document.body.append(host);
  host.append(el);
  return el;
}

/** Removes a mounted element together with its provider. */
export function unmount(el: HTMLElement): void {
  (el.parentElement && el.parentElement !== document.body ? el.parentElement : el).remove();
}

/** Mounts `el` below a fixed course context (no actor): for a view of a state the machine would not reach directly. */
export function mountWithContext<T extends HTMLElement>(el: T, actor: CourseActor, context: CourseContext): T {
  const host = document.createElement('div');
  const snapshot = { ...actor.getSnapshot(), context } as CourseView['snapshot'];
  new ContextProvider(host, { context: courseContext, initialValue: { snapshot, send: (event) => actor.send(event) } });
  document.body.append(host);
  host.append(el);
  return el;
}
