import { css } from 'lit';

/** Styles of <sp-figure>. */
export const figureStyles = css`
      figure {
        margin: 0 0 var(--sp-space-4);
      }
      img {
        display: block;
        width: 100%;
        max-width: 56rem;
        height: auto;
        border: 1px solid var(--sp-line);
        border-radius: var(--sp-radius);
        background: #fff;
      }
      figcaption {
        color: var(--sp-ink-soft);
        font-size: var(--sp-text-small);
        margin-top: var(--sp-space-2);
      }
      details {
        margin-top: var(--sp-space-2);
      }
      summary {
        cursor: pointer;
        color: var(--sp-brand-strong);
        font-weight: 600;
        min-height: 44px;
        display: flex;
        align-items: center;
      }
    `;
