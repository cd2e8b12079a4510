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
    const img = root.querySelector('.frame img')!;
    expect(img.getAttribute('src')).toBe('media/model.svg');
    expect(img.getAttribute('alt')).toBe('Model in twee stappen');
    expect(textOf(root.querySelector('figcaption'))).toBe('Figuur 1. Het model.');
    expect(textOf(root.querySelector('details > summary'))).toBe(t.textVersion);
    const version = await shadowOf(root.querySelector('details sp-rich-text'));
    expect([...version.querySelectorAll('ol li')].map(textOf)).toEqual(['Begrijpen: eerst de vraag.', 'Oplossen: daarna ideeën.']);
  });

  it('leaves out caption and disclosure the module does not give, and renders nothing without a figure', async () => {
    const { root } = await mount<SpFigure>('sp-figure', { figure: { src: 'a.png', alt: 'Een schema' } });
    expect(root.querySelector('.frame img')?.getAttribute('src')).toBe('a.png');
    expect(root.querySelector('figcaption')).toBeNull();
    expect(root.querySelector('details')).toBeNull();
    const empty = await mount<SpFigure>('sp-figure', { figure: undefined });
    expect(empty.root.querySelector('figure')).toBeNull();
  });

  it('signposts a figure wider than its frame: shade on the hidden side and a visible "Schuif opzij" hint, gone when all is in view', async () => {
    const { el, root } = await mount<SpFigure>('sp-figure', { figure: model });
    const frame = root.querySelector('.frame') as HTMLElement;
    expect(root.querySelector('.swipe-hint')).toBeNull();
    // A phone: the figure (736 px) in a 358 px frame.
    Object.defineProperty(frame, 'clientWidth', { configurable: true, value: 358 });
    Object.defineProperty(frame, 'scrollWidth', { configurable: true, value: 736 });
    frame.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(textOf(root.querySelector('.swipe-hint'))).toBe(t.figureSwipe(true));
    expect(root.querySelector('.scroller')!.classList.contains('more-end')).toBe(true);
    expect(root.querySelector('.scroller')!.classList.contains('more-start')).toBe(false);
    Object.defineProperty(frame, 'scrollLeft', { configurable: true, value: 378 });
    frame.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(root.querySelector('.scroller')!.classList.contains('more-start')).toBe(true);
    expect(root.querySelector('.scroller')!.classList.contains('more-end')).toBe(false);
    // Wide enough: no shade, no hint.
    Object.defineProperty(frame, 'clientWidth', { configurable: true, value: 736 });
    Object.defineProperty(frame, 'scrollLeft', { configurable: true, value: 0 });
    frame.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(root.querySelector('.swipe-hint')).toBeNull();
  });

  it('opens full-size in a modal dialog, zooms by button and key, and gives focus back on close', async () => {
    const { el, root } = await mount<SpFigure>('sp-figure', {
      figure: { src: 'model.svg', alt: 'Vier stappen', caption: 'Het model', textVersion: parseRichText('Stap 1, stap 2.') },
      mediaBase: 'media/',
    });
    const open = root.querySelector('button.open') as HTMLButtonElement;
    expect(open.textContent?.trim()).toBe('Groot bekijken');
    open.focus();
    open.click();
    await el.updateComplete;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('full-title');
    expect(root.querySelector('#full-title')?.textContent).toBe('Het model');
    const zoomIn = root.querySelector('button[aria-label="Inzoomen"]') as HTMLButtonElement;
    const zoomOut = root.querySelector('button[aria-label="Uitzoomen"]') as HTMLButtonElement;
    expect(zoomOut.getAttribute('aria-disabled')).toBe('true');
    zoomIn.click();
    await el.updateComplete;
    expect(el.zoom).toBe(1.5);
    expect(el.style.getPropertyValue('--sp-zoom')).toBe('1.5');
    expect(root.querySelector('.level')?.textContent).toBe('Zoom 150%');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    expect(el.zoom).toBe(2);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
    expect(el.zoom).toBe(1.5);
    zoomOut.click();
    zoomOut.click(); // already at the smallest step: stays there
    expect(el.zoom).toBe(1);
    (root.querySelector('.bar button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(dialog.open).toBe(false);
    expect(root.activeElement).toBe(open);
  });
});
