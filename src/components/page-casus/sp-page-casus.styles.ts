import { css } from 'lit';

/** Styles of <sp-page-casus>. */
export const casusStyles = css`
  .persons {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    gap: var(--sp-space-3);
    padding: 0;
    margin: 0 0 var(--sp-space-4);
    list-style: none;
  }
  .persons li {
    margin: 0;
    display: grid;
    grid-template-columns: 4rem minmax(0, 1fr);
    column-gap: var(--sp-space-3);
    align-items: center;
    align-content: start;
    background: var(--sp-surface);
  }
  .desc {
    grid-column: 1 / -1;
    margin: var(--sp-space-2) 0 0;
  }
  .portrait {
    width: 4rem;
    height: 4rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--sp-brand-soft);
    border: 2px solid var(--sp-brand);
  }
  /* Without a portrait: the initials on a neutral disc (decorative: the name is right next to it). */
  .initials {
    display: flex;
    align-items: center;
    justify-content: center;
    font-weight: 700;
    font-size: 1.35rem;
    color: var(--sp-ink-soft);
    background: var(--sp-surface-alt);
    border-color: var(--sp-line);
  }
  .name {
    font-weight: 700;
    display: block;
  }
  .role {
    color: var(--sp-brand-strong);
    font-size: var(--sp-text-small);
    display: block;
  }
`;
