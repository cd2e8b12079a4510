/** Time formats of the two SCORM standards. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` in the run-time (`cmi`), or `HH:MM:SS` in whole seconds for
 * the manifest's metadata (`manifest`, hours at least two digits).
 */
export function formatScorm12Timespan(ms: number, style: 'cmi' | 'manifest' = 'cmi'): string {
  if (style === 'manifest') {
    const total = Math.max(0, Math.round(ms / 1000));
    return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  }
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total - hours * 3600 - minutes * 60;
  return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** Minutes as a SCORM 1.2 manifest timespan, e.g. 20 → `00:20:00`. */
export function timespan12(minutes: number): string {
  return formatScorm12Timespan(minutes * 60_000, 'manifest');
}

/** SCORM 1.2 CMITime `HH:MM:SS` (local clock time). */
export function formatScorm12Time(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** ISO 8601 duration for SCORM 2004, e.g. `PT1H2M3.5S`. */
export function formatIso8601Duration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || out === 'PT') out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/** Minutes as an ISO 8601 duration (manifest `typicalLearningTime`), e.g. 20 → `PT20M`, 90 → `PT1H30M`, 0 → `PT0S`. */
export function isoDuration(minutes: number): string {
  return formatIso8601Duration(minutes * 60_000);
}

/** SCORM 2004 time(second,10,0) timestamp, local time without zone: `2026-11-25T10:00:00`. */
export function formatIsoTimestamp(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
