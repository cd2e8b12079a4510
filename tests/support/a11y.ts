/**
 * Accessibility and layout checks for the e2e tests: a tour that visits every page of a module
 * (and the in-between states that look different: quiz feedback and results, a running and an
 * overrun timer, the team set-up, the resume prompt), axe-core, overflow and focus helpers.
 */
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import type { ChoiceQuestion, Course, QuestionSet } from '../../src/content/types.js';
import { pathIndices } from '../../src/machines/learner-state.js';
import { formatTeamCode, generateTeamCode } from '../../src/machines/team-code.js';
import { askedCount, currentQuestion } from './learner.js';
import { notesFor } from '../../src/machines/mode-view.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type Mode = 'alone' | 'team' | 'joined';

export interface TourOptions {
  mode: Mode;
  /** Also visit in-between states (feedback, results, timer, resume prompt). Default true. */
  states?: boolean;
  /** The module's frame (harness) — default the page's main frame (standalone launch). */
  frame?: Frame;
  /** Visit the feedback state after every question, or only after the first one of each set. Default 'all'. */
  feedback?: 'all' | 'first';
}

/** Called at every state; `label` names page and state ("p4 step stap-1 · feedback oefen-1"). */
export type Visit = (label: string) => Promise<void>;

const PARTICIPANTS = ['Anna', 'Bram', 'Chris'];

async function waitForHeading(frame: Frame, title: string): Promise<void> {
  await frame.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

async function pick(frame: Frame, q: ChoiceQuestion, right: boolean): Promise<void> {
  const options = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct) ?? q.options[0]];
  for (const option of options) {
    await frame.getByRole(q.type === 'single' ? 'radio' : 'checkbox', { name: option.text, exact: true }).check();
  }
}

async function answerSet(
  frame: Frame,
  set: QuestionSet,
  right: boolean,
  visit: Visit | null,
  label: string,
  feedback: 'all' | 'first',
): Promise<void> {
  for (let n = 0; n < askedCount(set); n++) {
    const q = await currentQuestion(frame, set);
    await pick(frame, q, right);
    await frame.getByRole('button', { name: 'Controleer antwoord' }).click();
    // A practice set's last check shows the feedback and finishes the set at once (no result step).
    const finishes = !set.graded && n === askedCount(set) - 1;
    const next = frame.getByRole('button', { name: /^(Volgende vraag|Bekijk resultaat)$/ });
    if (finishes) await frame.getByText('Oefening afgerond.', { exact: true }).waitFor();
    else await next.waitFor();
    if (feedback === 'all' || n === 0) await visit?.(`${label} · feedback ${q.id} (${right ? 'goed' : 'fout'})`);
    if (!finishes) await next.click();
  }
  await visit?.(`${label} · resultaat ${set.id} (${right ? 'goed' : 'fout'})`);
  if (set.graded && visit) {
    // The explanation of every option, shown after the graded quiz (a disclosure).
    await frame.getByText('Uitleg bij alle vragen en antwoorden', { exact: true }).click();
    await visit(`${label} · uitleg ${set.id}`);
  }
}

/**
 * Plays the module from the first page to the last (launch must already be open), calling
 * `visit` on every page and state. Leaves the learner on the last page.
 */
