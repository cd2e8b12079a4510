import { describe, expect, it } from 'vitest';
import type { CourseEvent } from '../../machines/course-machine.js';
import { SEND_EVENT } from '../send.js';
import { formatClock } from './sp-timer.js';

describe('sp-timer', () => {
  it('formats the clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_400)).toBe('1:05');
  });

  it('shows the time left, sends start/pause/reset, and alerts silently when time is up', async () => {
    const el = document.createElement('sp-timer');
    el.timeboxMinutes = 4;
    el.elapsedMs = 60_000;
    el.startedAt = null;
    const sent: CourseEvent[] = [];
    el.addEventListener(SEND_EVENT, (e) => sent.push((e as CustomEvent<CourseEvent>).detail));
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.clock')?.textContent).toBe('3:00');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Hervat timer', 'Zet timer terug']);
    buttons[0].click();
    buttons[1].click();
    expect(sent.map((e) => e.type)).toEqual(['TIMER_START', 'TIMER_RESET']);
    expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBe('');
    el.elapsedMs = 4 * 60_000 + 5_000;
    await el.updateComplete;
    expect(root.querySelector('.timer')?.classList.contains('over')).toBe(true);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('De tijd voor deze stap is om.');
    el.remove();
  });

  it('in the meeting: shows the meeting clock, sends +1 minuut and Volgende stap, no reset; time-outs in text', async () => {
    const el = document.createElement('sp-timer');
    el.timeboxMinutes = 5;
    el.elapsedMs = 2 * 60_000;
    el.startedAt = null;
    el.meeting = { baseMs: 12 * 60_000 + 40_000, plannedMs: 20 * 60_000 };
    const sent: CourseEvent[] = [];
    el.addEventListener(SEND_EVENT, (e) => sent.push((e as CustomEvent<CourseEvent>).detail));
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.meeting')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Vergadering: 12:40 van 20:00');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Hervat timer', '+1 minuut', 'Volgende stap']);
    buttons[1].click();
    buttons[2].click();
    expect(sent.map((e) => e.type)).toEqual(['TIMER_EXTEND', 'STEP_NEXT']);
    el.meeting = { baseMs: 21 * 60_000, plannedMs: 20 * 60_000 };
    el.elapsedMs = 6 * 60_000;
    await el.updateComplete;
    const alert = root.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('De tijd voor deze stap is om.');
    expect(alert).toContain('De geplande tijd van de bespreking is om.');
    el.remove();
  });
});
