import { css } from 'lit';

/** Styles of <sp-question-set>. */
export const questionSetStyles = css`
  :host {
    display: block;
    margin: var(--sp-space-4) 0;
  }
  fieldset {
    background: var(--sp-surface);
  }
  .count {
    color: var(--sp-ink-soft);
    font-size: var(--sp-text-small);
    margin-bottom: var(--sp-space-2);
  }
  .option.good {
    border-color: var(--sp-good);
    background: var(--sp-good-soft);
  }
  .option.bad {
    border-color: var(--sp-bad);
    background: var(--sp-bad-soft);
  }
  .feedback {
    display: block;
    margin-top: var(--sp-space-1);
    font-size: var(--sp-text-small);
  }
  .tag {
    font-weight: 700;
  }
  .verdict {
    font-weight: 700;
    font-size: var(--sp-h3);
  }
  .verdict.good {
    color: var(--sp-good);
  }
  .verdict.bad {
    color: var(--sp-bad);
  }
  .rule {
    margin: 0 0 var(--sp-space-2);
    font-weight: 700;
  }
  .review {
    margin-top: var(--sp-space-3);
  }
  .review summary {
    cursor: pointer;
    font-weight: 700;
  }
  .review h4 {
    margin: var(--sp-space-3) 0 var(--sp-space-1);
  }
  .review li {
    margin-bottom: var(--sp-space-2);
    padding-left: var(--sp-space-1);
    border-left: 4px solid transparent;
  }
  .review li.good {
    border-left-color: var(--sp-good);
  }
  .review li.bad {
    border-left-color: var(--sp-bad);
  }
  .review-option {
    display: block;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sp-space-2);
  }
`;
