import { describe, expect, it } from 'vitest';
import { mount } from '../../../tests/support/mount.js';
import { parseRichText } from '../../content/rich-text.js';
import './sp-rich-text.js';
import type { SpRichText } from './sp-rich-text.js';

describe('sp-rich-text', () => {
  it('renders blocks as elements and author text as inert text', async () => {
    const { root } = await mount<SpRichText>('sp-rich-text', {
      blocks: parseRichText('## Kop\n\nEen **sterke** zin <img src=x onerror=alert(1)>.\n\n- een\n- twee'),
    });
    expect(root.querySelector('h3')?.textContent).toBe('Kop');
    expect(root.querySelector('strong')?.textContent).toBe('sterke');
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('p')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
