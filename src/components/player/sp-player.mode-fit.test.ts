/**
 * Pages that fit the mode, on the mounted player (happy-dom), for every module: walking the solo path
 * (and the joined path where a module has one) no team-only element is rendered (`[data-team-only]`:
 * timers, "Tijd n minuten", "De voorzitter bewaakt", discussion prompts, meeting plan, participants),
 * the notes fields carry the label for one reader, and each page states its own (alone) minutes.
 * In the team meeting those elements are there.
 */
import { describe, expect, it } from 'vitest';
import type { Course, PageMode, TeamPage } from '../../content/types.js';
import { loadAllModules } from '../../content/load-module.js';
import { t } from '../../i18n/nl.js';
import type { CourseActor } from '../../machines/course-machine.js';
import { pageRequirementsMet, pathIndices } from '../../machines/learner-state.js';
import { generateTeamCode } from '../../machines/team-code.js';
import { sendWork, startCourse, workOn } from '../../../tests/support/navigation-walk.js';
import { mountWithContext, unmount } from '../../../tests/support/component-fixtures.js';
import '../page-team/sp-page-team.js';
import '../launch.js'; // the page types of the launch bundle
import '../later.js'; // the page types that load after first paint (mode, step, team, actions …)
import './sp-player.js';
import type { SpPlayer } from './sp-player.js';

const courses = loadAllModules('modules');

