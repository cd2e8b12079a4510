import type { Block, GroupBlock, InlineRun, RichText, TextBlock } from './types.js';

/** Group fences: `::: kaarten` (cards), `::: stappen` (numbered cards), `::: uitklappen` (accordion), closed by `:::`. */
const GROUP_KINDS: Record<string, GroupBlock['kind']> = { kaarten: 'cards', stappen: 'steps', uitklappen: 'accordion' };
const GROUP_NAMES = '"::: kaarten", "::: stappen" or "::: uitklappen"';
const FENCE = /^\s*:::\s*(\S*)\s*$/;
const PART_TITLE = /^\s*### (.+)$/;

/**
 * Compiles the Markdown subset of module files to blocks:
 * paragraphs, `## heading`, `- ` / `1. ` lists, `> ` quotes, `**strong**`, `*emphasis*`,
 * and groups of parallel parts: `::: kaarten`, `::: stappen` or `::: uitklappen`, each part starting with `### title`,
 * closed by a line `:::`.
 * Anything else is kept as literal text, so nothing an author writes can become markup.
 * Mistakes in a group (unknown kind, no closing `:::`, text before the first `###`) are pushed to `issues`.
 */
export function parseRichText(source: string, issues: string[] = []): RichText {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let text: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i]);
    if (!fence) {
      text.push(lines[i]);
      continue;
    }
    blocks.push(...parseTextBlocks(text.join('\n')));
    text = [];
    const kind = GROUP_KINDS[fence[1]];
    if (!kind) {
      issues.push(fence[1] ? `unknown group "::: ${fence[1]}" (use ${GROUP_NAMES})` : `a closing ":::" without an opening ${GROUP_NAMES}`);
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && FENCE.test(l));
    if (end < 0 || FENCE.exec(lines[end])![1] !== '') {
      issues.push(`"::: ${fence[1]}" is not closed by a line ":::" before ${end < 0 ? 'the end of the text' : `"${lines[end].trim()}"`}`);
      if (end < 0) break;
    }
    blocks.push(parseGroup(kind, fence[1], lines.slice(i + 1, end), issues));
    i = end;
  }
  blocks.push(...parseTextBlocks(text.join('\n')));
  return blocks;
}

function parseGroup(kind: GroupBlock['kind'], name: string, lines: string[], issues: string[]): GroupBlock {
  const group: GroupBlock = { kind, parts: [] };
  let body: string[] | null = null;
  const flush = () => {
    if (body) group.parts[group.parts.length - 1].body = parseTextBlocks(body.join('\n'));
  };
  for (const line of lines) {
    const title = PART_TITLE.exec(line);
    if (title) {
      flush();
      group.parts.push({ title: parseInline(title[1].trim()), body: [] });
      body = [];
    } else if (body) body.push(line);
    else if (line.trim()) issues.push(`"::: ${name}": text before the first part; start each part with "### title"`);
  }
  flush();
  if (group.parts.length < 2) issues.push(`"::: ${name}" needs at least two parts, each starting with "### title"`);
  return group;
}

function parseTextBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const chunks = source.trim().split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
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
