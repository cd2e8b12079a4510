import type { Block, InlineRun, RichText } from './types.js';

/**
 * Compiles the Markdown subset of module files to blocks:
 * paragraphs, `## heading`, `- ` / `1. ` lists, `> ` quotes, `**strong**`, `*emphasis*`.
 * Anything else is kept as literal text, so nothing an author writes can become markup.
 */
export function parseRichText(source: string): RichText {
  const blocks: Block[] = [];
  const chunks = source.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((l) => /^[-*] /.test(l))) {
      blocks.push({ kind: 'ul', items: lines.map((l) => parseInline(l.slice(2))) });
    } else if (lines.every((l) => /^\d+[.)] /.test(l))) {
      blocks.push({ kind: 'ol', items: lines.map((l) => parseInline(l.replace(/^\d+[.)] /, ''))) });
    } else if (lines.length === 1 && /^#{1,6} /.test(lines[0])) {
      blocks.push({ kind: 'h', runs: parseInline(lines[0].replace(/^#+ /, '')) });
    } else if (lines.every((l) => l.startsWith('>'))) {
      blocks.push({ kind: 'quote', runs: parseInline(lines.map((l) => l.replace(/^>\s?/, '')).join(' ')) });
    } else {
      blocks.push({ kind: 'p', runs: parseInline(lines.join(' ')) });
    }
  }
  return blocks;
}

/** Splits a line into plain / strong / emphasis runs. Unbalanced markers stay literal. */
function parseInline(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) runs.push({ t: text.slice(last, index) });
    if (match[1] !== undefined) runs.push({ t: match[1], m: 's' });
    else runs.push({ t: match[2], m: 'e' });
    last = index + match[0].length;
  }
  if (last < text.length) runs.push({ t: text.slice(last) });
  return runs;
}
