import { describe, expect, it } from 'vitest';
import { FRAME_START_MARK, INTERACTIVE_MARK, launchCpuMs } from '../../bench/trace.js';

const PID = 7;
const MAIN = 1;
const meta = { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } };
const mark = (name: string, ts: number) => ({ name, ph: 'R', pid: PID, tid: MAIN, ts });
const task = (ts: number, dur: number, tdur: number | undefined, tid = MAIN, pid = PID) => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});
const trace = (...events: object[]) => JSON.stringify({ traceEvents: [meta, ...events] });

describe('launch CPU time from a Chromium trace', () => {
  it('sums thread (CPU) time, not wall time, of the main-thread tasks between the two marks', () => {
    // 10 ms of wall time of which the thread ran 4 ms (preempted by another process), and a 2 ms task.
    const json = trace(mark(FRAME_START_MARK, 1000), task(2000, 10_000, 4000), task(15_000, 2000, 2000), mark(INTERACTIVE_MARK, 20_000));
    expect(launchCpuMs(json)).toBeCloseTo(6, 5);
  });

  it('counts a task crossing the window edges pro rata, and nothing outside it', () => {
    const json = trace(
      task(0, 2000, 1000), // ends at 2000: half inside [1000, ...] -> 0.5 ms CPU
      mark(FRAME_START_MARK, 1000),
      task(9000, 2000, 2000), // half after interactive -> 1 ms
      mark(INTERACTIVE_MARK, 10_000),
      task(12_000, 5000, 5000), // after: not counted
    );
    expect(launchCpuMs(json)).toBeCloseTo(1.5, 5);
  });

  it('leaves out other threads and other renderers, and falls back to wall time without thread time', () => {
    const json = trace(
      mark(FRAME_START_MARK, 0),
      task(1000, 3000, 3000, 2), // compositor thread
      task(1000, 3000, 3000, MAIN, 8), // another renderer
      task(5000, 3000, undefined), // no tdur: 3 ms
      mark(INTERACTIVE_MARK, 10_000),
    );
    expect(launchCpuMs(json)).toBeCloseTo(3, 5);
  });

  it('is null when a mark is missing', () => {
    expect(launchCpuMs(trace(mark(FRAME_START_MARK, 0), task(10, 10, 10)))).toBeNull();
    expect(launchCpuMs(trace(task(10, 10, 10), mark(INTERACTIVE_MARK, 100)))).toBeNull();
  });
});
