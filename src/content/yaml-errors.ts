/**
 * YAML parser errors translated for authors: a short Dutch explanation of what is wrong on the line,
 * and how to fix it. Only the first error of a file is reported — the ones after it are usually
 * a cascade of the same mistake.
 */

/** The parts of a `yaml` YAMLError we use. */
export interface YamlErrorLike {
  code?: string;
  message: string;
  linePos?: [{ line: number; col: number }, ...unknown[]];
}

export interface YamlExplanation {
  line?: number;
  message: string;
}

/** Dutch names of common fields, so a message can say "zet de titel tussen aanhalingstekens". */
const FIELD_NAMES: Record<string, string> = {
  title: 'titel',
  description: 'beschrijving',
  label: 'label',
  hint: 'hint',
  teamLabel: 'label',
  teamHint: 'hint',
  prompt: 'vraag',
  text: 'tekst',
  feedback: 'feedback',
  alt: 'alt-tekst',
  caption: 'bijschrift',
  name: 'naam',
  role: 'rol',
  purpose: 'doel',
  guard: 'tekst',
  pitfall: 'valkuil',
  organisation: 'organisatienaam',
};

const KEY_VALUE = /^\s*(?:- )?([A-Za-z][\w-]*):[ \t]+(.*)$/;

function quoteFix(key: string, value: string): string {
  const noun = FIELD_NAMES[key] ? `de ${FIELD_NAMES[key]}` : `de waarde van ${key}`;
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return `zet ${noun} tussen aanhalingstekens: ${key}: ${quoted}`;
}

/** A plain value may not start with these: YAML reads them as syntax. */
const RESERVED_START = /^[*&!@`%{[|>]/;

/** Explains the first YAML error of `text`, or a warning that would silently change a value. */
export function explainYamlError(error: YamlErrorLike, text: string): YamlExplanation {
  const lines = text.split(/\r?\n/);
  const line = error.linePos?.[0].line;
  const source = line ? (lines[line - 1] ?? '') : '';
  const kv = KEY_VALUE.exec(source);
  const key = kv?.[1] ?? '';
  const value = (kv?.[2] ?? '').trim();
  const at = (message: string): YamlExplanation => ({ ...(line ? { line } : {}), message });

  if (error.code === 'TAB_AS_INDENT' || (/\t/.test(source.match(/^\s*/)?.[0] ?? '') && error.code !== 'DUPLICATE_KEY')) {
    return at('deze regel springt in met een tab: gebruik spaties, geen tabs (2 spaties per niveau)');
  }
  if (error.code === 'DUPLICATE_KEY') {
    return at(`${key || 'dit veld'} staat twee keer in hetzelfde blok: verwijder of hernoem er één`);
  }
  if (kv && value && !/^["']/.test(value) && RESERVED_START.test(value) && error.code !== 'BAD_INDENT') {
    return at(`een tekst die met ${value[0]} begint leest YAML als opmaakteken: ${quoteFix(key, value)}`);
  }
  if (kv && value && /^["']/.test(value) && error.code === 'UNEXPECTED_TOKEN') {
    const q = value[0];
    return at(
      `na het sluitende ${q} staat nog tekst: zet de hele tekst tussen aanhalingstekens en schrijf een ${q} in de tekst als ${q === '"' ? '\\"' : "''"}`,
    );
  }
  if (error.code === 'MISSING_CHAR' && /closing ("|')quote/.test(error.message)) {
    const q = /closing (["'])quote/.exec(error.message)![1];
    const opened = findOpenQuote(lines, (line ?? lines.length) - 1, q);
    return {
      ...(opened ? { line: opened } : line ? { line } : {}),
      message: `het aanhalingsteken ${q} wordt niet gesloten: sluit de tekst af met ${q} op dezelfde regel`,
    };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    if (kv && /:\s/.test(value) && !/^["']/.test(value)) {
      return at(`de tekst na "${key}:" bevat zelf een dubbele punt met spatie: ${quoteFix(key, value)}`);
    }
    return at('deze regel springt verder in dan de regel erboven: zet hem recht onder het veld waar hij bij hoort (2 spaties per niveau)');
  }
  if (
    error.code === 'BAD_INDENT' ||
    error.code === 'MISSING_CHAR' ||
    (error.code === 'UNEXPECTED_TOKEN' && /block-seq-ind/.test(error.message))
  ) {
    if (/Flow (map|sequence)/.test(error.message)) {
      const open = error.message.includes('Flow map') ? '{' : '[';
      const opened = findOpen(lines, (line ?? lines.length) - 1, open, open === '{' ? '}' : ']');
      const okv = opened ? KEY_VALUE.exec(lines[opened - 1]) : null;
      const fix = okv ? quoteFix(okv[1], okv[2].trim()) : 'zet de tekst tussen aanhalingstekens';
      return { ...(opened ? { line: opened } : line ? { line } : {}), message: `de ${open} wordt niet gesloten: ${fix}` };
    }
    return at(
      'de inspringing klopt niet: zet deze regel recht onder het veld waar hij bij hoort (2 spaties per niveau; een lijstitem begint met "- ")',
    );
  }
  if (error.code === 'TAG_RESOLVE_FAILED') {
    return at(`een tekst die met ! begint leest YAML als type-aanduiding: ${quoteFix(key, value)}`);
  }
  if (error.code === 'MULTIPLE_DOCS') return at('--- begint een tweede document: één module per bestand, haal de regel weg');
  return at(`YAML: ${firstLine(error.message)}`);
}

/** The parser's message without its "at line L, column C:" tail and code excerpt. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** The 1-based line whose value opens `open` without closing it, searching up from `from` (0-based). */
function findOpen(lines: string[], from: number, open: string, close: string): number | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const kv = KEY_VALUE.exec(lines[i]);
    if (kv && kv[2].trim().startsWith(open) && !kv[2].includes(close)) return i + 1;
  }
  return undefined;
}

/** The 1-based line where an unclosed quote was opened, searching up from `from` (0-based). */
function findOpenQuote(lines: string[], from: number, q: string): number | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const kv = KEY_VALUE.exec(lines[i]);
    if (kv && kv[2].trim().startsWith(q) && !kv[2].trim().slice(1).includes(q)) return i + 1;
  }
  return undefined;
}
