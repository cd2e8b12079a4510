import { css } from 'lit';

/** Styles of <sp-page-mode>. */
export const modeStyles = css`
  fieldset {
    margin-bottom: var(--sp-space-4);
  }
  .option span {
    display: block;
  }
  .names li,
  .roles li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sp-space-2);
    align-items: center;
    margin-bottom: var(--sp-space-2);
  }
  .names,
  .roles {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--sp-space-3);
  }
  .names input {
    flex: 1 1 12rem;
  }
  .roles label {
    min-width: 8rem;
  }
  .notice {
    margin: 0 0 var(--sp-space-2);
    border: 0;
    border-left: 4px solid var(--sp-warn-ink);
  }
  .roles .desc {
    flex-basis: 100%;
  }
  .code-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sp-space-2);
    align-items: center;
    margin-bottom: var(--sp-space-2);
  }
  .code-row input {
    font-size: calc(var(--sp-text) * 1.4);
    letter-spacing: 0.1em;
    text-transform: uppercase;
    max-width: 14ch;
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  }
  .code-error {
    color: var(--sp-bad);
    font-weight: 700;
  }
  .code-ok {
    font-weight: 700;
  }
`;
