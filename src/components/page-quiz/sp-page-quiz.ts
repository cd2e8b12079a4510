import { html, nothing } from 'lit';
import type { QuizPage } from '../../content/types.js';
import { PageElement } from '../page-base.js';
import '../rich-text/sp-rich-text.js';

/** The graded quiz page. */
export class SpPageQuiz extends PageElement<QuizPage> {
  override render() {
    const p = this.page;
    return html`${p.body ? html`<sp-rich-text .blocks=${p.body}></sp-rich-text>` : nothing} ${this.questionSet(p.quiz)}`;
  }
}
customElements.define('sp-page-quiz', SpPageQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'sp-page-quiz': SpPageQuiz;
  }
}