export async function tour(page: Page, course: Course, options: TourOptions, visit: Visit): Promise<void> {
  const frame = options.frame ?? page.mainFrame();
  const states = options.states ?? true;
  const stateVisit = states ? visit : null;
  const team = options.mode === 'team';
  const feedback = options.feedback ?? 'all';
  await waitForHeading(frame, course.pages[0].title);
  // The learner's path: the solo path, or the meeting (team) path of the module.
  const path = pathIndices(course, { mode: options.mode });
  for (const [k, i] of path.entries()) {
    const p = course.pages[i];
    const label = `p${i + 1} ${p.type} ${p.id}`;
    await visit(label);
    switch (p.type) {
      case 'mode':
        if (options.mode === 'joined') {
          // Took part in a team session: a mistyped code first (refused, in Dutch), then the right one.
          await frame.getByRole('radio', { name: /^Ik deed mee aan een teamsessie/ }).check();
          const today = await frame.evaluate(() => (window as any).samenspel.actor.getSnapshot().context.today as string);
          const code = generateTeamCode(course.id, today, Math.random);
          const box = frame.getByRole('textbox', { name: 'Teamcode (8 tekens)' });
          await box.fill(code.slice(0, 6) + code[7] + code[6] === code ? 'ABCD-EFG' : code.slice(0, 6) + code[7] + code[6]);
          await frame.getByRole('button', { name: 'Code controleren' }).click();
          await frame
            .getByRole('alert')
            .getByText(/Kijk de code nog eens na/)
            .waitFor();
          await stateVisit?.(`${label} · code geweigerd`);
          await box.fill(formatTeamCode(code));
          await frame.getByRole('button', { name: 'Code controleren' }).click();
          await frame.getByText(/Het teamdeel is vastgelegd/).waitFor();
          await stateVisit?.(`${label} · code aanvaard`);
          break;
        }
        await frame.getByRole('radio', { name: team ? /Met het team/ : /Alleen/ }).check();
        if (team) {
          for (let n = 0; n < PARTICIPANTS.length; n++) {
            await frame.getByRole('textbox', { name: `Naam deelnemer ${n + 1}`, exact: true }).fill(PARTICIPANTS[n]);
          }
          for (const [r, role] of p.roles.entries()) {
            await frame.getByRole('combobox', { name: role.name, exact: true }).selectOption(String(r % PARTICIPANTS.length));
          }
          await stateVisit?.(`${label} · team ingericht`);
        }
        break;
      case 'reflection':
        for (const f of p.fields) await frame.getByRole('textbox', { name: f.label }).fill(`Antwoord voor ${f.id}`);
        break;
      case 'step':
      case 'team':
        // Timers are team only (mode-view): a solo learner's team page has none.
        if (team) {
          await frame.getByRole('button', { name: 'Start timer' }).click();
          await frame.getByRole('button', { name: 'Pauzeer timer' }).waitFor();
          await stateVisit?.(`${label} · timer loopt`);
          if (states) {
            await page.clock.fastForward(p.timebox * 60_000 + 5_000);
            await frame.getByText('De tijd voor deze stap is om.').waitFor();
            await visit(`${label} · tijd is om`);
          }
          await frame.getByRole('button', { name: 'Pauzeer timer' }).click();
        }
        await frame.getByRole('textbox', { name: notesFor(p.notes, options.mode).label }).fill(`Notities bij ${p.id}`);
        // In the meeting a step has no practice questions.
        if (p.type === 'step' && p.activity && !team) await answerSet(frame, p.activity, true, stateVisit, label, feedback);
        break;
      case 'info':
        if (p.activity) await answerSet(frame, p.activity, true, stateVisit, label, feedback);
        break;
      case 'quiz':
        if (states) {
          await answerSet(frame, p.quiz, false, visit, label, feedback);
          await frame.getByRole('button', { name: 'Toets opnieuw maken' }).click();
        }
        await answerSet(frame, p.quiz, true, stateVisit, label, feedback);
        break;
      case 'actions':
        await frame.getByRole('button', { name: 'Actie toevoegen' }).click();
        await frame.getByRole('textbox', { name: 'Actie 1: Wie' }).fill('Anna');
        await frame.getByRole('textbox', { name: 'Actie 1: Wat' }).fill('Belt de dochter over de weekplanning');
        await frame.getByRole('textbox', { name: 'Actie 1: Wanneer' }).fill('vrijdag');
        await stateVisit?.(`${label} · met een actie`);
        break;
      default:
        break;
    }
    if (k < path.length - 1) {
      await frame.getByRole('button', { name: 'Volgende', exact: true }).click();
      await waitForHeading(frame, course.pages[path[k + 1]].title);
    }
  }
}

/** Reloads the module and visits the resume prompt ("Welkom terug"), then resumes. */
export async function visitResume(page: Page, visit: Visit): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Welkom terug' }).waitFor();
  await visit('hervatten');
  await page.getByRole('button', { name: 'Verder waar je gebleven was' }).click();
}

export interface AxeFinding {
  state: string;
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

/**
 * Waits until no CSS transition or animation runs in the frame (shadow trees included), in one round
 * trip: one frame first (a state change just sent has rendered: Lit updates in a microtask, some work
 * waits for requestAnimationFrame), then `getAnimations()`, which applies pending style changes first,
 * so a transition the change starts is in the list; waits for those to finish and looks again.
 */
export async function settle(frame: Frame): Promise<void> {
  const settled = frame.evaluate(async () => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const running = () => {
      const list: Animation[] = [];
      const walk = (root: Document | ShadowRoot) => {
        list.push(...root.getAnimations().filter((a) => a.playState === 'running'));
        for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return list;
    };
    for (let list = running(); list.length > 0; list = running()) {
      await Promise.all(list.map((a) => a.finished.catch(() => undefined)));
    }
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`settle: animations still running after ${SETTLE_LIMIT_MS} ms`)), SETTLE_LIMIT_MS);
  });
  try {
    await Promise.race([settled, limit]);
  } finally {
    clearTimeout(timer);
    settled.catch(() => undefined);
  }
}

/** An animation that never ends (none should) fails the test instead of hanging it. */
const SETTLE_LIMIT_MS = 30_000;

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page, frames and shadow DOM included. */
export async function axeFindings(page: Page, state: string, include?: string): Promise<AxeFinding[]> {
  for (const frame of page.frames()) await settle(frame);
  const violations = page.frames().length === 1 && !include ? await axeOneFrame(page.mainFrame()) : await axeAllFrames(page, include);
  return violations.map((v) => ({
    state,
    rule: v.id,
    impact: v.impact ?? '',
    targets: v.nodes.map((n) => JSON.stringify(n.target)),
    summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? v.help,
  }));
}

