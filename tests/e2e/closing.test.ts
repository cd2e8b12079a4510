/**
 * The closing page on the BUILT packages, in real Chromium: played to the end, axe 0 violations, screenshots at
 * phone / laptop / large screen, *Mijn verslag* printed to PDF (A4, page count, no navigation chrome in its text),
 * Afronden → the LMS gets Terminate exactly once and nothing after (also not on pagehide), and a popup opened by
 * the LMS closes itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { loadModule } from '../../src/content/load-module.js';
import { t } from '../../src/i18n/nl.js';
import { axeFindings, settle } from '../support/a11y.js';
import { launchBrowser, moduleFrame, servePackage, type ServedPackage, type Standard } from '../support/browser.js';
import { harnessLog } from '../support/harness.js';
import { addActionRow, clickNext, playPages } from '../support/learner.js';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots', 'closing');
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'large', width: 1920, height: 1080 },
] as const;
/** Words of the player's navigation that must never be in the printed report. */
const CHROME = [t.prev, t.next, t.finish, t.reportPrint, t.tocOpen, t.toc];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

/**
 * Labels and headings of the report that must never end a printed page (their content would start on the
 * next one): section headings, the page title above each answer and the answer's question (both modes).
 */
function reportLabels(course: ReturnType<typeof loadModule>): string[] {
  const fields = course.pages.flatMap((p) =>
    p.type === 'reflection' ? p.fields : p.type === 'step' || p.type === 'team' ? [p.notes] : [],
  );
  const titles = course.pages.filter((p) => p.type === 'reflection' || p.type === 'step' || p.type === 'team').map((p) => p.title);
  const headings = [
    t.closingResultTitle,
    t.closingGoals,
    t.closingGoalsOpen,
    t.closingOwn,
    t.closingOwnTeam,
    t.actionsCaption,
    t.closingNext,
  ];
  return [...headings, ...titles, ...fields.flatMap((f) => [f.label, ...(f.teamLabel ? [f.teamLabel] : [])])];
}

/** The labels a printed page (not the last) ends with: each one is a heading left alone at the page bottom. */
function orphanedLabels(pages: string[], labels: string[]): string[] {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return pages
    .slice(0, -1)
    .flatMap((text, i) => labels.filter((l) => squash(text).endsWith(squash(l))).map((l) => `page ${i + 1} ends with "${l}"`));
}

const heading = (frame: Frame, name: string) => frame.getByRole('heading', { level: 2, name, exact: true });

/** Plays the module to its closing page (alone), every field filled with a readable answer. */
async function playToClosing(frame: Frame, course: ReturnType<typeof loadModule>): Promise<void> {
  const last = course.pages.length - 1;
  await playPages(frame, course, 0, last, {
    mode: 'alone',
    text: (id) => `Mijn antwoord bij ${id}: ik bespreek dit met Fatima Yilmaz en het netwerk van mevrouw Jansen.`,
  });
  await heading(frame, course.pages[last].title).waitFor();
}

