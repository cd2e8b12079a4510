import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../content/rich-text.js';
import './sp-rich-text.js';

describe('sp-rich-text', () => {
  it('renders blocks as elements and author text as inert text', async () => {
    const el = document.createElement('sp-rich-text');
    el.blocks = parseRichText('## Kop\n\nEen **sterke** zin <img src=x onerror=alert(1)>.\n\n- een\n- twee');
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('h3')?.textContent).toBe('Kop');
    expect(root.querySelector('strong')?.textContent).toBe('sterke');
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('p')?.textContent).toContain('<img src=x onerror=alert(1)>');
    el.remove();
  });
});
