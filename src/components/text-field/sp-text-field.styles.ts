import { css } from 'lit';

/** Styles of <sp-text-field>. */
export const textFieldStyles = css`
  :host {
    display: block;
    margin: 0 0 var(--sp-space-3);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 7rem;
    margin-top: var(--sp-space-1);
    resize: vertical;
    /* Grows with its text (fallback: auto-grow.ts sets the height). */
    field-sizing: content;
  }
  .count {
    text-align: right;
  }
  .notice {
    margin-top: var(--sp-space-1);
  }
  .req {
    font-weight: 400;
    color: var(--sp-ink-soft);
  }
  .print-value {
    display: none;
  }
  /* Printed: the whole text as text (a textarea would clip it), without counter or hint. */
  @media print {
    textarea,
    .count,
    .hint,
    .cut,
    .notice {
      display: none !important;
    }
    .print-value {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: var(--sp-space-1) 0 0;
      padding-left: var(--sp-space-2);
      border-left: 3px solid var(--sp-line);
    }
  }
`;
