import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../content/rich-text.js';
import '../rich-text/sp-rich-text.js';
import type { SpRichText } from '../rich-text/sp-rich-text.js';
import type { SpCards } from './sp-cards.js';

describe('sp-cards', () => {
  it('renders the parts as a list of cards with a heading each, between the text around them', async () => {
    const el = document.createElement('sp-rich-text');
    el.blocks = parseRichText('Voor.\n\n::: kaarten\n### Stap 1\nInbreng.\n### Stap 2\nVerhelderen.\n### Stap 3\nAnalyseren.\n:::\n\nNa.');
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect([...root.children].map((c) => c.tagName.toLowerCase())).toEqual(['p', 'sp-cards', 'p']);
    const cards = root.querySelector('sp-cards') as SpCards;
    await cards.updateComplete;
    const items = [...cards.shadowRoot!.querySelectorAll('ul > li')];
    expect(items).toHaveLength(3);
    expect(items.map((li) => li.querySelector('h3')?.textContent)).toEqual(['Stap 1', 'Stap 2', 'Stap 3']);
    const text = items[1].querySelector('sp-rich-text') as SpRichText;
    await text.updateComplete;
    expect(text.shadowRoot!.querySelector('p')?.textContent).toBe('Verhelderen.');
    el.remove();
  });
});

describe('sp-cards numbered (::: stappen)', () => {
  it('keeps the order as an ordered list', async () => {
    const el = document.createElement('sp-rich-text');
    el.blocks = parseRichText('::: stappen\n### Doel\nWat moet er komen?\n### Wat werkt al?\nUitzonderingen.\n:::');
    document.body.append(el);
    await el.updateComplete;
    const cards = el.shadowRoot!.querySelector('sp-cards') as SpCards;
    await cards.updateComplete;
    expect(cards.numbered).toBe(true);
    expect(cards.shadowRoot!.querySelectorAll('ol > li')).toHaveLength(2);
    expect(cards.shadowRoot!.querySelector('ul')).toBeNull();
    el.remove();
  });
});
