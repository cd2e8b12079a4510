import { css } from 'lit';

/** Styles of <sp-rich-text>. */
export const richTextStyles = css`
      :host {
        display: block;
        max-width: var(--sp-measure);
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