/** Screenshots of the page at the three viewports (full page), named `<module>-<what>-<viewport>.png`. */
async function shoot(page: Page, name: string, frame: Frame): Promise<string[]> {
  const files: string[] = [];
  for (const v of VIEWPORTS) {
    await page.setViewportSize({ width: v.width, height: v.height });
    await settle(frame);
    const file = join(SHOTS, `${name}-${v.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  return files;
}

describe('closing page in a popup opened by the LMS (scorm2004): report, PDF, Afronden closes the window', () => {
  const course = loadModule('modules/casusbespreking');
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage('casusbespreking-scorm2004.zip');
  });
  afterAll(async () => served?.close());

  it('plays to the closing page, prints Mijn verslag to A4 PDF without chrome, Afronden → Terminate once, the popup closes', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    await page.goto(served.harnessUrl('scorm2004' as Standard, { key: 'closing-popup', popup: '1' }));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#open-popup')]);
    popup.on('pageerror', (e) => errors.push(e.message));
    await popup.waitForSelector('sp-player');
    const frame = popup.mainFrame();
    await playToClosing(frame, course);

    // The closing page: result with the rule in words, goals, own answers, next steps, Afronden.
    const text = (await frame.locator('sp-page-closing [part="report"]').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/Je had \d+ van de \d+ vragen goed\. Nodig om te slagen: \d+ van de \d+ goed\./);
    expect(text).toContain(t.closingGoals);
    expect(text).toContain('Mijn antwoord bij stap-1-notes');
    expect(text).toContain(t.closingNext);
    await frame.getByRole('button', { name: t.finish, exact: true }).waitFor();
    expect(await frame.getByRole('button', { name: t.next, exact: true }).count()).toBe(0);
    expect(await axeFindings(popup, 'closing page')).toEqual([]);
    await shoot(popup, 'casusbespreking-closing', frame);

    // Mijn verslag: print media, A4 PDF.
    await popup.emulateMedia({ media: 'print' });
    for (const v of VIEWPORTS) {
      await popup.setViewportSize({ width: v.width, height: v.height });
      await settle(frame);
      await popup.screenshot({ path: join(SHOTS, `casusbespreking-report-${v.name}.png`), fullPage: true });
    }
    await popup.setViewportSize({ width: 1366, height: 768 });
    const pdf = await popup.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(SHOTS, 'casusbespreking-report.pdf'), pdf);
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text: pages } = await extractText(doc, { mergePages: false });
    const printed = pages.join('\n');
    writeFileSync(join(SHOTS, 'casusbespreking-report.txt'), `${totalPages} pages\n${printed}`);
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(totalPages).toBeLessThanOrEqual(4);
    expect(printed).toContain(`${t.reportTitle}: ${course.title}`);
    expect(printed).toMatch(/Je had \d+ van de \d+ vragen goed/);
    expect(printed).toContain('Fatima Yilmaz'); // own answers printed, names whole
    expect(orphanedLabels(pages, reportLabels(course))).toEqual([]);
    for (const word of CHROME) expect(printed, `"${word}" printed`).not.toMatch(new RegExp(`(^|\\s)${word}(\\s|$)`));
    await popup.emulateMedia({ media: 'screen' });

    // Afronden: Terminate once, then the popup closes itself.
    const before = (await harnessLog(page)).length;
    expect((await harnessLog(page)).filter((c) => c.call === 'Terminate')).toHaveLength(0);
    await Promise.all([popup.waitForEvent('close'), frame.getByRole('button', { name: t.finish, exact: true }).click()]);
    await page.waitForFunction(() => (window as any).harness.calls.Terminate === 1);
    const log = await harnessLog(page);
    const terminates = log.filter((c) => c.call === 'Terminate');
    expect(terminates).toHaveLength(1);
    expect(log.at(-1)!.call).toBe('Terminate');
    expect(log.slice(before).some((c) => c.call === 'Commit' || c.call === 'SetValue')).toBe(true); // final values written first
    const cmi = await page.evaluate(() => (window as any).harness.cmi());
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('passed');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('closing page in an LMS frame (scorm12): Afronden, then nothing reaches the LMS', () => {
  const course = loadModule('modules/professionele-ruimte');
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage('professionele-ruimte-scorm12.zip');
  });
  afterAll(async () => served?.close());

  it('Afronden → Terminate exactly once; "Je bent klaar"; pagehide afterwards calls nothing; print of the report has no chrome', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(served.harnessUrl('scorm12', { key: 'closing-frame' }));
    const frame = await moduleFrame(page);
    await playToClosing(frame, course);
    expect(await axeFindings(page, 'closing page (frame)', 'iframe#sco')).toEqual([]);

    await frame.getByRole('button', { name: t.finish, exact: true }).click();
    await frame.getByRole('heading', { level: 2, name: t.finishedTitle }).waitFor();
    await expect.poll(() => frame.evaluate(() => document.title)).toBe(`${t.finishedTitle} – ${course.title}`);
    expect(await frame.getByText(t.finishedBody).count()).toBe(1);
    expect(await frame.getByRole('button', { name: t.finish, exact: true }).count()).toBe(0);
    await page.waitForFunction(() => (window as any).harness.calls.Terminate === 1);
    expect(await axeFindings(page, 'finished', 'iframe#sco')).toEqual([]);
    const afterFinish = (await harnessLog(page)).length;
    const cmi = await page.evaluate(() => (window as any).harness.cmi());
    expect(cmi.core.lesson_status).toBe('passed');

    // The learner hides the tab and closes the module: no further LMS call of any kind.
    await frame.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() => (document.getElementById('sco') as HTMLIFrameElement).contentWindow?.location.href === 'about:blank');
    const log = await harnessLog(page);
    expect(log.length).toBe(afterFinish);
    expect(log.filter((c) => c.call === 'Terminate')).toHaveLength(1);
    await context.close();
  });

  it('the report of a frame launch prints without navigation chrome (PDF text)', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // The module's own page (embedded LMS), so the PDF is the module's print, not the harness around it.
    await page.goto(`${served.url}/index.html`);
    await page.waitForSelector('sp-player');
    const frame = page.mainFrame();
    await playToClosing(frame, course);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, 'professionele-ruimte-report.pdf'), pdf);
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    writeFileSync(join(SHOTS, 'professionele-ruimte-report.txt'), `${totalPages} pages\n${text}`);
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(totalPages).toBeLessThanOrEqual(3);
    expect(text).toContain(t.closingNext);
    for (const word of CHROME) expect(text, `"${word}" printed`).not.toMatch(new RegExp(`(^|\\s)${word}(\\s|$)`));
    await page.emulateMedia({ media: 'screen' });
    await shoot(page, 'professionele-ruimte-closing', frame);
    await frame.getByRole('button', { name: t.finish, exact: true }).click();
    await frame.getByRole('heading', { level: 2, name: t.finishedTitle }).waitFor();
    expect(await axeFindings(page, 'finished (module page)')).toEqual([]);
    await shoot(page, 'professionele-ruimte-finished', frame);
    await context.close();
  });
});

describe('the team report (casusbespreking team meeting, scorm12): team heading and labels, no heading alone at a page end', () => {
  const course = loadModule('modules/casusbespreking');
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage('casusbespreking-scorm12.zip');
  });
  afterAll(async () => served?.close());

  it('shows the notes under "Jullie notities per stap" with the labels of the step pages, and prints them kept together', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${served.url}/index.html`);
    await page.waitForSelector('sp-player');
    const frame = page.mainFrame();
    const last = course.pages.length - 1;
    await playPages(frame, course, 0, last, {
      mode: 'team',
      participants: ['Fatima Yilmaz', 'Bram'],
      text: (id) => `Notitie bij ${id}: de inbrenger wil weten hoe de dochter en de buurvrouw mee kunnen doen. `.repeat(3).trim(),
    });
    await heading(frame, course.pages[last].title).waitFor();
    const report = frame.locator('sp-page-closing [part="report"]');
    await report.getByRole('heading', { name: t.closingOwnTeam, exact: true }).waitFor();
    expect(await report.getByRole('heading', { name: t.closingOwn, exact: true }).count()).toBe(0);
    const text = (await report.innerText()).replace(/\s+/g, ' ');
    const steps = course.pages.filter((p) => p.type === 'step');
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      if (step.type !== 'step') continue;
      expect(step.notes.teamLabel, step.id).toBeTruthy();
      expect(text).toContain(step.notes.teamLabel);
      if (step.notes.label !== step.notes.teamLabel) expect(text).not.toContain(step.notes.label);
    }

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, 'casusbespreking-team-report.pdf'), pdf);
    const { totalPages, text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    writeFileSync(join(SHOTS, 'casusbespreking-team-report.txt'), `${totalPages} pages\n${pages.join('\n--- page ---\n')}`);
    expect(totalPages).toBeGreaterThan(1); // the check below has page ends to look at
    expect(pages.join(' ')).toContain(t.closingOwnTeam);
    expect(orphanedLabels(pages, reportLabels(course))).toEqual([]);
    await context.close();
  });
});

