/** The printed table: one column per package and standard (the two floors last), one line per figure, budgets with PASS/FAIL. */
import type { Standard } from '../tests/support/browser.js';
import type { LaunchSample } from './launch.js';
import { kb, ms, type Spread } from './stats.js';
import type { Traffic, Typing } from './traffic.js';
import type { Weight } from './weight.js';

export const BUDGETS = {
  jsCssRaw: 90 * 1024,
  jsCssGzip: 30 * 1024,
  interactiveMs: 500,
  /** Full build of every package, wall seconds (quiet machine). */
  buildSeconds: 15,
  /** Main-thread CPU time from document start to interactive, as a multiple of the floor's (Chromium trace). */
  launchCpuRatio: 1.5,
  commitsPerPageChange: 1,
  /** Commits caused by steady typing, per 2 seconds of typing. */
  commitsPer2sTyping: 1,
  /** Text reaches the LMS this soon after the learner stops typing. */
  typingToCommitMs: 2000,
  unchangedSetValues: 0,
};

export interface LaunchResult {
  /** CPU throttling rate -> launch samples. */
  byRate: Record<
    string,
    {
      interactive: Spread;
      /** Main-thread CPU ms (trace), null when no sample was traced. */
      cpu: Spread | null;
      cpuRatioToFloor: number | null;
      /** Main-thread CPU ms of the same first page as static HTML without script (median), modules only. */
      staticCpu: number | null;
      cpuRatioToStatic: number | null;
      domContentLoaded: Spread;
      ratioToFloor: number | null;
      samples: LaunchSample[];
    }
  >;
  /** Package files requested at launch (first measured run) and their bytes. */
  launchFiles: string[];
  launchBytes: number;
  /** Whether any launch inside the harness requested embedded-lms.js. */
  embeddedRequested: boolean;
  /** Whether every launch found the LMS (Initialize called) rather than falling back to standalone. */
  allInitialized: boolean;
}

export interface ColumnResult {
  name: string;
  kind: 'module' | 'course' | 'floor';
  standard: Standard;
  weight: Weight;
  launch: LaunchResult | null;
  traffic: Traffic | null;
}

export interface Row {
  label: string;
  cells: string[];
  budget?: string;
  verdict?: 'PASS' | 'FAIL' | '';
  section?: boolean;
}

type Check = (c: ColumnResult) => boolean | null;

const STD_LABEL: Record<Standard, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };

function row(label: string, columns: ColumnResult[], value: (c: ColumnResult) => string | null, budget?: string, ok?: Check): Row {
  const cells = columns.map((c) => value(c) ?? '—');
  if (!budget || !ok) return { label, cells };
  // Budgets apply to the packages; the floor is the reference, not judged.
  const verdicts = columns
    .filter((c) => c.kind !== 'floor')
    .map(ok)
    .filter((v): v is boolean => v !== null);
  const failing = columns.map((c) => c.kind !== 'floor' && ok(c) === false);
  return {
    label,
    cells: cells.map((cell, i) => (failing[i] ? `${cell} ✗` : cell)),
    budget,
    verdict: verdicts.length === 0 ? '' : verdicts.every(Boolean) ? 'PASS' : 'FAIL',
  };
}

/** Commits per 2 seconds over the stretch from the first keystroke until the text was committed. */
const typingRate = (t: Typing) => t.commits / Math.max(1, t.spanSeconds / 2);

const section = (label: string, n: number): Row => ({ label, cells: Array(n).fill(''), section: true });