/** Every element under `root`, through open shadow roots. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

async function settle(el: SpPlayer): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

function mount(actor: CourseActor): SpPlayer {
  const el = document.createElement('sp-player');
  el.actor = actor;
  document.body.append(el);
  return el;
}

interface Seen {
  page: string;
  teamOnly: string[];
  meta: string;
  labels: string[];
}

/** Walks the path of `mode` page by page (doing each page's work through the machines) and records what each page showed. */
async function walkPath(course: Course, mode: PageMode): Promise<Seen[]> {
  const actor = startCourse(course);
  const el = mount(actor);
  const seen: Seen[] = [];
  try {
    const path = () => pathIndices(course, actor.getSnapshot().context.learner);
    for (let guard = 0; guard < 200; guard++) {
      await settle(el);
      const { learner } = actor.getSnapshot().context;
      const page = course.pages[learner.page];
      // The page's own element is defined and rendered (no vacuous pass on a page type not loaded).
      const pageEl = deepAll(el.shadowRoot!, `sp-page-${page.type}`)[0];
      if (!pageEl?.shadowRoot) throw new Error(`${page.id}: sp-page-${page.type} not rendered`);
      seen.push({
        page: page.id,
        teamOnly: deepAll(el.shadowRoot!, '[data-team-only]').map((e) => e.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? ''),
        meta: el.shadowRoot!.querySelector('main .meta')?.textContent?.replace(/\s+/g, ' ') ?? '',
        labels: deepAll(el.shadowRoot!, 'sp-text-field').map(
          (f) => f.shadowRoot?.querySelector('label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        ),
      });
      if (page.type === 'mode' && learner.mode === null) {
        if (mode === 'joined') actor.send({ type: 'SET_MODE', mode: 'joined' });
        else actor.send({ type: 'SET_MODE', mode });
        if (mode === 'team') actor.send({ type: 'ADD_PARTICIPANT' });
        if (mode === 'joined') {
          const code = generateTeamCode(course.id, '2026-11-24', () => 0.5);
          actor.send({ type: 'ENTER_TEAM_CODE', code });
        }
        await settle(el);
        seen.push({ ...seen[seen.length - 1], teamOnly: deepAll(el.shadowRoot!, '[data-team-only]').map((e) => e.tagName.toLowerCase()) });
      }
      for (let n = 0; n < 100 && !pageRequirementsMet(page, actor.getSnapshot().context.learner); n++) sendWork(actor, workOn(actor, 1));
      const p = path();
      const at = p.indexOf(actor.getSnapshot().context.learner.page);
      if (at === p.length - 1) break;
      actor.send({ type: 'NEXT' });
      if (actor.getSnapshot().context.learner.page === learner.page) throw new Error(`stuck on ${page.id}`);
    }
  } finally {
    el.remove();
    actor.stop();
  }
  return seen;
}

describe('pages that fit the mode', () => {
  for (const course of courses) {
    it(`${course.id}: the solo path shows no team-only element, speaks to one reader, states the alone minutes`, async () => {
      const seen = await walkPath(course, 'alone');
      const path = pathIndices(course, { mode: 'alone' });
      expect(new Set(seen.map((s) => s.page))).toEqual(new Set(path.map((i) => course.pages[i].id)));
      expect(seen.filter((s) => s.teamOnly.length)).toEqual([]);
      for (const s of seen) {
        const page = course.pages.find((p) => p.id === s.page)!;
        expect(s.meta, page.id).toContain(t.minutes(page.minutes));
        if (page.type === 'step' || page.type === 'team') expect(s.labels[0]).toContain(page.notes.label);
      }
    });
  }

  const teamCourse = courses.find((c) => c.teamMode)!;

  it(`${teamCourse.id}: the joined path shows no team-only element`, async () => {
    const seen = await walkPath(teamCourse, 'joined');
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.filter((s) => s.teamOnly.length)).toEqual([]);
  });

  it(`${teamCourse.id}: in the team meeting the team-only parts are there (plan, participants, timers, guard, prompts) and a step states its time box`, async () => {
    const seen = await walkPath(teamCourse, 'team');
    const byPage = (id: string) => seen.filter((s) => s.page === id);
    const modePage = teamCourse.pages.find((p) => p.type === 'mode')!;
    expect(byPage(modePage.id).at(-1)!.teamOnly.length).toBeGreaterThanOrEqual(3); // plan, participants, roles
    const steps = teamCourse.pages.filter((p) => p.type === 'step');
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      if (step.type !== 'step') continue;
      const s = byPage(step.id)[0];
      expect(
        s.teamOnly.some((x) => x.includes(step.guard.slice(0, 20))),
        `${step.id} guard`,
      ).toBe(true);
      expect(
        s.teamOnly.some((x) => x.includes(t.discuss)),
        `${step.id} prompts`,
      ).toBe(true);
      expect(
        s.teamOnly.some((x) => x.includes(t.timeboxMinutes(step.timebox))),
        `${step.id} time box`,
      ).toBe(true);
      expect(s.meta).toContain(t.minutes(step.timebox));
      expect(s.labels[0]).toContain(step.notes.teamLabel ?? step.notes.label);
    }
  });

  it('a team page in the meeting shows the discussion with its timer; for one reader the questions to bring, no timer', async () => {
    const course = courses.find((c) => c.pages.some((p) => p.type === 'team'))!;
    const page = course.pages.find((p): p is TeamPage => p.type === 'team')!;
    const actor = startCourse(course);
    const ctx = actor.getSnapshot().context;
    const render = async (mode: PageMode | null) => {
      const el = document.createElement('sp-page-team');
      el.page = page;
      mountWithContext(el, actor, { ...ctx, learner: { ...ctx.learner, mode } });
      await el.updateComplete;
      const out = {
        teamOnly: el.shadowRoot!.querySelectorAll('[data-team-only]').length,
        timers: el.shadowRoot!.querySelectorAll('sp-timer').length,
        headings: [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent?.trim()),
      };
      unmount(el);
      return out;
    };
    expect(await render('team')).toMatchObject({ timers: 1, headings: [t.discuss] });
    expect((await render('team')).teamOnly).toBeGreaterThan(0);
    for (const mode of [null, 'alone'] as const) expect(await render(mode)).toEqual({ teamOnly: 0, timers: 0, headings: [t.promptsAlone] });
    actor.stop();
  });
});
