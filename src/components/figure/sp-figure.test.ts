import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../content/rich-text.js';
import './sp-figure.js';

async function mount() {
  const el = document.createElement('sp-figure');
  el.figure = { src: 'model.svg', alt: 'Vier stappen', caption: 'Het model', textVersion: parseRichText('Stap 1, stap 2.') };
  el.mediaBase = 'media/';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('sp-figure', () => {
  it('shows the image with its alt text, the caption and the text version', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const img = root.querySelector('.frame img')!;
    expect(img.getAttribute('src')).toBe('media/model.svg');
    expect(img.getAttribute('alt')).toBe('Vier stappen');
    expect(root.querySelector('figcaption')?.textContent).toBe('Het model');
    expect(root.querySelector('summary')?.textContent).toBe('Tekstversie van dit model');
    el.remove();
  });

  it('opens full-size in a modal dialog, zooms by button and key, and gives focus back on close', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
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
    el.remove();
  });
});
