/**
 * The content floor: a package's first page as the browser showed it, saved as static HTML with no
 * script at all (declarative shadow DOM, each component's style sheets inline), served with the
 * package's own media and player.css. Launched like the package, it tells how much of the launch
 * CPU is the page itself (parse, style, layout, paint of that content) and how much is the engine.
 */
import type { Browser } from 'playwright-core';
import type { Standard } from '../tests/support/browser.js';
import { PROBE, PROBE_KEY } from './launch.js';
import type { Served } from './serve.js';

/** Serializes the launch frame's document: scripts dropped, open shadow roots as `<template shadowrootmode>`. */
const SERIALIZE = `(() => {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const sheetText = (sheet) => Array.from(sheet.cssRules, (r) => r.cssText).join('\\n');
  const node = (n) => {
    if (n.nodeType === Node.TEXT_NODE) return text(n.data);
    if (n.nodeType !== Node.ELEMENT_NODE) return '';
    const name = n.localName;
    if (name === 'script') return '';
    const attrs = Array.from(n.attributes, (a) => ' ' + a.name + '="' + attr(a.value) + '"').join('');
    if (VOID.has(name)) return '<' + name + attrs + '>';
    let inner = '';
    if (n.shadowRoot) {
      // One <style> per adopted sheet: identical sheets in several roots are parsed once (Blink caches by text).
      const styles = n.shadowRoot.adoptedStyleSheets.map((s) => '<style>' + sheetText(s) + '</style>').join('');
      inner += '<template shadowrootmode="open">' + styles + Array.from(n.shadowRoot.childNodes, node).join('') + '</template>';
    }
    const children = name === 'template' ? n.content.childNodes : n.childNodes;
    inner += Array.from(children, node).join('');
    return '<' + name + attrs + '>' + inner + '</' + name + '>';
  };
  return '<!doctype html>\\n' + node(document.documentElement);
})()`;

/** The launch page of `target` once its first page is interactive, as static HTML without scripts. */
export async function captureStaticFirstPage(browser: Browser, served: Served, standard: Standard, launch: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(served.harnessUrl(standard, launch, `static-${process.pid}`), { waitUntil: 'commit' });
    const frameHandle = await page.waitForSelector('#sco');
    const frame = await frameHandle.contentFrame();
    if (!frame) throw new Error('no module frame');
    await frame.waitForFunction((key) => (window as unknown as Record<string, unknown>)[key] !== undefined, PROBE_KEY, {
      polling: 50,
      timeout: 30_000,
    });
    return (await frame.evaluate(SERIALIZE)) as string;
  } finally {
    await context.close();
  }
}
