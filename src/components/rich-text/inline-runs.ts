import { html, type TemplateResult } from 'lit';
import type { InlineRun } from '../../content/types.js';

/** Inline runs as text with <strong>/<em>: author text is never parsed as HTML. */
export function inlineRuns(list: InlineRun[]): TemplateResult[] {
  return list.map((r) => (r.m === 's' ? html`<strong>${r.t}</strong>` : r.m === 'e' ? html`<em>${r.t}</em>` : html`${r.t}`));
}
