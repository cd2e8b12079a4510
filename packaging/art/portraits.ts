/**
 * Generates the illustrated portraits of the casus persons and wires them into the module files.
 *
 *   npx tsx packaging/art/portraits.ts
 *
 * For every entry below it writes modules/<module>/portrait-<slug>.svg and sets
 * `portrait: { src, alt }` on the person with that exact `name` in modules/<module>/module.yaml
 * (other lines stay as written). Output is deterministic: running it twice changes nothing.
 *
 * A new portrait: add an entry to PEOPLE with the module id, the person's name exactly as in the
 * module file, a slug (lowercase, hyphens), a short Dutch alt ("Getekend portret van <naam>: …" with
 * one or two visible traits) and a spec: skin, hair style and colour, clothing, background, age
 * (age drives the lines; use a grey or white hair colour for older people), and optional glasses,
 * beard, neckline, lanyard (wijkteam staff), wheelchair (backrest behind the shoulders), tired
 * eyes or a headscarf. Two specs draw two people side by side. Then run the command above and
 * look at the result (packaging/art/contact-sheet.ts renders every cover and portrait on one page).
 * Keep each file under 3 KB (tests/unit/module-art.test.ts checks it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAIR as H, portraitSvg, type PortraitSpec } from './portrait.js';
import { C, wirePortrait } from './svg-kit.js';

export interface PersonArt {
  module: string;
  name: string;
  slug: string;
  alt: string;
  specs: PortraitSpec[];
}

const BG = { teal: C.tealSoft, sand: '#f6ecdd', sage: '#e7f0e6', rose: '#f5e8ec', sky: '#e6edf5', butter: '#fbf1d6' };

const p = (module: string, name: string, slug: string, alt: string, ...specs: PortraitSpec[]): PersonArt => ({
  module,
  name,
  slug,
  alt,
  specs,
});

/** Every casus person in every module. */
export const PEOPLE: PersonArt[] = [
  // betrokkenheid-participatie
  p(
    'betrokkenheid-participatie',
    'Dennis Brouwer (fictief)',
    'dennis-brouwer',
    'Getekend portret van Dennis Brouwer: een jonge man met kort bruin haar en een groene trui.',
    { skin: 'fair', hair: 'short', hairColour: H.brown, cloth: C.sageDark, bg: BG.sage, age: 24, neck: 'hoodie' },
  ),
  p(
    'betrokkenheid-participatie',
    'Monique Brouwer (fictief)',
    'monique-brouwer',
    'Getekend portret van Monique Brouwer: een vrouw van middelbare leeftijd met halflang blond haar.',
    { skin: 'light', hair: 'bob', hairColour: H.darkBlonde, cloth: C.terracotta, bg: BG.sand, age: 52 },
  ),
  p(
    'betrokkenheid-participatie',
    'Gerda Meijer (fictief)',
    'gerda-meijer',
    'Getekend portret van Gerda Meijer: een oudere vrouw met kort grijs haar en een bril.',
    { skin: 'light', hair: 'pixie', hairColour: H.grey, cloth: C.olive, bg: BG.sage, age: 66, glasses: true, neck: 'v' },
  ),
  p(
    'betrokkenheid-participatie',
    'Esther Dekker (fictief)',
    'esther-dekker',
    'Getekend portret van Esther Dekker: een vrouw met donker haar in een paardenstaart en een naamkaartje.',
    { skin: 'warm', hair: 'ponytail', hairColour: H.darkBrown, cloth: C.dustyBlue, bg: BG.teal, age: 36, lanyard: true },
  ),
  // casusbespreking
  p(
    'casusbespreking',
    'Mevrouw Ria de Vries (fictief)',
    'ria-de-vries',
    'Getekend portret van mevrouw Ria de Vries: een oude vrouw met wit krullend haar en een bril.',
    { skin: 'light', hair: 'curls', hairColour: H.white, cloth: C.lavender, bg: BG.rose, age: 82, glasses: true },
  ),
  p(
    'casusbespreking',
    'Sandra de Vries (fictief)',
    'sandra-de-vries',
    'Getekend portret van Sandra de Vries: een vrouw met halflang bruin haar die er moe uitziet.',
    { skin: 'light', hair: 'bob', hairColour: H.lightBrown, cloth: C.navy, bg: BG.sky, age: 54, tired: true },
  ),
  p(
    'casusbespreking',
    'Ahmed Benali (fictief)',
    'ahmed-benali',
    'Getekend portret van Ahmed Benali: een jonge man met kort zwart haar en een korte baard.',
    { skin: 'tan', hair: 'short', hairColour: H.black, cloth: C.mustard, bg: BG.butter, age: 31, beard: 'short' },
  ),
  p(
    'casusbespreking',
    'Joyce Willems (fictief)',
    'joyce-willems',
    'Getekend portret van Joyce Willems: een vrouw met opgestoken krullend haar en een naamkaartje.',
    { skin: 'deep', hair: 'puff', hairColour: H.black, cloth: C.tealMid, bg: BG.teal, age: 40, lanyard: true },
  ),
  // eigen-kracht
  p(
    'eigen-kracht',
    'Linda Verbeek (fictief)',
    'linda-verbeek',
    'Getekend portret van Linda Verbeek: een vrouw met schouderlang haar, in een rolstoel.',
    { skin: 'light', hair: 'long', hairColour: H.darkBlonde, cloth: C.plum, bg: BG.rose, age: 46, wheelchair: true },
  ),
  p(
    'eigen-kracht',
    'Rob Verbeek (fictief)',
    'rob-verbeek',
    'Getekend portret van Rob Verbeek: een man met kort bruin haar en een blauw overhemd.',
    { skin: 'fair', hair: 'receding', hairColour: H.brown, cloth: C.dustyBlue, bg: BG.sky, age: 48, neck: 'collar', beard: 'short' },
  ),
  p(
    'eigen-kracht',
    'Sanne Verbeek (fictief)',
    'sanne-verbeek',
    'Getekend portret van Sanne Verbeek: een tienermeisje met lang blond haar in een paardenstaart en een hoodie.',
    { skin: 'light', hair: 'ponytail', hairColour: H.blonde, cloth: C.coral, bg: BG.butter, age: 16, neck: 'hoodie' },
  ),
  p(
    'eigen-kracht',
    'Yvonne de Wit (fictief)',
    'yvonne-de-wit',
    'Getekend portret van Yvonne de Wit: een oudere vrouw met grijsblond haar en een bril.',
    { skin: 'light', hair: 'bob', hairColour: H.grey, cloth: C.sageDark, bg: BG.sage, age: 62, glasses: true },
  ),
  p(
    'eigen-kracht',
    'Bram Kuipers (fictief)',
    'bram-kuipers',
    'Getekend portret van Bram Kuipers: een man met rood haar, een baard en een naamkaartje.',
    { skin: 'light', hair: 'short', hairColour: H.red, cloth: C.navy, bg: BG.teal, age: 38, beard: 'full', lanyard: true },
  ),
  // individueel-collectief
  p(
    'individueel-collectief',
    'Femke de Boer (fictief)',
    'femke-de-boer',
    'Getekend portret van Femke de Boer: een jonge vrouw met blond haar in een knot en een naamkaartje.',
    { skin: 'light', hair: 'bun', hairColour: H.blonde, cloth: C.tealMid, bg: BG.teal, age: 32, lanyard: true },
  ),
  p(
    'individueel-collectief',
    'Joke Smit (fictief)',
    'joke-smit',
    'Getekend portret van Joke Smit: een oudere vrouw met kort wit haar en een bril.',
    { skin: 'light', hair: 'pixie', hairColour: H.white, cloth: C.sageDark, bg: BG.sage, age: 74, glasses: true, tired: true },
  ),
  p(
    'individueel-collectief',
    'Bea Kok (fictief)',
    'bea-kok',
    'Getekend portret van Bea Kok: een vrouw met kort grijsbruin haar en een rode trui.',
    { skin: 'fair', hair: 'pixie', hairColour: H.greyBrown, cloth: C.terracotta, bg: BG.sand, age: 59 },
  ),
  p(
    'individueel-collectief',
    'Hasan Demir (fictief)',
    'hasan-demir',
    'Getekend portret van Hasan Demir: een oudere man met grijs haar en een grijze snor.',
    { skin: 'tan', hair: 'receding', hairColour: H.grey, cloth: C.dustyBlue, bg: BG.sky, age: 66, beard: 'moustache', neck: 'collar' },
  ),
  p(
    'individueel-collectief',
    'Jeroen Prins (fictief)',
    'jeroen-prins',
    'Getekend portret van Jeroen Prins: een man met donker haar, een baard en een naamkaartje.',
    { skin: 'fair', hair: 'short', hairColour: H.darkBrown, cloth: C.olive, bg: BG.teal, age: 42, beard: 'full', lanyard: true },
  ),
  p(
    'individueel-collectief',
    'Ineke Vos (fictief)',
    'ineke-vos',
    'Getekend portret van Ineke Vos: een vrouw met halflang bruin haar, een bril en een naamkaartje.',
    { skin: 'light', hair: 'bob', hairColour: H.brown, cloth: C.plum, bg: BG.rose, age: 50, glasses: true, lanyard: true },
  ),
  // oplossingsgericht
  p(
    'oplossingsgericht',
    'Ruud van den Berg (fictief)',
    'ruud-van-den-berg',
    'Getekend portret van Ruud van den Berg: een man met kort grijs haar en een blauwe trui.',
    { skin: 'fair', hair: 'receding', hairColour: H.grey, cloth: C.dustyBlue, bg: BG.sky, age: 58 },
  ),
  p(
    'oplossingsgericht',
    'Ellen van den Berg (fictief)',
    'ellen-van-den-berg',
    'Getekend portret van Ellen van den Berg: een vrouw met halflang donkerblond haar die er moe uitziet.',
    { skin: 'light', hair: 'bob', hairColour: H.darkBlonde, cloth: C.terracotta, bg: BG.sand, age: 55, tired: true },
  ),
  p(
    'oplossingsgericht',
    'Daan en Sophie van den Berg (fictief)',
    'daan-en-sophie-van-den-berg',
    'Getekend portret van Daan en Sophie van den Berg naast elkaar: een jonge man met een korte baard en een jonge vrouw met lang bruin haar.',
    { skin: 'light', hair: 'short', hairColour: H.brown, cloth: C.navy, bg: BG.butter, age: 27, beard: 'short' },
    { skin: 'light', hair: 'long', hairColour: H.lightBrown, cloth: C.mustard, bg: BG.butter, age: 24 },
  ),
  p(
    'oplossingsgericht',
    'Greet Aalbers (fictief)',
    'greet-aalbers',
    'Getekend portret van Greet Aalbers: een vrouw met kort grijsblond haar en een bril.',
    { skin: 'light', hair: 'pixie', hairColour: H.greyBrown, cloth: C.sageDark, bg: BG.sage, age: 60, glasses: true },
  ),
  p(
    'oplossingsgericht',
    'Wim Koster (fictief)',
    'wim-koster',
    'Getekend portret van Wim Koster: een oudere man met een kaal hoofd, grijs haar opzij en een grijze stoppelbaard.',
    {
      skin: 'fair',
      hair: 'bald',
      hairColour: H.grey,
      cloth: C.mustard,
      bg: BG.sand,
      age: 66,
      beard: 'short',
      beardColour: H.grey,
      neck: 'collar',
    },
  ),
  p(
    'oplossingsgericht',
    'Priya Ramdin (fictief)',
    'priya-ramdin',
    'Getekend portret van Priya Ramdin: een vrouw met lang zwart haar en een naamkaartje.',
    { skin: 'brown', hair: 'long', hairColour: H.black, cloth: C.tealMid, bg: BG.teal, age: 35, lanyard: true },
  ),
  // professionele-ruimte
  p(
    'professionele-ruimte',
    'Cor Hofman (fictief)',
    'cor-hofman',
    'Getekend portret van Cor Hofman: een oudere man met een kaal hoofd en wit haar opzij.',
    { skin: 'light', hair: 'bald', hairColour: H.white, cloth: C.navy, bg: BG.sky, age: 70, tired: true, neck: 'collar' },
  ),
  p(
    'professionele-ruimte',
    'Anouk Hofman (fictief)',
    'anouk-hofman',
    'Getekend portret van Anouk Hofman: een vrouw met bruin haar in een paardenstaart.',
    { skin: 'light', hair: 'ponytail', hairColour: H.brown, cloth: C.coral, bg: BG.sand, age: 38 },
  ),
  p(
    'professionele-ruimte',
    'Petra Lammers (fictief)',
    'petra-lammers',
    'Getekend portret van Petra Lammers: een vrouw met kort rood haar en een bril.',
    { skin: 'light', hair: 'pixie', hairColour: H.red, cloth: C.olive, bg: BG.butter, age: 55, glasses: true },
  ),
  p(
    'professionele-ruimte',
    'Ruben Groen (fictief)',
    'ruben-groen',
    'Getekend portret van Ruben Groen: een jonge man met kort krullend zwart haar en een naamkaartje.',
    { skin: 'brown', hair: 'curlyShort', hairColour: H.black, cloth: C.dustyBlue, bg: BG.teal, age: 30, lanyard: true },
  ),
  p(
    'professionele-ruimte',
    'Karin Mol (fictief)',
    'karin-mol',
    'Getekend portret van Karin Mol: een vrouw met halflang blond haar, een bril en een naamkaartje.',
    { skin: 'light', hair: 'bob', hairColour: H.blonde, cloth: C.navy, bg: BG.teal, age: 50, glasses: true, lanyard: true },
  ),
  // samenwerken-netwerken
  p(
    'samenwerken-netwerken',
    'Frans de Graaf (fictief)',
    'frans-de-graaf',
    'Getekend portret van Frans de Graaf: een oude man met wit haar en een bril.',
    { skin: 'light', hair: 'bald', hairColour: H.white, cloth: C.sageDark, bg: BG.sage, age: 79, glasses: true, neck: 'collar' },
  ),
  p(
    'samenwerken-netwerken',
    'Annie de Graaf (fictief)',
    'annie-de-graaf',
    'Getekend portret van Annie de Graaf: een oude vrouw met wit krullend haar die er moe uitziet.',
    { skin: 'light', hair: 'curls', hairColour: H.white, cloth: C.coral, bg: BG.rose, age: 76, tired: true },
  ),
  p(
    'samenwerken-netwerken',
    'Marieke de Graaf (fictief)',
    'marieke-de-graaf',
    'Getekend portret van Marieke de Graaf: een vrouw met schouderlang bruin haar en een blauwe blouse.',
    { skin: 'light', hair: 'long', hairColour: H.brown, cloth: C.dustyBlue, bg: BG.sky, age: 51, neck: 'collar' },
  ),
  p(
    'samenwerken-netwerken',
    'Johan Kramer (fictief)',
    'johan-kramer',
    'Getekend portret van Johan Kramer: een oudere man met kort grijs haar en een grijze baard.',
    { skin: 'fair', hair: 'receding', hairColour: H.grey, cloth: C.mustard, bg: BG.butter, age: 66, beard: 'full' },
  ),
  p(
    'samenwerken-netwerken',
    'Iris Maas (fictief)',
    'iris-maas',
    'Getekend portret van Iris Maas: een vrouw met halflang zwart haar en een naamkaartje.',
    { skin: 'deep', hair: 'bob', hairColour: H.black, cloth: C.plum, bg: BG.teal, age: 36, lanyard: true },
  ),
  // signaleren-veranderingen
  p(
    'signaleren-veranderingen',
    'Jesse Wijnands (fictief)',
    'jesse-wijnands',
    'Getekend portret van Jesse Wijnands: een jonge man met kort donkerblond haar en een hoodie.',
    { skin: 'light', hair: 'short', hairColour: H.darkBlonde, cloth: C.grey, bg: BG.sky, age: 29, neck: 'hoodie' },
  ),
  p(
    'signaleren-veranderingen',
    'Carla Wijnands (fictief)',
    'carla-wijnands',
    'Getekend portret van Carla Wijnands: een vrouw met kort grijsbruin haar die er moe uitziet.',
    { skin: 'light', hair: 'pixie', hairColour: H.greyBrown, cloth: C.coral, bg: BG.rose, age: 58, tired: true },
  ),
  p(
    'signaleren-veranderingen',
    'Joop van Leeuwen (fictief)',
    'joop-van-leeuwen',
    'Getekend portret van Joop van Leeuwen: een man met heel kort haar en een sportshirt.',
    { skin: 'fair', hair: 'crop', hairColour: H.lightBrown, cloth: C.tealMid, bg: BG.sage, age: 45, beard: 'short' },
  ),
  p(
    'signaleren-veranderingen',
    'Noor Hendriks (fictief)',
    'noor-hendriks',
    'Getekend portret van Noor Hendriks: een vrouw met lang donkerbruin haar en een naamkaartje.',
    { skin: 'warm', hair: 'long', hairColour: H.darkBrown, cloth: C.mustard, bg: BG.teal, age: 33, lanyard: true },
  ),
  // vragen-verhelderen
  p(
    'vragen-verhelderen',
    'Gerrit Mulder (fictief)',
    'gerrit-mulder',
    'Getekend portret van Gerrit Mulder: een oude man met dun wit haar, een bril en een bruin vest.',
    { skin: 'light', hair: 'bald', hairColour: H.white, cloth: '#9c8468', bg: BG.sand, age: 81, glasses: true, neck: 'v' },
  ),
  p(
    'vragen-verhelderen',
    'Tineke Mulder (fictief)',
    'tineke-mulder',
    'Getekend portret van Tineke Mulder: een oude vrouw met wit krullend haar en een paarse trui.',
    { skin: 'light', hair: 'curls', hairColour: H.white, cloth: C.plum, bg: BG.rose, age: 78 },
  ),
  p(
    'vragen-verhelderen',
    'Kees Wolters (fictief)',
    'kees-wolters',
    'Getekend portret van Kees Wolters: een oudere man met grijs haar en een grijze snor.',
    { skin: 'fair', hair: 'receding', hairColour: H.grey, cloth: C.navy, bg: BG.sky, age: 67, beard: 'moustache', neck: 'collar' },
  ),
  p(
    'vragen-verhelderen',
    'Mirjam Hoekstra (fictief)',
    'mirjam-hoekstra',
    'Getekend portret van Mirjam Hoekstra: een vrouw met halflang bruin haar en een naamkaartje.',
    { skin: 'light', hair: 'bob', hairColour: H.brown, cloth: C.tealMid, bg: BG.teal, age: 45, lanyard: true },
  ),
  // werelden-culturen
  p(
    'werelden-culturen',
    'Mohamed Bouzid (fictief)',
    'mohamed-bouzid',
    'Getekend portret van Mohamed Bouzid: een oude man met grijs haar en een korte grijze baard.',
    { skin: 'tan', hair: 'receding', hairColour: H.grey, cloth: '#9c8468', bg: BG.sand, age: 76, beard: 'full', beardColour: H.grey },
  ),
  p(
    'werelden-culturen',
    'Samira Bouzid (fictief)',
    'samira-bouzid',
    'Getekend portret van Samira Bouzid: een vrouw met een donkerblauwe hoofddoek.',
    { skin: 'tan', hair: 'headscarf', hairColour: H.black, cloth: C.plum, bg: BG.rose, age: 41, scarf: C.navy },
  ),
  p(
    'werelden-culturen',
    'Yusuf Bouzid (fictief)',
    'yusuf-bouzid',
    'Getekend portret van Yusuf Bouzid: een man met kort zwart haar en een baard.',
    { skin: 'tan', hair: 'short', hairColour: H.black, cloth: C.dustyBlue, bg: BG.sky, age: 44, beard: 'full', neck: 'collar' },
  ),
  p(
    'werelden-culturen',
    'Hanneke Jacobs (fictief)',
    'hanneke-jacobs',
    'Getekend portret van Hanneke Jacobs: een oudere vrouw met halflang grijs haar en een bril.',
    { skin: 'light', hair: 'bob', hairColour: H.grey, cloth: C.mustard, bg: BG.butter, age: 63, glasses: true },
  ),
  p(
    'werelden-culturen',
    'Bart Schouten (fictief)',
    'bart-schouten',
    'Getekend portret van Bart Schouten: een jonge man met kort blond haar en een naamkaartje.',
    { skin: 'fair', hair: 'short', hairColour: H.blonde, cloth: C.tealMid, bg: BG.teal, age: 34, lanyard: true, neck: 'collar' },
  ),
  // zichtbaar-outreachend
  p(
    'zichtbaar-outreachend',
    'Jan Bosman (fictief)',
    'jan-bosman',
    'Getekend portret van Jan Bosman: een oude man met wit haar die er moe uitziet.',
    { skin: 'light', hair: 'receding', hairColour: H.white, cloth: C.sageDark, bg: BG.sage, age: 76, tired: true, neck: 'collar' },
  ),
  p(
    'zichtbaar-outreachend',
    'Lies Bosman (fictief)',
    'lies-bosman',
    'Getekend portret van Lies Bosman: een oude vrouw met kort grijs haar en een lila vest.',
    { skin: 'light', hair: 'curls', hairColour: H.grey, cloth: C.lavender, bg: BG.rose, age: 74, neck: 'v' },
  ),
  p(
    'zichtbaar-outreachend',
    'Ingrid Post (fictief)',
    'ingrid-post',
    'Getekend portret van Ingrid Post: een vrouw met blond haar in een paardenstaart en een witte jas.',
    { skin: 'light', hair: 'ponytail', hairColour: H.blonde, cloth: '#eef1f2', bg: BG.sky, age: 45, neck: 'v', lanyard: true },
  ),
  p(
    'zichtbaar-outreachend',
    'Fatma Yildiz (fictief)',
    'fatma-yildiz',
    'Getekend portret van Fatma Yildiz: een vrouw met donker haar met grijze lokken in een knot.',
    { skin: 'warm', hair: 'bun', hairColour: H.greyBrown, cloth: C.terracotta, bg: BG.butter, age: 58, glasses: true },
  ),
  p(
    'zichtbaar-outreachend',
    'Marloes van Dijk (fictief)',
    'marloes-van-dijk',
    'Getekend portret van Marloes van Dijk: een vrouw met bruin krullend haar, een bril en een naamkaartje.',
    { skin: 'fair', hair: 'curls', hairColour: H.brown, cloth: C.tealMid, bg: BG.teal, age: 40, glasses: true, lanyard: true },
  ),
];

/** Writes every portrait and wires it into its module file. */
export function writePortraits(modulesDir: string): void {
  for (const person of PEOPLE) {
    const src = `portrait-${person.slug}.svg`;
    writeFileSync(join(modulesDir, person.module, src), portraitSvg(person.specs));
    wirePortrait(join(modulesDir, person.module, 'module.yaml'), person.name, src, person.alt);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writePortraits(fileURLToPath(new URL('../../modules', import.meta.url)));
  console.log(`${PEOPLE.length} portraits written`);
}
