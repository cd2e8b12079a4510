/**
 * Command-line options for the packaging scripts, parsed with `node:util` parseArgs.
 * An unknown or misspelled option, or a value outside its choices, stops with a short message.
 */
import { parseArgs } from 'node:util';

interface OptionSpec {
  type: 'string' | 'boolean';
  /** Allowed values of a string option. */
  choices?: readonly string[];
  /** One line for the usage text. */
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** A command-line mistake; `message` says what is wrong and how to write it. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

type Values<S extends OptionSpecs> = { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string };

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

/** The closest known word, when it is close enough to be a typo. */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(word, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const optionText = (name: string, spec: OptionSpec) =>
  spec.type === 'boolean' ? `--${name}` : `--${name}=${spec.choices ? spec.choices.join('|') : '…'}`;

/** The usage lines for `specs`. */
export function usage(command: string, specs: OptionSpecs, positionals = ''): string {
  const lines = Object.entries(specs).map(([name, spec]) => `  ${optionText(name, spec).padEnd(30)} ${spec.help}`);
  return `Usage: ${command}${positionals ? ` ${positionals}` : ''} [options]\n${lines.join('\n')}`;
}

/** Parses `argv` strictly. Throws CliError naming the wrong option and, for a typo, the one meant. */
export function parseOptions<S extends OptionSpecs>(
  argv: string[],
  specs: S,
  { positionals = 0 }: { positionals?: number } = {},
): { values: Values<S>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const arg = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = arg.replace(/^-+/, '').split('=')[0];
      const guess = closest(name, Object.keys(specs));
      throw new CliError(`Unknown option ${arg.split('=')[0]}${guess ? ` — did you mean ${optionText(guess, specs[guess])}?` : ''}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = arg.replace(/^-+/, '').split(/[=\s]/)[0];
      const spec = specs[name];
      throw new CliError(
        spec?.type === 'boolean' ? `--${name} takes no value` : `--${name} needs a value: ${spec ? optionText(name, spec) : ''}`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new CliError(`Unexpected argument ${arg}`);
    throw new CliError((error as Error).message);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      const guess = closest(value, spec.choices);
      throw new CliError(
        `--${name}=${value} is not a choice: use ${spec.choices.map((c) => `--${name}=${c}`).join(' or ')}${guess ? ` (did you mean --${name}=${guess}?)` : ''}`,
      );
    }
  }
  if (parsed.positionals.length > positionals) throw new CliError(`Unexpected argument ${parsed.positionals[positionals]}`);
  return { values: parsed.values as Values<S>, positionals: parsed.positionals };
}
