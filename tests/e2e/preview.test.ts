/**
 * Preview for coordinators: `PORT=… npm run preview` (packaging/preview.ts) on a free port, a module
 * played a little in the LMS harness in real Chromium. The CMI panel shows a plain summary above the
 * raw list: the status and an answer in words (question text, chosen option text, right/wrong); the raw
 * values are never clipped (no cell narrower than its text, no word broken inside a short value) and
 * long ones (suspend_data) are folded, so no cell grows taller than a sane limit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModule } from '../../src/content/load-module.js';
import { launchBrowser, moduleFrame, type Standard } from '../support/browser.js';
import { REPO_ROOT } from '../support/fixtures.js';
import { answerQuestion, clickNext, currentQuestion, playPages } from '../support/learner.js';

const course = loadModule(`${REPO_ROOT}modules/casusbespreking`);
const quizIndex = course.pages.findIndex((p) => p.type === 'quiz');
const quizPage = course.pages[quizIndex];
if (quizPage.type !== 'quiz') throw new Error('fixture expectation: a graded quiz');

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

let preview: ChildProcess;
let url: string;
let browser: Browser;
let port: number;

beforeAll(async () => {
  port = await freePort();
  preview = spawn(process.execPath, ['--import', 'tsx', 'packaging/preview.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port) },
  });
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const m = /Samenspel preview: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (m) resolve(m[1]);
    };
    preview.stdout!.on('data', (d) => ((output += d), check()));
    preview.stderr!.on('data', (d) => (output += d));
    preview.once('exit', (code) => reject(new Error(`preview exited (${code}):\n${output}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  preview?.kill();
});

describe('preview for coordinators', () => {
  it('listens on the port PORT names', () => {
    expect(url).toBe(`http://127.0.0.1:${port}`);
  });

  it.each<Standard>(['scorm12', 'scorm2004'])(
    '%s: plain summary (status, answer in words) above an unclipped, folded raw CMI list',
    async (standard) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const launch = `/site/${course.id}-${standard}/index.html`;
      await page.goto(`${url}/lms/lms.html?std=${standard}&launch=${encodeURIComponent(launch)}&key=preview-${Date.now()}`);
      const frame = await moduleFrame(page);
      // Up to the graded quiz (the LMS interactions report holds its answers), then one right answer.
      await playPages(frame, course, 0, quizIndex - 1, { mode: 'alone' });
      await clickNext(frame, quizPage.title);
      const question = await currentQuestion(frame, quizPage.quiz);
      // The LMS holds the authored option ids, sorted: the summary names their texts in that order.
      const chosen = question.options
        .filter((o) => o.correct)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((o) => o.text);
      await answerQuestion(frame, question, true);

      const summary = page.locator('#summary');
      // The status in words, while the module is not finished yet.
      await expect
        .poll(() => summary.locator('dt:has-text("Status") + dd').textContent())
        .toBe(standard === 'scorm12' ? 'Bezig, nog niet afgerond' : 'Nog niet afgerond, nog geen toetsresultaat');
      // The answer in words: the question text, the chosen option's text, right.
      const answer = summary.locator('.answers li').filter({ hasText: question.prompt });
      await expect.poll(() => answer.count()).toBe(1);
      expect(await answer.locator('.chosen').textContent()).toBe(`Gekozen: ${chosen.join('; ')}`);
      expect(await answer.locator('.result').textContent()).toBe('goed (poging 1)');
      for (const label of ['Score', 'Tijd', 'Voortgang']) expect(await summary.locator(`dt:has-text("${label}")`).count()).toBe(1);
      // Objectives by their titles.
      const objective = course.objectives.find((o) => o.id === question.objective) ?? course.objectives[0];
      await expect.poll(() => summary.locator('li', { hasText: objective.title }).count()).toBeGreaterThan(0);

      // The summary sits above the raw list.
      const [summaryBox, rawBox] = await Promise.all([summary.boundingBox(), page.locator('#cmi').boundingBox()]);
      expect(summaryBox!.y + summaryBox!.height).toBeLessThanOrEqual(rawBox!.y);

      // Raw list: wait until suspend_data is there, then measure every cell.
      await page.locator('#cmi th', { hasText: 'cmi.suspend_data' }).waitFor();
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableCellElement>('#cmi td.value')].map((td) => {
          const key = td.parentElement!.querySelector('th')!.textContent!;
          const text = td.firstChild?.nodeType === Node.TEXT_NODE ? (td.firstChild as Text) : null;
          let lines = 1;
          if (text && text.data.length <= 30 && !/\s/.test(text.data)) {
            const range = document.createRange();
            range.selectNodeContents(text);
            lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          }
          return {
            key,
            scroll: td.scrollWidth,
            client: td.clientWidth,
            height: td.getBoundingClientRect().height,
            folded: !!td.querySelector('details'),
            lines,
          };
        }),
      );
      expect(cells.length).toBeGreaterThan(10);
      const status = standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
      expect(cells.find((c) => c.key === status)).toMatchObject({ lines: 1 }); // "incomplete", not "incompl ete"
      expect(cells.filter((c) => c.scroll > c.client)).toEqual([]);
      expect(cells.filter((c) => c.lines > 1)).toEqual([]);
      expect(cells.filter((c) => c.height > 120)).toEqual([]);
      expect(cells.find((c) => c.key === 'cmi.suspend_data')).toMatchObject({ folded: true });

      // Unfolded, the long value is all there, wrapped inside the panel (no sideways scrolling).
      const suspendRow = page.locator('#cmi tr', { has: page.locator('th', { hasText: 'cmi.suspend_data' }) });
      await suspendRow.locator('summary').click();
      const unfolded = await suspendRow
        .locator('td')
        .evaluate((td) => ({ scroll: td.scrollWidth, client: td.clientWidth, text: td.querySelector('pre')!.textContent! }));
      expect(unfolded.scroll).toBeLessThanOrEqual(unfolded.client);
      const held = await page.evaluate(() => (window as any).harness.get('cmi.suspend_data'));
      expect(JSON.parse(unfolded.text)).toEqual(JSON.parse(held));
      await context.close();
    },
  );
});
