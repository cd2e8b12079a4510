import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../content/rich-text.js';
import '../rich-text/sp-rich-text.js';
import type { SpRichText } from '../rich-text/sp-rich-text.js';
import type { SpAccordion } from './sp-accordion.js';

async function mount(source: string) {
  const el = document.createElement('sp-rich-text');
  el.blocks = parseRichText(source);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('sp-accordion', () => {
  it('renders each part as a closed native disclosure whose summary is the title; author text stays inert', async () => {
    const el = await mount('::: uitklappen\n### **Signaal** <b>x</b>\nEerste tekst.\n### Actie\n- een\n- twee\n:::');
    const accordion = el.shadowRoot!.querySelector('sp-accordion') as SpAccordion;
    await accordion.updateComplete;
    const parts = [...accordion.shadowRoot!.querySelectorAll('details')];
    expect(parts).toHaveLength(2);
    expect(parts.every((d) => !d.open)).toBe(true);
    const summary = parts[0].querySelector('summary')!;
    expect(summary.querySelector('strong')?.textContent).toBe('Signaal');
    expect(summary.textContent).toContain('<b>x</b>');
    expect(summary.querySelector('b')).toBeNull();
    const body = parts[1].querySelector('sp-rich-text') as SpRichText;
    await body.updateComplete;
    expect(body.shadowRoot!.querySelectorAll('li')).toHaveLength(2);
    parts[0].open = true;
    expect(parts[0].hasAttribute('open')).toBe(true);
    el.remove();
  });
});
