import { css } from 'lit';

/** Styles of <sp-page-casus>. */
export const casusStyles = css`
      .persons {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: var(--sp-space-3);
        padding: 0;
        margin: 0 0 var(--sp-space-4);
        list-style: none;
      }
      .persons li {
        margin: 0;
      }
      .name {
        font-weight: 700;
        display: block;
      }
      .role {
        color: var(--sp-brand-strong);
        font-size: var(--sp-text-small);
        display: block;
        margin-bottom: var(--sp-space-1);
      }
    `;
