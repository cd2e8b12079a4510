import { css } from 'lit';

/**
 * Design tokens (CSS custom properties). Set on the player host; every component inherits them.
 * An organisation themes the player with `--sp-brand` (from the module file's theme.brand).
 */
export const tokens = css`
  :host {
    --sp-brand: #0b5d5e;
    --sp-brand-strong: #084546;
    --sp-brand-soft: #e6f2f2;
    --sp-ink: #1b2430;
    --sp-ink-soft: #4a5563;
    --sp-surface: #ffffff;
    --sp-surface-alt: #f5f7f8;
    --sp-line: #c9d1d6;
    --sp-focus: #b3541e;
    --sp-good: #1e6b34;
    --sp-good-soft: #e7f4ea;
    --sp-bad: #a4262c;
    --sp-bad-soft: #fbeaea;
    --sp-warn-soft: #fff4d6;
    --sp-warn-ink: #5c4300;
    --sp-radius: 8px;
    --sp-space-1: 0.25rem;
    --sp-space-2: 0.5rem;
    --sp-space-3: 1rem;
    --sp-space-4: 1.5rem;
    --sp-space-5: 2.5rem;
    --sp-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --sp-scale: 1;
    --sp-text: calc(1.0625rem * var(--sp-scale));
    --sp-text-small: calc(0.9375rem * var(--sp-scale));
    --sp-h1: calc(1.75rem * var(--sp-scale));
    --sp-h2: calc(1.375rem * var(--sp-scale));
    --sp-h3: calc(1.125rem * var(--sp-scale));
    --sp-measure: 44rem;
    --sp-duration: 150ms;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --sp-duration: 0ms;
    }
  }
`;

/** Base element styles shared by every component (text, buttons, focus, fields). */
export const base = css`
  :host {
    font-family: var(--sp-font);
    color: var(--sp-ink);
    font-size: var(--sp-text);
    line-height: 1.55;
    /* Long Dutch compounds wrap instead of pushing the page sideways (reflow at 320 px). */
    overflow-wrap: break-word;
    /* Radio buttons and checkboxes in the brand colour. */
    accent-color: var(--sp-brand);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 var(--sp-space-3);
    color: var(--sp-ink);
  }
  h2 {
    font-size: var(--sp-h2);
  }
  h3 {
    font-size: var(--sp-h3);
  }
  p {
    margin: 0 0 var(--sp-space-3);
  }
  button {
    font: inherit;
    font-size: var(--sp-text);
    min-height: 44px;
    padding: var(--sp-space-2) var(--sp-space-3);
    border-radius: var(--sp-radius);
    border: 2px solid var(--sp-brand);
    background: var(--sp-surface);
    color: var(--sp-brand-strong);
    cursor: pointer;
    transition: background var(--sp-duration);
  }
  button:hover {
    background: var(--sp-brand-soft);
  }
  button.primary {
    background: var(--sp-brand);
    color: #fff;
  }
  button.primary:hover {
    background: var(--sp-brand-strong);
  }
  button[disabled],
  button[aria-disabled='true'] {
    border-color: var(--sp-line);
    color: var(--sp-ink-soft);
    background: var(--sp-surface-alt);
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--sp-focus);
    outline-offset: 2px;
  }
  input,
  textarea,
  select {
    font: inherit;
    font-size: var(--sp-text);
    color: var(--sp-ink);
    background: var(--sp-surface);
    border: 2px solid var(--sp-ink-soft);
    border-radius: var(--sp-radius);
    padding: var(--sp-space-2);
    max-width: 100%;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--sp-ink-soft);
    font-size: var(--sp-text-small);
  }
  /* A line icon (24×24 strokes) at text size, in the text colour. */
  svg.icon {
    width: 1.1em;
    height: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  /* A calm warning (texts too long for the LMS, connection notes); each view sets its own margin. */
  .notice {
    background: var(--sp-warn-soft);
    color: var(--sp-warn-ink);
    border: 1px solid #e0c36a;
    border-radius: var(--sp-radius);
    padding: var(--sp-space-2) var(--sp-space-3);
  }
  /* What a too-long paste or keystroke kept (components/text-field/cut-notice.ts), said at once. */
  .cut:empty {
    display: none;
  }
  .cut {
    background: var(--sp-warn-soft);
    color: var(--sp-warn-ink);
    border-radius: var(--sp-radius);
    padding: var(--sp-space-1) var(--sp-space-2);
    margin: var(--sp-space-1) 0 0;
  }
  @media print {
    .cut {
      display: none !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .card {
    background: var(--sp-surface-alt);
    border: 1px solid var(--sp-line);
    border-radius: var(--sp-radius);
    padding: var(--sp-space-3);
    margin: 0 0 var(--sp-space-3);
  }
  @media print {
    button,
    .no-print {
      display: none !important;
    }
    /* A heading stays with what follows it: never alone at the bottom of a printed page. */
    h1,
    h2,
    h3,
    h4 {
      break-after: avoid;
      page-break-after: avoid;
      break-inside: avoid;
    }
    p,
    li {
      orphans: 3;
      widows: 3;
    }
  }
`;

/** A fieldset framing a question or a choice, its legend as a small heading. */
export const fieldsetStyles = css`
  fieldset {
    border: 1px solid var(--sp-line);
    border-radius: var(--sp-radius);
    padding: var(--sp-space-3);
    margin: 0 0 var(--sp-space-3);
  }
  legend {
    font-weight: 700;
    font-size: var(--sp-h3);
    padding: 0 var(--sp-space-1);
  }
`;

/** A radio button or checkbox with its text as one large target: `<label class="option"><input …><span>…</span></label>`. */
export const optionStyles = css`
  .option {
    display: flex;
    gap: var(--sp-space-2);
    align-items: flex-start;
    padding: var(--sp-space-2);
    border: 2px solid var(--sp-line);
    border-radius: var(--sp-radius);
    margin-bottom: var(--sp-space-2);
    cursor: pointer;
    font-weight: 400;
  }
  .option input {
    /* em: the control grows with the text (team mode on a projector). */
    width: 1.2em;
    height: 1.2em;
    margin-top: 0.15em;
    flex: none;
  }
  .option:hover,
  .option:focus-within {
    border-color: var(--sp-brand);
  }
  .option:not(.good, .bad):has(input:checked) {
    border-color: var(--sp-brand);
    background: var(--sp-brand-soft);
  }
`;
