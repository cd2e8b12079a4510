import { css } from 'lit';

export const playerStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--sp-surface);
  }
  :host([team]) {
    --sp-scale: 1.15;
    --sp-clock-size: calc(4.5rem * var(--sp-scale));
    /* Projector: full contrast for secondary text too. */
    --sp-ink-soft: #2f3a47;
  }
  /* Projector (1920 wide, also inside an LMS frame of ~1400+): larger type, wider page. */
  @media (min-width: 1400px) {
    :host([team]) {
      --sp-scale: 1.45;
      /* Uses the projector's width: the meeting screen puts question, timer and notes side by side. */
      --sp-measure: 84rem;
    }
    :host([team]) .layout {
      max-width: 120rem;
    }
  }
  /* Phones (and 320 px reflow): team mode keeps the normal type scale, so nothing scrolls sideways. */
  @media (max-width: 40rem) {
    :host([team]) {
      --sp-scale: 1;
      --sp-clock-size: 3rem;
    }
  }
  .skip {
    position: absolute;
    left: -999px;
    top: 0;
    background: var(--sp-surface);
    padding: var(--sp-space-2);
    z-index: 10;
  }
  .skip:focus {
    left: var(--sp-space-2);
  }
  header {
    background: var(--sp-brand);
    color: #fff;
    padding: var(--sp-space-3);
  }
  header .notice {
    margin: var(--sp-space-2) 0 0;
  }
  header h1 {
    color: #fff;
    font-size: var(--sp-h1);
    margin: 0 0 var(--sp-space-2);
  }
  .org {
    font-size: var(--sp-text-small);
    display: flex;
    align-items: center;
    gap: var(--sp-space-2);
  }
  .org img {
    max-height: 2rem;
    background: #fff;
    border-radius: 4px;
    padding: 2px;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--sp-space-2);
    font-size: var(--sp-text-small);
  }
  .bar {
    flex: 1;
    height: 0.6rem;
    background: rgba(255, 255, 255, 0.35);
    border-radius: 999px;
    overflow: hidden;
    max-width: 30rem;
  }
  .bar span {
    display: block;
    width: var(--sp-progress, 0%);
    height: 100%;
    background: #fff;
    transition: width var(--sp-duration);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
    gap: var(--sp-space-4);
    max-width: 82rem;
    margin: 0 auto;
    padding: var(--sp-space-4) var(--sp-space-3);
  }
  nav.toc ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav.toc li {
    margin: 0 0 2px;
  }
  nav.toc button {
    width: 100%;
    text-align: left;
    border: 0;
    border-left: 4px solid transparent;
    border-radius: 0 var(--sp-radius) var(--sp-radius) 0;
    background: transparent;
    color: var(--sp-ink);
    font-size: var(--sp-text-small);
    padding: var(--sp-space-2);
    display: flex;
    gap: var(--sp-space-2);
    min-height: 44px;
    align-items: center;
  }
  nav.toc button[aria-current='page'] {
    border-left-color: var(--sp-brand);
    background: var(--sp-brand-soft);
    font-weight: 700;
  }
  nav.toc button[aria-disabled='true'] {
    color: var(--sp-ink-soft);
    background: transparent;
  }
  .mark {
    flex: none;
    width: 1.4em;
    display: inline-flex;
    justify-content: center;
  }
  .mark svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .mark svg.done {
    color: var(--sp-good);
    stroke-width: 2.2;
  }
  .mark svg.current {
    color: var(--sp-brand-strong);
    stroke-width: 2.4;
  }
  /* As specific as "nav.toc button" (which sets display: flex), so the toggle really hides. */
  nav.toc .toc-toggle {
    display: none;
  }
  /* One content width: text, cards, boxes, figures and the pager share the measure. */
  main {
    min-width: 0;
    width: 100%;
    max-width: var(--sp-measure);
  }
  /* After Afronden: one column, the note first, the report below it (still printable). */
  .layout.finished {
    display: block;
    max-width: 56rem;
  }
  .done {
    border-left: 4px solid var(--sp-good);
    background: var(--sp-good-soft);
    margin-bottom: var(--sp-space-4);
  }
  .done h2 {
    margin-top: 0;
  }
  .done p {
    margin-bottom: 0;
  }
  main h2 {
    font-size: var(--sp-h1);
  }
  main h2:focus {
    outline: none;
  }
  main h2:focus-visible {
    outline: 3px solid var(--sp-focus);
  }
  .meta {
    color: var(--sp-ink-soft);
    font-size: var(--sp-text-small);
    margin-bottom: var(--sp-space-3);
  }
  .pager {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: var(--sp-space-2);
    border-top: 1px solid var(--sp-line);
    margin-top: var(--sp-space-4);
    padding-top: var(--sp-space-3);
  }
  .blocked {
    flex-basis: 100%;
    text-align: right;
  }
  .notice {
    margin: 0 0 var(--sp-space-3);
  }
  .badge {
    display: inline-block;
    background: var(--sp-good-soft);
    color: var(--sp-good);
    border-radius: 999px;
    padding: 0 var(--sp-space-2);
    font-size: var(--sp-text-small);
    font-weight: 700;
  }
  .resume {
    max-width: 36rem;
    margin: var(--sp-space-5) auto;
    padding: var(--sp-space-4);
  }
  .resume .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sp-space-2);
  }
  @media (max-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      padding: var(--sp-space-3) var(--sp-space-2);
    }
    nav.toc .toc-toggle {
      display: inline-flex;
      width: auto;
      margin-bottom: var(--sp-space-2);
      padding: var(--sp-space-2) var(--sp-space-3);
      border: 2px solid var(--sp-brand);
      border-radius: var(--sp-radius);
      color: var(--sp-brand-strong);
      font-weight: 600;
    }
    nav.toc.collapsed ol {
      display: none;
    }
  }
  @media print {
    :host {
      min-height: 0;
    }
    header,
    nav.toc,
    .pager,
    .notice,
    .skip,
    .meta {
      display: none !important;
    }
    .layout {
      display: block;
      padding: 0;
    }
    /* The actielijst prints its own report title. */
    main[data-page-type='actions'] #page-heading,
    main[data-page-type='closing'] #page-heading {
      display: none;
    }
  }
`;