describe('actielijst in print (team meeting, scorm12): columns by content, names whole, Wat grows, headings kept with text', () => {
  const course = loadModule('modules/casusbespreking');
  const at = course.pages.findIndex((p) => p.type === 'actions');
  let served: ServedPackage;
  beforeAll(async () => {
    served = await servePackage('casusbespreking-scorm12.zip');
  });
  afterAll(async () => served?.close());

  /** Words of the printed actielijst cells that the layout broke over two lines (a word has one box per line). */
  const brokenWords = (frame: Frame) =>
    frame.evaluate(() => {
      const broken: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.shadowRoot) walk(el.shadowRoot);
          if (!(el.matches('td .cell') || el.matches('td')) || !el.checkVisibility()) continue;
          for (const node of Array.from(el.childNodes)) {
            if (node.nodeType !== Node.TEXT_NODE) continue;
            const text = node.textContent ?? '';
            for (const m of text.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index!);
              range.setEnd(node, m.index! + m[0].length);
              const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
              if (lines.size > 1) broken.push(m[0]);
            }
          }
        }
      };
      walk(document);
      return broken;
    });

  it('prints the actielijst and the closing report without a name broken mid-word, at A4 width', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(served.harnessUrl('scorm12', { key: 'closing-actions' }));
    const frame = await moduleFrame(page);
    await playPages(frame, course, 0, at - 1, { mode: 'team', participants: ['Fatima Yilmaz', 'Mohammed El Idrissi', 'Bram'] });
    await clickNext(frame, course.pages[at].title);
    const longWhat = 'Belt de dochter over de weekplanning en vraagt of de buurvrouw op dinsdag en donderdag kan koken; '.repeat(2).trim();
    await addActionRow(frame, 1, { who: 'Fatima Yilmaz-Bouzerda', what: longWhat, when: 'vrijdag 12 december' });
    await addActionRow(frame, 2, {
      who: 'Mohammed El Idrissi',
      what: 'Vraagt het steunpunt mantelzorg om een respijtplek.',
      when: 'binnen twee weken',
    });
    // On screen (laptop and large screen): a full name in Wie and a date in Wanneer show whole.
    for (const width of [1366, 1920]) {
      await page.setViewportSize({ width, height: width === 1366 ? 768 : 1080 });
      for (const name of ['Actie 1: Wie', 'Actie 1: Wanneer', 'Actie 2: Wie', 'Actie 2: Wanneer']) {
        const field = frame.getByRole('textbox', { name, exact: true });
        const fit = await field.evaluate((el) => ({
          scroll: el.scrollWidth,
          client: el.clientWidth,
          value: (el as HTMLInputElement).value,
        }));
        expect(fit.scroll, `${width}: "${fit.value}" fits in ${name}`).toBeLessThanOrEqual(fit.client);
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    // Wat grows with its text: nothing hidden behind a scrollbar.
    const what = frame.getByRole('textbox', { name: 'Actie 1: Wat', exact: true });
    expect(await what.evaluate((el) => el.scrollHeight <= el.clientHeight + 2)).toBe(true);
    expect(await what.evaluate((el) => el.clientHeight)).toBeGreaterThan(40);

    // Print at A4 width (210 mm − margins ≈ 670 CSS px): names whole, every heading kept with what follows.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    await settle(frame);
    expect(await brokenWords(frame)).toEqual([]);
    // Wie and Wanneer sized by content: "binnen twee weken" and the names take at most two lines next to the wide Wat.
    const printedLines = await frame.locator('sp-page-actions').evaluate((el) =>
      Array.from(el.shadowRoot!.querySelectorAll('tbody tr')).flatMap((tr) =>
        [0, 2].map((col) => {
          const cell = tr.querySelectorAll('td')[col].querySelector('.cell')!;
          const range = document.createRange();
          range.selectNodeContents(cell);
          return { text: cell.textContent ?? '', lines: new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size };
        }),
      ),
    );
    expect(printedLines.map((c) => c.text)).toEqual([
      'Fatima Yilmaz-Bouzerda',
      'vrijdag 12 december',
      'Mohammed El Idrissi',
      'binnen twee weken',
    ]);
    for (const c of printedLines) expect(c.lines, `"${c.text}" in print`).toBeLessThanOrEqual(2);
    expect(printedLines[3].lines, '"binnen twee weken" on one line').toBe(1);
    const headingBreaks = await frame.evaluate(() => {
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.shadowRoot) walk(el.shadowRoot);
          if (/^H[2-4]$/.test(el.tagName) && el.checkVisibility()) out.push(getComputedStyle(el).breakAfter);
        }
      };
      walk(document);
      return out;
    });
    expect(headingBreaks.length).toBeGreaterThan(0);
    expect(new Set(headingBreaks)).toEqual(new Set(['avoid']));
    await page.screenshot({ path: join(SHOTS, 'casusbespreking-actielijst-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await context.close();
  });
});
