import { describe, expect, it } from 'vitest';
import { pageTypesCourse } from '../../../tests/support/courses.js';
import { mountPage, richTextOf, textOf } from '../../../tests/support/mount.js';
import { t } from '../../i18n/nl.js';
import { startCourse } from '../../../tests/support/component-fixtures.js';
import './sp-page-video.js';
import type { SpPageVideo } from './sp-page-video.js';

describe('sp-page-video', () => {
  it('plays the video with Dutch captions on by default, and shows the transcript', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageVideo>('sp-page-video', actor, 'film', { mediaBase: 'm/' });
    const video = root.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('m/clip.webm');
    expect(video.getAttribute('aria-label')).toBe('Filmpje met ondertiteling');
    const track = video.querySelector('track')!;
    expect([track.getAttribute('kind'), track.getAttribute('srclang'), track.getAttribute('src'), track.hasAttribute('default')]).toEqual([
      'captions',
      'nl',
      'm/clip.vtt',
      true,
    ]);
    expect(textOf(root.querySelector('h3'))).toBe(t.transcript);
    expect(await richTextOf(root)).toContain('Ondertitel: dit is de tweede regel.');
  });

  it('without a video file says so and still gives the transcript', async () => {
    const actor = startCourse(pageTypesCourse());
    const { root } = await mountPage<SpPageVideo>('sp-page-video', actor, 'film-zonder');
    expect(root.querySelector('video')).toBeNull();
    expect(textOf(root.querySelector('p.card'))).toBe(t.videoMissing);
    expect(await richTextOf(root)).toBe('Dit is de uitgeschreven tekst van een filmpje dat er (nog) niet is.');
  });
});