export function buildRows(columns: ColumnResult[], cpuThrottle: number): Row[] {
  const n = columns.length;
  const rate = (c: ColumnResult, r: string) => c.launch?.byRate[r] ?? null;
  const rows: Row[] = [section('Weight', n)];
  rows.push(row('files in package', columns, (c) => String(c.weight.files)));
  rows.push(row('zip', columns, (c) => kb(c.weight.zipBytes)));
  rows.push(
    row(
      'JS+CSS at launch in LMS, raw',
      columns,
      (c) => kb(c.weight.jsCss.raw),
      `≤ ${BUDGETS.jsCssRaw / 1024} KB`,
      (c) => c.weight.jsCss.raw <= BUDGETS.jsCssRaw,
    ),
  );
  rows.push(
    row(
      'JS+CSS at launch in LMS, gzip',
      columns,
      (c) => kb(c.weight.jsCss.gzip),
      `≤ ${BUDGETS.jsCssGzip / 1024} KB`,
      (c) => c.weight.jsCss.gzip <= BUDGETS.jsCssGzip,
    ),
  );
  rows.push(row('JS+CSS total in LMS (+ after first paint), raw', columns, (c) => kb(c.weight.jsCssTotal.raw)));
  rows.push(row('JS+CSS total in LMS (+ after first paint), gzip', columns, (c) => kb(c.weight.jsCssTotal.gzip)));
  rows.push(row('standalone embedded-lms.js raw', columns, (c) => (c.weight.standalone ? kb(c.weight.standalone.raw) : null)));
  rows.push(row('standalone embedded-lms.js gzip', columns, (c) => (c.weight.standalone ? kb(c.weight.standalone.gzip) : null)));
  rows.push(row('content: launch page(s) raw', columns, (c) => kb(c.weight.content.html)));
  rows.push(row('  of which course JSON', columns, (c) => (c.weight.content.courseJson ? kb(c.weight.content.courseJson) : null)));
  rows.push(row('content: media raw', columns, (c) => kb(c.weight.content.media)));
  rows.push(row('content: html+media gzip', columns, (c) => kb(c.weight.content.gzip)));
  rows.push(
    row('loaded at launch (files, raw)', columns, (c) =>
      c.launch ? `${c.launch.launchFiles.length} · ${kb(c.launch.launchBytes)}` : null,
    ),
  );
  rows.push(
    row(
      'embedded-lms.js requested in LMS',
      columns,
      (c) => (c.launch && c.kind !== 'floor' ? (c.launch.embeddedRequested ? 'yes' : 'no') : null),
      'never',
      (c) => (c.launch ? !c.launch.embeddedRequested && c.launch.allInitialized : null),
    ),
  );

  for (const r of ['1', String(cpuThrottle)]) {
    const title = r === '1' ? 'unthrottled' : `${r}× CPU throttling`;
    rows.push(section(`Launch: first page interactive, ${title}`, n));
    const budget = r === '1' ? `≤ ${BUDGETS.interactiveMs} ms` : undefined;
    rows.push(
      row(
        'median',
        columns,
        (c) => (rate(c, r) ? ms(rate(c, r)!.interactive.median) : null),
        budget,
        budget ? (c) => (rate(c, r) ? rate(c, r)!.interactive.median <= BUDGETS.interactiveMs : null) : undefined,
      ),
    );
    rows.push(
      row('min – max', columns, (c) =>
        rate(c, r) ? `${Math.round(rate(c, r)!.interactive.min)}–${Math.round(rate(c, r)!.interactive.max)} ms` : null,
      ),
    );
    rows.push(
      row('ratio to floor (median/median)', columns, (c) => (rate(c, r)?.ratioToFloor ? `${rate(c, r)!.ratioToFloor!.toFixed(2)}×` : null)),
    );
    rows.push(row('main-thread CPU to interactive, median', columns, (c) => (rate(c, r)?.cpu ? ms(rate(c, r)!.cpu!.median) : null)));
    rows.push(
      row('  CPU min – max', columns, (c) =>
        rate(c, r)?.cpu ? `${Math.round(rate(c, r)!.cpu!.min)}–${Math.round(rate(c, r)!.cpu!.max)} ms` : null,
      ),
    );
    rows.push(
      row(
        '  CPU ratio to floor',
        columns,
        (c) => (rate(c, r)?.cpuRatioToFloor ? `${rate(c, r)!.cpuRatioToFloor!.toFixed(2)}×` : null),
        `≤ ${BUDGETS.launchCpuRatio}×`,
        (c) => (rate(c, r)?.cpuRatioToFloor ? rate(c, r)!.cpuRatioToFloor! <= BUDGETS.launchCpuRatio : null),
      ),
    );
    rows.push(
      row('  CPU of the same page as static HTML (no script)', columns, (c) => (rate(c, r)?.staticCpu ? ms(rate(c, r)!.staticCpu!) : null)),
    );
    rows.push(
      row('  CPU ratio to that static page', columns, (c) =>
        rate(c, r)?.cpuRatioToStatic ? `${rate(c, r)!.cpuRatioToStatic!.toFixed(2)}×` : null,
      ),
    );
  }

  rows.push(section('LMS traffic: one full play-through (alone, right answers)', n));
  rows.push(
    row('GetValue / SetValue / Commit', columns, (c) =>
      c.traffic ? `${c.traffic.calls.GetValue} / ${c.traffic.calls.SetValue} / ${c.traffic.calls.Commit}` : null,
    ),
  );
  rows.push(
    row(
      'commits per page change, max / mean',
      columns,
      (c) => (c.traffic ? `${c.traffic.commitsPerPageChange.max} / ${c.traffic.commitsPerPageChange.mean.toFixed(2)}` : null),
      `≤ ${BUDGETS.commitsPerPageChange}`,
      (c) => (c.traffic ? c.traffic.commitsPerPageChange.max <= BUDGETS.commitsPerPageChange : null),
    ),
  );
  rows.push(
    row('commits at launch / answering / finish', columns, (c) =>
      c.traffic ? `${c.traffic.commitsAtLaunch} / ${c.traffic.commitsWhileAnswering} / ${c.traffic.commitsAtFinish}` : null,
    ),
  );
  const typing = (c: ColumnResult) => c.traffic?.typing ?? null;
  rows.push(
    row('typing: keystrokes / seconds / commits', columns, (c) =>
      typing(c) ? `${typing(c)!.keystrokes} / ${typing(c)!.seconds.toFixed(1)} s / ${typing(c)!.commits}` : null,
    ),
  );
  rows.push(
    row(
      'typing: commits per 2 s (first key → text committed)',
      columns,
      (c) => (typing(c) ? typingRate(typing(c)!).toFixed(2) : null),
      `≤ ${BUDGETS.commitsPer2sTyping}`,
      (c) => (typing(c) ? typingRate(typing(c)!) <= BUDGETS.commitsPer2sTyping : null),
    ),
  );
  rows.push(
    row(
      'typing: last keystroke → text committed',
      columns,
      (c) => (typing(c) ? (typing(c)!.lastKeyToCommitMs === null ? 'not committed' : ms(typing(c)!.lastKeyToCommitMs!)) : null),
      `≤ ${BUDGETS.typingToCommitMs} ms`,
      (c) => (typing(c) ? typing(c)!.lastKeyToCommitMs !== null && typing(c)!.lastKeyToCommitMs! <= BUDGETS.typingToCommitMs : null),
    ),
  );
  rows.push(
    row(
      'SetValues of an unchanged value',
      columns,
      (c) => (c.traffic ? String(c.traffic.unchangedSetValues) : null),
      `${BUDGETS.unchangedSetValues}`,
      (c) => (c.traffic ? c.traffic.unchangedSetValues <= BUDGETS.unchangedSetValues : null),
    ),
  );
  rows.push(row('SetValues refused by the LMS', columns, (c) => (c.traffic ? String(c.traffic.rejectedSetValues) : null)));
  rows.push(row('largest suspend_data (chars)', columns, (c) => (c.traffic ? String(c.traffic.maxSuspendData) : null)));
  return rows;
}

export function renderTable(columns: ColumnResult[], rows: Row[]): string {
  const head1 = ['', ...columns.map((c) => c.name), 'budget', ''];
  const head2 = ['', ...columns.map((c) => STD_LABEL[c.standard]), '', ''];
  const body = rows.map((r) => [r.label, ...r.cells, r.budget ?? '', r.verdict ?? '']);
  const widths = head1.map((_, i) =>
    Math.max(...[head1, head2, ...body.filter((_, j) => !rows[j].section)].map((cells) => cells[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(head1), line(head2)];
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].section) out.push(`${'─'.repeat(2)} ${rows[i].label} ${'─'.repeat(Math.max(2, total - rows[i].label.length - 4))}`);
    else out.push(line(body[i]));
  }
  return out.join('\n');
}
