import { css } from 'lit';

/** Styles of <sp-figure>. */
export const figureStyles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0 0 var(--sp-space-4);
  }
  .scroller {
    position: relative;
  }
  /* A shade on the side where part of the figure is hidden (the frame scrolls sideways). */
  .scroller::before,
  .scroller::after {
    content: '';
    position: absolute;
    top: 1px;
    bottom: 1px;
    width: 2rem;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .scroller::before {
    left: 1px;
    border-radius: var(--sp-radius) 0 0 var(--sp-radius);
    background: linear-gradient(to right, rgba(27, 36, 48, 0.28), rgba(27, 36, 48, 0));
  }
  .scroller::after {
    right: 1px;
    border-radius: 0 var(--sp-radius) var(--sp-radius) 0;
    background: linear-gradient(to left, rgba(27, 36, 48, 0.28), rgba(27, 36, 48, 0));
  }
  .scroller.more-start::before,
  .scroller.more-end::after {
    opacity: 1;
  }
  .swipe-hint {
    display: flex;
    align-items: center;
    gap: var(--sp-space-2);
    margin: var(--sp-space-2) 0 0;
    font-size: var(--sp-text-small);
    font-weight: 600;
    color: var(--sp-brand-strong);
  }
  .swipe-hint svg.icon {
    flex: none;
    width: 1.4em;
    height: 1.4em;
  }
  .frame {
    border: 1px solid var(--sp-line);
    border-radius: var(--sp-radius);
    background: #fff;
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  .frame img {
    display: block;
    width: 100%;
    height: auto;
  }
  /* Phones: the figures are drawn 800 units wide with text of at least 12 units; at 46rem the
         smallest text renders at 11 px or more, and the frame scrolls sideways. */
  @media (max-width: 46rem) {
    .frame img {
      width: 46rem;
      max-width: none;
    }
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--sp-space-2);
    margin-top: var(--sp-space-2);
  }
  figcaption {
    color: var(--sp-ink-soft);
    font-size: var(--sp-text-small);
  }
  .open {
    display: inline-flex;
    align-items: center;
    gap: var(--sp-space-2);
    font-size: var(--sp-text-small);
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
  dialog {
    width: 100vw;
    height: 100vh;
    max-width: 100vw;
    max-height: 100vh;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--sp-surface);
    color: var(--sp-ink);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgba(27, 36, 48, 0.6);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sp-space-2);
    padding: var(--sp-space-2) var(--sp-space-3);
    border-bottom: 1px solid var(--sp-line);
  }
  .bar h2 {
    flex: 1 1 20rem;
    margin: 0;
    font-size: var(--sp-text-small);
    /* A long caption keeps the buttons in view (screen readers read all of it). */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .level {
    min-width: 5.5em;
    text-align: center;
    font-size: var(--sp-text-small);
  }
  .stage {
    flex: 1;
    overflow: auto;
    padding: var(--sp-space-3);
    background: #fff;
  }
  .stage img {
    display: block;
    width: calc(var(--sp-zoom, 1) * 100%);
    max-width: none;
    height: auto;
    margin: 0 auto;
  }
  @media print {
    .swipe-hint,
    .tools .open,
    dialog {
      display: none !important;
    }
  }
`;