/**
 * A page without frames: axe-core is injected once per document (not again for every state, as
 * AxeBuilder does with its 580 KB source and a blank page per run) and run there with the same rules.
 */
async function axeOneFrame(frame: Frame): Promise<axe.Result[]> {
  if (!(await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) await frame.evaluate(axe.source);
  const results = await frame.evaluate(
    // resultTypes: full node details for violations only (passes keep one node): about a quarter less time per run.
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
  return results.violations;
}

/** Frames (the LMS harness around the module): AxeBuilder runs axe in every frame and merges the results. */
async function axeAllFrames(page: Page, include?: string): Promise<axe.Result[]> {
  // No `resultTypes` here: across frames it cuts the node lists that page-level rules (region, skip-link) merge.
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  return (await builder.analyze()).violations;
}

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements (shadow DOM included) whose right edge lies outside the viewport. */
  outside: string[];
}

/**
 * Horizontal overflow of the module document: the page scrolls sideways, or content sticks out
 * of the viewport (clipped = lost). Elements that are visually hidden on purpose are skipped.
 */
export function horizontalOverflow(frame: Frame): Promise<Overflow> {
  return frame.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const outside: string[] = [];
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls}`;
    };
    // Content inside a scroll container that itself fits (a wide figure at readable size on a phone)
    // is not lost: the container scrolls sideways (and is focusable for the keyboard).
    const inFittingScroller = (el: Element): boolean => {
      let node: Element | null = el;
      while (node) {
        const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
        if (!parent) return false;
        const overflowX = getComputedStyle(parent).overflowX;
        if ((overflowX === 'auto' || overflowX === 'scroll') && parent.getBoundingClientRect().right <= width + 1) return true;
        node = parent;
      }
      return false;
    };
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const hiddenByClip = style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
        const rect = el.getBoundingClientRect();
        if (!hiddenByClip && rect.width > 0 && rect.height > 0 && rect.right > width + 1 && rect.left < width && !inFittingScroller(el)) {
          outside.push(`${path}${describe(el)} (right ${Math.round(rect.right)} > ${width})`);
        }
        if (el.shadowRoot) walk(el.shadowRoot, `${path}${describe(el)} >> `);
      }
    };
    walk(document, '');
    return { scrollWidth: doc.scrollWidth, clientWidth: width, outside };
  });
}

export interface FocusInfo {
  tag: string;
  id: string;
  role: string | null;
  type: string | null;
  /** Accessible-name-ish text: aria-label, label text or own text, trimmed. */
  name: string;
  focusVisible: boolean;
  outline: string;
  outlineWidth: number;
  /** Whether the focused element lies (at least partly) inside the viewport. */
  inView: boolean;
}

/**
 * The deepest focused element (through shadow roots) of the frame's document. By default measured once
 * the page has settled (position stable over two frames); `{ settled: false }` reads it at once, for a
 * walk that only needs to know which element has focus (focus moves synchronously on a key press).
 */
export function focusInfo(frame: Frame, { settled: waitForSettled = true } = {}): Promise<FocusInfo | null> {
  return frame.evaluate(async (wait) => {
    // The browser scrolls a newly focused element into view; a re-render or an image that loads may move it.
    // Measure once the page has settled: no Lit update pending, every image loaded, and the focused
    // element at the same place in two frames running (waits for that state, not for a time).
    const deepest = () => {
      let found: Element | null = document.activeElement;
      while (found?.shadowRoot?.activeElement) found = found.shadowRoot.activeElement;
      return found;
    };
    const everyElement = (root: Document | ShadowRoot, out: Element[] = []): Element[] => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) everyElement(el.shadowRoot, out);
      }
      return out;
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const settled = async () => {
      const all = everyElement(document);
      await Promise.all(all.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete).filter(Boolean));
      await Promise.all(
        all
          .filter((el): el is HTMLImageElement => el instanceof HTMLImageElement && !el.complete)
          .map((img) => img.decode().catch(() => undefined)),
      );
    };
    let last = '';
    while (wait) {
      await settled();
      await frame();
      const current = deepest();
      const r = current?.getBoundingClientRect();
      const where = r ? `${r.top},${r.left},${r.width},${r.height},${window.scrollY}` : '';
      if (where === last) break;
      last = where;
    }
    const el = deepest();
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const labelText = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = (el.getAttribute('aria-label') || labelText || el.textContent || '').replace(/\s+/g, ' ').trim();
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role: el.getAttribute('role'),
      type: el.getAttribute('type'),
      name,
      focusVisible: el.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      inView: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
  }, waitForSettled);
}
