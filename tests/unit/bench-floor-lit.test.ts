import { describe, expect, it } from 'vitest';
import { buildLitFloor } from '../../bench/floor-lit.js';

describe('the Lit floor of the benchmark', () => {
  it('is one classic script with lit’s production build, loaded by its page', async () => {
    const files = await buildLitFloor();
    const js = new TextDecoder().decode(files['floor-lit.js']);
    const html = new TextDecoder().decode(files['index.html']);
    expect(html).toContain('<script src="floor-lit.js" defer></script>');
    // An IIFE: no module syntax left, so it runs as a classic script like the player.
    expect(js).not.toMatch(/^\s*(import|export)\b/m);
    // lit's development build warns "Lit is in dev mode"; the production build does not carry it.
    expect(js).not.toContain('dev mode');
    expect(js).toContain('customElements.define("sp-player"');
    expect(js.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(js.length).toBeLessThan(20_000);
  });
});
