import { css } from 'lit';

/** Styles of <sp-page-actions>. */
export const actionsStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: var(--sp-space-3);
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: var(--sp-space-1);
    border-bottom: 1px solid var(--sp-line);
  }
  td input,
  td textarea {
    width: 100%;
  }
  /* Columns by content (they grow with the team mode's larger type, --sp-scale): Wie holds a full name ("Fatima Yilmaz-Bouzerda"), Wanneer a date
     ("vrijdag 12 december"); Wat takes the rest. */
  th:nth-child(1) {
    width: calc(16rem * var(--sp-scale, 1));
  }
  th:nth-child(3) {
    width: calc(13rem * var(--sp-scale, 1));
  }
  /* Wat grows with its text (fallback: auto-grow.ts). */
  td textarea {
    font: inherit;
    min-height: 2.5rem;
    resize: vertical;
    field-sizing: content;
  }
  .print-only {
    display: none;
  }
  .cell {
    white-space: pre-wrap;
    /* Break a word only when it alone is wider than its column: names stay whole ("Fatima", not "Fatim a"). */
    overflow-wrap: break-word;
    word-break: normal;
    hyphens: manual;
  }
  .notes h4 {
    margin: var(--sp-space-3) 0 var(--sp-space-1);
  }
  .notes p {
    white-space: pre-wrap;
    overflow-wrap: break-word;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sp-space-2);
    margin-bottom: var(--sp-space-3);
  }
  :host {
    display: block;
    container-type: inline-size;
  }
  /* Too narrow for a full name, a date and a readable Wat side by side (phone, laptop in an LMS frame):
     each action becomes a card with its fields full width. Screen only: print keeps the table. */
  @media screen {
    @container (max-width: 50rem) {
      table,
      tbody,
      tr,
      td {
        display: block;
        width: 100%;
      }
      thead {
        display: none;
      }
      tr {
        border: 1px solid var(--sp-line);
        border-radius: var(--sp-radius);
        padding: var(--sp-space-2);
        margin-bottom: var(--sp-space-2);
      }
      td {
        border: 0;
      }
      td[data-label]::before {
        content: attr(data-label);
        display: block;
        font-weight: 700;
      }
    }
  }
  @media print {
    .print-only {
      display: block;
    }
    .spine,
    .screen-only {
      display: none !important;
    }
    :focus,
    :focus-visible {
      outline: none !important;
    }
    table {
      page-break-inside: auto;
      /* Columns sized to their content: Wie and Wanneer as wide as their longest word needs, Wat takes the rest. */
      table-layout: auto;
    }
    th,
    td {
      overflow-wrap: break-word;
    }
    /* A4: Wie and Wanneer keep a name and "binnen twee weken" on one or two lines next to a wide Wat. */
    th:nth-child(1) {
      width: 13em;
    }
    th:nth-child(3) {
      width: 11em;
    }
    tr {
      page-break-inside: avoid;
    }
  }
`;
