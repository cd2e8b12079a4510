import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, shadowOf, textOf } from '../../../tests/support/mount.js';
import { t } from '../../i18n/nl.js';
import type { SpFigure } from '../figure/sp-figure.js';
import '../question-set/sp-question-set.js'; // the player loads it after first paint (later.ts)
import type { SpQuestionSet } from '../question-set/sp-question-set.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import './sp-page-info.js';
import type { SpPageInfo } from './sp-page-info.js';

describe('sp-page-info', () => {
  it('renders the body and the figure from the media folder, with no practice questions when the page has none', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageInfo>('sp-page-info', actor, 'start', { mediaBase: 'm/' });
    expect(await richTextOf(root)).toContain('Welkom. Deze module gebruikt elk paginatype');
    const figure = root.querySelector<SpFigure>('sp-figure')!;
    expect(figure.figure?.alt).toBe('Model in twee stappen: begrijpen en oplossen');
    expect((await shadowOf(figure)).querySelector('img')?.getAttribute('src')).toBe('m/model.svg');
    expect(root.querySelector('sp-question-set')).toBeNull();
  });

  it('gives its practice questions the quiz actor of the page, under the heading Oefening', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageInfo>('sp-page-info', actor, 'oefening');
    const set = root.querySelector<SpQuestionSet>('sp-question-set')!;
    expect(set.quiz).toBe(actor.getSnapshot().context.quizRefs['oefening']);
    expect(set.heading).toBe(t.activityTitle);
    expect(textOf(await shadowOf(set))).toContain('Wie horen bij het netwerk?');
    expect(root.querySelector('sp-figure')).toBeNull();
  });
});
