import { LitElement, css, html } from 'lit';
import { t } from '../../i18n/nl.js';
import { sendCourseEvent } from '../send.js';
import { base } from '../styles/shared-styles.js';

/** `m:ss` */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * A visible, pausable discussion timer for one step. Counts down from the time box and
 * signals silently (visual + screen reader alert) when time is up; then counts the overrun.
 * @property timeboxMinutes - length of the time box
 * @property elapsedMs - elapsed time (from the course state)
 * @property startedAt - epoch ms the running stretch started, or null when paused
 * @fires sp-send - TIMER_START, TIMER_PAUSE, TIMER_RESET
 * @csspart clock - the large clock
 */
export class SpTimer extends LitElement {
  static override properties = {
    timeboxMinutes: { attribute: false },
    elapsedMs: { attribute: false },
    startedAt: { attribute: false },
  };
  declare timeboxMinutes: number;
  declare elapsedMs: number;
  declare startedAt: number | null;
  private tick: ReturnType<typeof setInterval> | null = null;
  private alerted = false;

  constructor() {
    super();
    this.timeboxMinutes = 5;
    this.elapsedMs = 0;
    this.startedAt = null;
  }

  static override styles = [
    base,
    css`
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
    `,
  ];

  private now(): number {
    return this.elapsedMs + (this.startedAt ? Math.max(0, Date.now() - this.startedAt) : 0);
  }

  override updated(): void {
    if (this.startedAt && !this.tick) this.tick = setInterval(() => this.requestUpdate(), 500);
    if (!this.startedAt && this.tick) {
      clearInterval(this.tick);
      this.tick = null;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
  }

  override render() {
    const box = this.timeboxMinutes * 60_000;
    const elapsed = this.now();
    const over = elapsed >= box;
    if (over && this.startedAt && !this.alerted) this.alerted = true;
    if (!over) this.alerted = false;
    const running = !!this.startedAt;
    const display = over ? t.timerOver(formatClock(elapsed - box)) : t.timerRemaining(formatClock(box - elapsed));
    return html`<div class="timer ${over ? 'over' : ''}" role="group" aria-label=${t.timer}>
      <div>
        <div class="label">${t.timer} · ${t.timeboxMinutes(this.timeboxMinutes)}</div>
        <div class="clock" part="clock" aria-hidden="true">${over ? `+${formatClock(elapsed - box)}` : formatClock(box - elapsed)}</div>
        <div class="visually-hidden">${display}</div>
      </div>
      <div class="buttons">
        <!-- One button that changes its label (not two templates): keyboard focus stays on it. -->
        <button class="primary" @click=${() => sendCourseEvent(this, { type: running ? 'TIMER_PAUSE' : 'TIMER_START' })}>
          ${running ? t.timerPause : elapsed > 0 ? t.timerResume : t.timerStart}
        </button>
        <button @click=${() => sendCourseEvent(this, { type: 'TIMER_RESET' })}>${t.timerReset}</button>
      </div>
      <div role="alert" class=${over ? 'up' : 'visually-hidden'}>${over ? t.timerUpAlert : ''}</div>
    </div>`;
  }
}
customElements.define('sp-timer', SpTimer);
