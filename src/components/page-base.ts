import { LitElement, css, html, nothing } from 'lit';
import type { Page, QuestionSet } from '../content/types.js';
import type { CourseContext } from '../machines/course-machine.js';
import { t } from '../i18n/nl.js';
import { base } from './styles/shared-styles.js';

/**
 * Base of every page view: receives the page definition and the course context from the player.
 * Page views render content and send events; they never touch the LMS.
 */
export class PageElement<P extends Page = Page> extends LitElement {
  static override properties = {
    page: { attribute: false },
    ctx: { attribute: false },
    mediaBase: { attribute: false },
  };
  declare page: P;
  declare ctx: CourseContext;
  declare mediaBase: string;

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

  protected get team(): boolean {
    return this.ctx.learner.mode === 'team';
  }

  protected text(id: string): string {
    return this.ctx.learner.texts[id] ?? '';
  }

  /**
   * Resolves once a course event this page just sent has been rendered here: the player re-renders
   * first and passes the new context down, so the page's own `updateComplete` alone is too early.
   */
  protected async rendered(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.updateComplete;
  }

  /** The quiz actor of a question set. */
  protected questionSet(set: QuestionSet | undefined, heading = t.activityTitle) {
    if (!set) return nothing;
    return html`<sp-question-set .quiz=${this.ctx.quizRefs[set.id]} .heading=${set.graded ? undefined : heading}></sp-question-set>`;
  }
}
