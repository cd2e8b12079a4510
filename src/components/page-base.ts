import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Page, QuestionSet } from '../content/types.js';
import type { CourseContext, CourseEvent } from '../machines/course-machine.js';
import { t } from '../i18n/nl.js';
import { CourseConsumer } from './course-context.js';
import { base } from './styles/shared-styles.js';

/**
 * Base of every page view: gets its page definition from the player, and the course snapshot and
 * `send` from the player's course provider (`@lit/context`); it re-renders on every course change.
 * Page views render content and send intents; they never touch the LMS.
 */
export class PageElement<P extends Page = Page> extends LitElement {
  static override properties = {
    page: { attribute: false },
    mediaBase: { attribute: false },
  };
  declare page: P;
  declare mediaBase: string;
  private readonly course = new CourseConsumer(this);

  constructor() {
    super();
    this.mediaBase = '';
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** Nothing to show until the page sits below a course provider and has its page. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.course.view !== undefined && this.page !== undefined && super.shouldUpdate(changed);
  }

  /** The course context of the latest snapshot. */
  protected get ctx(): CourseContext {
    return this.course.context;
  }

  /** Sends an intent to the course machine; the page re-renders with the result before `updateComplete` resolves. */
  protected send(event: CourseEvent): void {
    this.course.send(event);
  }

  protected get team(): boolean {
    return this.ctx.learner.mode === 'team';
  }

  protected text(id: string): string {
    return this.ctx.learner.texts[id] ?? '';
  }

  /** The quiz actor of a question set. */
  protected questionSet(set: QuestionSet | undefined, heading = t.activityTitle) {
    if (!set) return nothing;
    return html`<sp-question-set .quiz=${this.ctx.quizRefs[set.id]} .heading=${set.graded ? undefined : heading}></sp-question-set>`;
  }
}
