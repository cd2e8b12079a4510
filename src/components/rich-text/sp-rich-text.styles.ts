import { css } from 'lit';

/** Styles of <sp-rich-text>. */
export const richTextStyles = css`
  /* Width comes from the page column (one measure for text, cards and figures). */
  :host {
    display: block;
  }
  /* Inside a card or accordion part the last block needs no space below (--sp-block-end: 0). */
  p:last-child,
  ul:last-child,
  ol:last-child,
  blockquote:last-child {
    margin-bottom: var(--sp-block-end, var(--sp-space-3));
  }
  ul,
  ol {
    margin: 0 0 var(--sp-space-3);
    padding-left: 1.4em;
  }
  li {
    margin-bottom: var(--sp-space-1);
  }
  blockquote {
    margin: 0 0 var(--sp-space-3);
    padding: var(--sp-space-2) var(--sp-space-3);
    border-left: 4px solid var(--sp-brand);
    background: var(--sp-brand-soft);
  }
  h3 {
    margin-top: var(--sp-space-4);
  }
`;
