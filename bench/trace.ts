/**
 * Main-thread CPU time of a launch, from a Chromium trace: the thread time (`tdur`, CPU time the
 * thread actually ran, not wall time: on a shared machine a preempted task would otherwise count the
 * other processes' work) of the top-level tasks on the renderer main thread of the LMS frame, from
 * the frame's document start to the first page interactive. A task crossing an edge of that window
 * counts pro rata. The launch probe (launch.ts) sets the two user-timing marks the window is read from.
 */
export const FRAME_START_MARK = 'samenspel-frame-start';
export const INTERACTIVE_MARK = 'samenspel-interactive';
/** Trace categories: top-level tasks, user timing marks, thread names. */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

/** The fields of a Chromium trace event this bench reads. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The launch window of a trace: the frame renderer's main thread, from document start to interactive (µs). */
export function launchWindow(events: TraceEvent[]): { pid: number; tid: number; start: number; end: number } | null {
  const last = (name: string) => events.filter((e) => e.name === name).sort((a, b) => b.ts - a.ts)[0];
  const end = last(INTERACTIVE_MARK);
  if (!end) return null;
  // The frame start of the same renderer, the last one before interactive (one launch per trace).
  const start = events.filter((e) => e.name === FRAME_START_MARK && e.pid === end.pid && e.ts <= end.ts).sort((a, b) => b.ts - a.ts)[0];
  if (!start) return null;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === end.pid && e.args?.name === 'CrRendererMain');
  return { pid: end.pid, tid: main?.tid ?? end.tid, start: start.ts, end: end.ts };
}

/** Milliseconds of main-thread CPU time in [frame start, interactive]; null when the marks are missing. */
export function launchCpuMs(traceJson: string): number | null {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const span = launchWindow(events);
  if (!span) return null;
  const { pid, tid } = span;
  let us = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== pid || e.tid !== tid || e.dur === undefined) continue;
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    const from = Math.max(e.ts, span.start);
    const to = Math.min(e.ts + e.dur, span.end);
    // CPU time of the part inside the window (wall time if the trace has no thread time).
    if (to > from) us += e.dur > 0 && e.tdur !== undefined ? (e.tdur * (to - from)) / e.dur : to - from;
  }
  return us / 1000;
}
