/**
 * `npm run new-module -- <id> "<title>"`: a new module folder with one page of each common type
 * (info with figure, casus, reflection, quiz, summary, closing), commented, that passes every content check;
 * then the root imsmanifest.xml is rewritten so it stays in step with modules/.
 *
 *   tsx packaging/new-module.ts <id> "<title>" [--modules=dir] [--manifest=file]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError, loadAllModules } from '../src/content/load-module.js';
import { LIMITS } from '../src/content/limits.js';
import { CliError, parseOptions, usage, type OptionSpecs } from './cli.js';
import { courseManifest } from './packages.js';

const OPTIONS = {
  modules: { type: 'string', help: 'folder with the module folders (default modules)' },
  manifest: { type: 'string', help: 'root manifest to keep in step (default imsmanifest.xml for modules/)' },
  help: { type: 'boolean', help: 'show this help' },
} as const satisfies OptionSpecs;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const yamlString = (s: string) => JSON.stringify(s);

/** The files of a new module `id` with `title`, by file name. */
export function scaffold(id: string, title: string): Record<string, string> {
  const yaml = `# yaml-language-server: $schema=../../src/content/module.schema.json
# Nieuwe module. Alle velden staan beschreven in docs/module-format.md; je editor toont hints
# en aanvulling via de regel hierboven. Bekijk je werk met: npm run dev -- ${id}
id: ${id}                      # gelijk aan de mapnaam
version: 1                     # verhoog bij gewijzigde pagina's of vragen
title: ${yamlString(title)}
description: Vul hier in een of twee zinnen in wat de deelnemer leert.
language: nl
masteryScore: 70               # procent goede antwoorden in de eindtoets om te slagen
maxAttempts: 0                 # 0 = onbeperkt

objectives:
  - id: doel-1
    title: Je kunt uitleggen wat dit onderwerp betekent voor je werk met mantelzorgers.

pages:
  # ------------------------------------------------ info: tekst, optioneel een figuur
  - id: welkom
    type: info
    title: Welkom
    minutes: 1                 # moet passen bij de schatting: npx tsx packaging/estimate.ts ${id}
    body: |
      Een alinea met **nadruk** en *cursief*.

      - een punt
      - nog een punt
    figure:
      src: model.svg
      alt: Een model in drie stappen
      textVersion: |
        1. Eerste stap
        2. Tweede stap
        3. Derde stap

  # ------------------------------------------------ casus: de mensen en hun situatie
  - id: casus
    type: casus
    title: De casus
    minutes: 1
    intro: |
      Een korte inleiding op de casus.
    persons:
      - name: Mevrouw A. (fictief)
        role: cliënt
        description: Wie ze is en wat er speelt.
      - name: Meneer A. (fictief)
        role: mantelzorger
        description: Wat hij doet en wat hij nodig heeft.
    body: |
      Wat er gebeurt, in een paar alinea's.

  # ------------------------------------------------ reflection: de deelnemer schrijft
  - id: reflectie
    type: reflection
    title: Jouw praktijk
    minutes: 2
    objective: doel-1
    body: |
      Denk aan een situatie uit je eigen werk.
    fields:
      - id: reflectie-1
        label: Welke situatie komt bij je op?
        hint: Een paar zinnen is genoeg.

  # ------------------------------------------------ quiz: de eindtoets (hooguit één per module)
  - id: toets
    type: quiz
    title: Toets
    minutes: 1
    questions:
      - id: vraag-1
        type: single            # single: één goed antwoord; multiple: een of meer
        objective: doel-1
        prompt: Welke uitspraak past het best bij samenwerken met informele zorg?
        options:
          - id: a
            text: De professional beslist, de mantelzorger voert uit.
            correct: false
            feedback: Niet juist. Je beslist samen, met oog voor wat de mantelzorger kan en wil.
          - id: b
            text: Je kijkt samen wat nodig is en wie wat kan doen.
            correct: true
            feedback: Juist. Zo sluit de hulp aan bij het netwerk.

  # ------------------------------------------------ summary: tips om mee te nemen
  - id: afsluiting
    type: summary
    title: Afsluiting
    minutes: 1
    body: |
      Wat je in deze module hebt gezien.
    tips:
      - Een tip om morgen toe te passen.

  # ------------------------------------------------ closing: verplicht, de laatste pagina. De speler vult
  # resultaat, leerdoelen, eigen antwoorden, Mijn verslag en Afronden zelf in; schrijf alleen wat je hierna doet.
  - id: afronding
    type: closing
    title: Afronding
    minutes: 1
    next:
      - Probeer het deze week bij een cliënt.
`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80" role="img" aria-labelledby="t"><title id="t">Een model in drie stappen</title>
<g font-family="sans-serif" font-size="14" text-anchor="middle">
<rect x="5" y="20" width="80" height="40" rx="6" fill="#e6f2f2" stroke="#0b5d5e"/><text x="45" y="45">Stap 1</text>
<rect x="110" y="20" width="80" height="40" rx="6" fill="#e6f2f2" stroke="#0b5d5e"/><text x="150" y="45">Stap 2</text>
<rect x="215" y="20" width="80" height="40" rx="6" fill="#e6f2f2" stroke="#0b5d5e"/><text x="255" y="45">Stap 3</text>
</g></svg>
`;
  return { 'module.yaml': yaml, 'model.svg': svg };
}

/** What is wrong with the arguments, or null. */
export function checkNewModule(id: string | undefined, title: string | undefined, modulesDir: string): string | null {
  if (!id || !title) return 'Give an id and a title, e.g. npm run new-module -- mijn-module "Mijn module"';
  if (!ID.test(id)) return `id "${id}" may only contain lowercase letters, digits and hyphens (at most 64), e.g. mijn-module`;
  if (existsSync(join(modulesDir, id))) return `${join(modulesDir, id)} already exists: choose another id`;
  const max = LIMITS.find((l) => l.path.test('title'))!;
  if (title.length > max.max) return `title is ${title.length} characters, at most ${max.max}: ${max.reason}`;
  return null;
}

function main(): void {
  let parsed;
  try {
    parsed = parseOptions(process.argv.slice(2), OPTIONS, { positionals: 2 });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`${error.message}\n\n${usage('npm run new-module --', OPTIONS, '<id> "<title>"')}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(usage('npm run new-module --', OPTIONS, '<id> "<title>"'));
    return;
  }
  const modulesDir = parsed.values.modules ?? 'modules';
  const [id, title] = parsed.positionals;
  const problem = checkNewModule(id, title, modulesDir);
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  const folder = join(modulesDir, id);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(scaffold(id, title))) writeFileSync(join(folder, name), text);
  console.log(`Created ${folder}/ (module.yaml, model.svg).`);

  const manifest = parsed.values.manifest ?? (modulesDir === 'modules' ? 'imsmanifest.xml' : undefined);
  if (manifest) {
    try {
      writeFileSync(manifest, courseManifest(loadAllModules(modulesDir), 'scorm2004'));
      console.log(`Updated ${manifest} (the full course now lists ${id}).`);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(`${manifest} not updated — another module has content errors:\n${error.message}`);
      process.exit(1);
    }
  }
  console.log(`Next: npm run dev -- ${id}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
