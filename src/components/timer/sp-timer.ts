import { LitElement, html } from 'lit';
import { t } from '../../i18n/nl.js';
import { sendCourseEvent } from '../send.js';
import { base } from '../styles/shared-styles.js';
import { timerStyles } from './sp-timer.styles.js';

/** `m:ss` */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** The meeting clock shown with an agenda item's timer: time spent on the agenda so far (paused part) and the plan. */
export interface MeetingClockInput {
  /** Meeting time without the running stretch. */
  baseMs: number;
  plannedMs: number;
}

/**
 * A visible, pausable discussion timer for one step. Counts down from the time box and
 * signals silently (visual text + screen reader alert, never colour alone) when time is up;
 * then counts the overrun. With `meeting` set (an item of the team meeting's agenda) it shows the
 * total meeting clock (`12:40 van 20:00`) and offers "+1 minuut" and "Volgende stap" instead of reset.
 * @property timeboxMinutes - length of the time box (extra minutes included)
 * @property elapsedMs - elapsed time (from the course state)
 * @property startedAt - epoch ms the running stretch started, or null when paused
 * @property meeting - the meeting clock, for agenda items
 * @property label - heading of the timer (e.g. the step), default "Timer"
 * @fires sp-send - TIMER_START, TIMER_PAUSE, TIMER_RESET, TIMER_EXTEND, STEP_NEXT
 * @csspart clock - the large clock
 * @cssproperty --sp-clock-size - size of the large clock
 * @cssproperty --sp-brand - clock frame while time remains
 * @cssproperty --sp-bad - clock frame and text once time is up
 * @cssproperty --sp-bad-soft - clock background once time is up
 */
export class SpTimer extends LitElement {
  static override properties = {
    timeboxMinutes: { attribute: false },
    elapsedMs: { attribute: false },
    startedAt: { attribute: false },
    meeting: { attribute: false },
    label: { attribute: false },
  };
  declare timeboxMinutes: number;
  declare elapsedMs: number;
  declare startedAt: number | null;
  declare meeting: MeetingClockInput | null;
  declare label: string;
  private tick: ReturnType<typeof setInterval> | null = null;

  constructor() {
    super();
    this.timeboxMinutes = 5;
    this.elapsedMs = 0;
    this.startedAt = null;
    this.meeting = null;
    this.label = t.timer;
  }

  static override styles = [base, timerStyles];

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
    const running = !!this.startedAt;
    const display = over ? t.timerOver(formatClock(elapsed - box)) : t.timerRemaining(formatClock(box - elapsed));
    const meeting = this.meeting;
    const meetingNow = meeting ? meeting.baseMs + (this.startedAt ? Math.max(0, Date.now() - this.startedAt) : 0) : 0;
    const meetingLate = meeting ? meetingNow > meeting.plannedMs : false;
    return html`<div class="timer ${over ? 'over' : ''}" role="group" aria-label=${t.timer}>
      <div>
        <div class="label">${this.label} · ${t.timeboxMinutes(this.timeboxMinutes)}</div>
        <div class="clock" part="clock" aria-hidden="true">${over ? `+${formatClock(elapsed - box)}` : formatClock(box - elapsed)}</div>
        <div class="visually-hidden">${display}</div>
      </div>
      ${
        meeting
          ? html`<p class="meeting">
              ${t.meetingClockLabel}:
              <span class=${meetingLate ? 'late' : ''}>${t.meetingClock(formatClock(meetingNow), formatClock(meeting.plannedMs))}</span>
            </p>`
          : ''
      }
      <div class="buttons">
        <!-- One button that changes its label (not two templates): keyboard focus stays on it. -->
        <button class="primary" @click=${() => sendCourseEvent(this, { type: running ? 'TIMER_PAUSE' : 'TIMER_START', now: Date.now() })}>
          ${running ? t.timerPause : elapsed > 0 ? t.timerResume : t.timerStart}
        </button>
        ${
          meeting
            ? html`<button @click=${() => sendCourseEvent(this, { type: 'TIMER_EXTEND' })}>${t.timerExtend}</button>
                <button @click=${() => sendCourseEvent(this, { type: 'STEP_NEXT', now: Date.now() })}>${t.stepNext}</button>`
            : html`<button @click=${() => sendCourseEvent(this, { type: 'TIMER_RESET' })}>${t.timerReset}</button>`
        }
      </div>
      <div role="alert" class=${over || meetingLate ? 'up' : 'visually-hidden'}>
        ${over ? t.timerUpAlert : ''} ${meetingLate ? t.meetingOverAlert : ''}
      </div>
    </div>`;
  }
}
customElements.define('sp-timer', SpTimer);

declare global {
  interface HTMLElementTagNameMap {
    'sp-timer': SpTimer;
  }
}
