import { css } from 'lit';

/** Styles of <sp-timer>. */
export const timerStyles = css`
  :host {
    display: block;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sp-space-3);
    padding: var(--sp-space-3);
    border: 3px solid var(--sp-brand);
    border-radius: var(--sp-radius);
    background: var(--sp-surface);
  }
  .timer.over {
    border-color: var(--sp-bad);
    background: var(--sp-bad-soft);
  }
  .clock {
    /* --sp-clock-size: set larger by the player in team mode (readable from the back of the room) */
    font-size: var(--sp-clock-size, calc(2.75rem * var(--sp-scale)));
    line-height: 1.1;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
    min-width: min(6ch, 100%);
  }
  .over .clock {
    color: var(--sp-bad);
  }
  .label {
    font-weight: 700;
  }
  .up {
    flex-basis: 100%;
    font-weight: 700;
    font-size: var(--sp-h3);
    color: var(--sp-bad);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sp-space-2);
  }
  .meeting {
    font-weight: 700;
    font-size: var(--sp-h3);
    font-variant-numeric: tabular-nums;
  }
  .meeting .late {
    color: var(--sp-bad);
  }
`;
