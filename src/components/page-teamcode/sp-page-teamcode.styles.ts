import { css } from 'lit';

/** Styles of <sp-page-teamcode>. */
export const teamcodeStyles = css`
  .code {
    font-size: clamp(3rem, 9vw, 10rem);
    font-weight: 800;
    letter-spacing: 0.12em;
    font-variant-numeric: tabular-nums;
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    color: var(--sp-brand-strong);
    line-height: 1.1;
    margin: var(--sp-space-2) 0;
    overflow-wrap: anywhere;
  }
  .codebox {
    border: 4px solid var(--sp-brand);
    border-radius: var(--sp-radius);
    padding: var(--sp-space-3);
    margin: 0 0 var(--sp-space-4);
    text-align: center;
  }
  .codebox p {
    margin: 0;
  }
  .print-only {
    display: none;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--sp-line);
    padding: var(--sp-space-1);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media print {
    .print-only {
      display: block;
    }
    .screen-only {
      display: none !important;
    }
    .code {
      font-size: 3rem;
    }
  }
`;
