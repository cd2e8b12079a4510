import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../content/rich-text.js';
import type { Figure } from '../../content/types.js';
import { t } from '../../i18n/nl.js';
import { mount, shadowOf, textOf } from '../../../tests/support/mount.js';
import './sp-figure.js';
import type { SpFigure } from './sp-figure.js';

const model: Figure = {
  src: 'model.svg',
  alt: 'Model in twee stappen',
  caption: 'Figuur 1. Het model.',
  textVersion: parseRichText('1. **Begrijpen**: eerst de vraag.\n2. **Oplossen**: daarna ideeën.'),
};

describe('sp-figure', () => {
  it('shows the image from the media folder with its text alternative, caption and text version', async () => {
    const { root } = await mount<SpFigure>('sp-figure', { figure: model, mediaBase: 'media/' });
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('media/model.svg');
    expect(img.getAttribute('alt')).toBe('Model in twee stappen');
    expect(textOf(root.querySelector('figcaption'))).toBe('Figuur 1. Het model.');
    expect(textOf(root.querySelector('details > summary'))).toBe(t.textVersion);
    const version = await shadowOf(root.querySelector('details sp-rich-text'));
    expect([...version.querySelectorAll('ol li')].map(textOf)).toEqual(['Begrijpen: eerst de vraag.', 'Oplossen: daarna ideeën.']);
  });

  it('leaves out caption and disclosure the module does not give, and renders nothing without a figure', async () => {
    const { root } = await mount<SpFigure>('sp-figure', { figure: { src: 'a.png', alt: 'Een schema' } });
    expect(root.querySelector('img')?.getAttribute('src')).toBe('a.png');
    expect(root.querySelector('figcaption')).toBeNull();
    expect(root.querySelector('details')).toBeNull();
    const empty = await mount<SpFigure>('sp-figure', { figure: undefined });
    expect(empty.root.querySelector('figure')).toBeNull();
  });
});
