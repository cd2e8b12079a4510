import { css } from 'lit';

/** Styles shared by step and team pages: the projector-friendly discussion screen. */
export const discussionStyles = css`
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: var(--sp-space-3);
    margin: 0 0 var(--sp-space-4);
  }
  .facts .card {
    margin: 0;
  }
  .facts dt {
    font-weight: 700;
    color: var(--sp-brand-strong);
  }
  .facts dd {
    margin: 0;
  }
  .prompts {
    font-size: calc(var(--sp-text) * 1.1);
  }
  .prompts li {
    margin-bottom: var(--sp-space-2);
  }
  .discussion {
    display: grid;
    /* minmax(0, …): the column may shrink below the clock's width (no sideways scrolling at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sp-space-3);
    border-left: 6px solid var(--sp-brand);
    padding-left: var(--sp-space-3);
    margin: 0 0 var(--sp-space-4);
  }
  .discussion ul {
    margin: 0;
  }
  /* The meeting's spine: the timer stays in view while the notulist types (sticky at the top). */
  .spine {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--sp-surface);
    padding: var(--sp-space-1) 0;
    margin: 0 0 var(--sp-space-3);
  }
  .presentation {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sp-space-3);
    margin: 0 0 var(--sp-space-3);
  }
  .presentation .question {
    font-size: calc(var(--sp-h2) * 1.1);
    font-weight: 800;
    margin: 0;
    color: var(--sp-brand-strong);
  }
  .presentation dl {
    margin: 0;
  }
  .presentation dt {
    font-weight: 700;
    color: var(--sp-brand-strong);
  }
  .presentation dd {
    margin: 0 0 var(--sp-space-2);
  }
  details.more > summary {
    cursor: pointer;
    font-weight: 700;
    padding: var(--sp-space-1) 0;
  }
  .presentation > .spine {
    margin: 0;
  }
  /* Projector: the question with the notulist's field below it on the left, the compact timer
     beside them, so question, clock and notes share the first screen. */
  @media (min-width: 1400px) {
    .presentation {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-areas:
        'question timer'
        'notes timer';
      grid-template-rows: auto 1fr;
      align-items: start;
    }
    .presentation > .spine {
      grid-area: timer;
    }
    .presentation > section {
      grid-area: question;
      margin: 0;
    }
    .presentation > .notes {
      grid-area: notes;
    }
  }
  /* Wide screens (projector): prompts and timer side by side, so both fit on the first screen. */
  @media (min-width: 1400px) {
    .discussion {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
`;
