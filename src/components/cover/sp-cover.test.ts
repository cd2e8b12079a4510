import { describe, expect, it } from 'vitest';
import { testCourse } from '../../../tests/support/component-fixtures.js';
import { COVER_START_EVENT } from './sp-cover.js';

describe('sp-cover', () => {
  it('shows title, the stated minutes, what you will learn and the illustration, and fires start', async () => {
    const course = { ...testCourse(), cover: { image: 'omslag.svg', alt: 'Een wijkteam aan tafel' } };
    course.objectives = [...course.objectives, { id: 'team', title: 'Meegedaan met het team' }];
    course.teamObjective = 'team';
    const el = document.createElement('sp-cover');
    el.course = course;
    el.mediaBase = 'media/';
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('cover-title');
    expect(root.querySelector('#cover-title')?.textContent).toBe('Testmodule');
    expect(root.querySelector('.time')?.textContent?.trim()).toBe(`Ongeveer ${Math.round(course.totalMinutes)} minuten`);
    expect(root.querySelector('h2')?.textContent).toBe('Wat je leert');
    // The team objective records taking part; it is not listed as something to learn.
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Doel']);
    const img = root.querySelector('img.art')!;
    expect(img.getAttribute('src')).toBe('media/omslag.svg');
    expect(img.getAttribute('alt')).toBe('Een wijkteam aan tafel');
    let started = 0;
    document.body.addEventListener(COVER_START_EVENT, () => started++);
    (root.querySelector('button.start') as HTMLButtonElement).click();
    expect(started).toBe(1);
    el.remove();
  });

  it('without an illustration shows the text part only', async () => {
    const el = document.createElement('sp-cover');
    el.course = testCourse();
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(el.shadowRoot!.querySelector('button.start')?.textContent).toBe('Start de module');
    el.remove();
  });
});
