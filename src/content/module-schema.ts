/**
 * The module file's schema, in one place: TypeBox builds the JSON schema (with the bilingual descriptions
 * that editors show as hints and that authoring messages rely on) and the TypeScript types of the raw,
 * authored module from the same definitions, so the two cannot drift.
 *
 * `module.schema.json` beside this file is generated from here (`npm run schema`) for editors
 * (`# yaml-language-server: $schema=…`); a unit test fails when it is not current.
 * The compiled course (rich text parsed, defaults filled in, totals added) is typed in `types.ts`
 * on top of these raw types.
 */
import { Type, type SchemaOptions, type Static, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';

/** Descriptions used in more than one place (Dutch for authors / English for developers). */
const D = {
  id: 'Unieke code: kleine letters, cijfers en streepjes. Bij de module gelijk aan de mapnaam; een pagina-, vraag- of veldcode mag je na publicatie niet meer wijzigen (opgeslagen voortgang hangt eraan). / Unique id: lowercase letters, digits, hyphens. The module id equals its folder name; do not change page, question or field ids after publishing (saved progress uses them).',
  file: 'Bestandsnaam in de modulemap. / File name in the module folder.',
  kind: 'Soort: voor een pagina info, casus, video, reflection, team, step, quiz, mode, actions, teamcode, summary of closing; voor een vraag single of multiple. / Kind: page type (info, casus, video, reflection, team, step, quiz, mode, actions, teamcode, summary, closing) or question type (single, multiple).',
  objective: 'Code van het leerdoel waar dit bij hoort (uit objectives). / Id of the objective this belongs to (from objectives).',
  questions: 'Vragen. / Questions.',
  body: "Hoofdtekst in opmaaktekst: alinea's, ## kop, - lijst, 1. lijst, > citaat, **vet**, *cursief*; gelijkwaardige onderdelen naast elkaar als kaarten (regel ::: kaarten), genummerde stappen (regel ::: stappen) of uitklapbaar (regel ::: uitklappen), elk onderdeel begint met ### titel, sluit af met een regel :::. / Main text in rich text (small Markdown subset); parallel parts as cards (line ::: kaarten), numbered steps (line ::: stappen) or an accordion (line ::: uitklappen), each part starting with ### title, closed by a line :::.",
  figure: 'Figuur of model bij de tekst (optioneel). / Figure or model with the text (optional).',
  activity:
    'Oefenvragen zonder cijfer die de deelnemer beantwoordt voor hij verdergaat (optioneel). / Ungraded practice questions to answer before going on (optional).',
  shortDescription: 'Korte beschrijving in een of twee zinnen. / Short description in one or two sentences.',
  prompts: 'Gespreksvragen, een per regel. / Discussion prompts, one per item.',
  timebox: 'Tijd voor het gesprek in minuten (1-60). / Time box for the discussion in minutes (1-60).',
  notes: 'Tekstveld voor de aantekeningen of conclusies. / Text field for notes or conclusions.',
} as const;

type DefName =
  'id' | 'text' | 'rich' | 'media' | 'minutes' | 'figure' | 'field' | 'option' | 'question' | 'questions' | 'activity' | 'prompts' | 'page';

/** A `$ref` to a shared definition in `$defs`, typed as the definition it points to. */
function ref<T extends TSchema>(name: DefName, _target: T, options: SchemaOptions = {}) {
  const { description, ...rest } = options;
  return Type.Unsafe<Static<T>>({ ...(description ? { description } : {}), $ref: `#/$defs/${name}`, ...rest });
}

/** A string enum written as `enum` (the messages list the allowed values from it). */
function oneOf<const V extends readonly string[]>(values: V, options: SchemaOptions = {}) {
  return Type.Unsafe<V[number]>({ ...options, enum: [...values] });
}

/** A closed object (unknown keys are a typo the author must hear about). */
function closed<P extends TProperties>(properties: P, options: SchemaOptions = {}): TObject<P> {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' });
const Text = Type.String({ minLength: 1 });
/** Rich text as authored: a small Markdown subset, parsed to blocks at build time. */
const Rich = Type.String({ minLength: 1 });
const Media = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*\\.(svg|png|jpg|jpeg|webp|mp4|webm|vtt)$' });
const Minutes = Type.Number({ exclusiveMinimum: 0, maximum: 30 });

const id = (description: string = D.id) => ref('id', Id, { description });
const text = (description: string, maxLength?: number) => ref('text', Text, { description, ...(maxLength ? { maxLength } : {}) });
const rich = (description: string = D.body) => ref('rich', Rich, { description });
const media = (description: string = D.file) => ref('media', Media, { description });

const Figure = closed({
  src: media(),
  alt: text('Korte tekstversie van de afbeelding voor schermlezers. / Short text alternative for screen readers.'),
  caption: Type.Optional(text('Bijschrift onder de figuur (optioneel). / Caption under the figure (optional).')),
  textVersion: Type.Optional(
    rich(
      'Volledige tekstversie van het model (opmaaktekst), onder een uitklapknop. / Full text version of the model (rich text), under a disclosure.',
    ),
  ),
});

const Field = closed({
  id: id(),
  label: text('Vraag of label boven het tekstveld. / Label above the text field.'),
  teamLabel: Type.Optional(
    text(
      'Label in teammodus (de notulist schrijft voor het team), in plaats van label (optioneel). / Label in team mode (the notulist writes for the team), instead of label (optional).',
    ),
  ),
  hint: Type.Optional(text('Hulptekst onder het label (optioneel). / Hint under the label (optional).')),
  teamHint: Type.Optional(text('Hulptekst in teammodus, in plaats van hint (optioneel). / Hint in team mode, instead of hint (optional).')),
  maxLength: Type.Optional(
    Type.Integer({
      description:
        'Maximaal aantal tekens dat de deelnemer kan typen (standaard 500). / Max characters the learner can type (default 500).',
      minimum: 1,
      maximum: 2000,
      default: 500,
    }),
  ),
  required: Type.Optional(
    Type.Boolean({
      description:
        'Moet de deelnemer dit veld invullen om verder te gaan? (standaard true) / Must the learner fill this in to go on? (default true)',
      default: true,
    }),
  ),
});

const Option = closed({
  id: Type.String({ description: D.id, pattern: '^[a-z0-9]$' }),
  text: text('Tekst van de antwoordmogelijkheid. / Text of the answer option.'),
  correct: Type.Boolean({ description: 'true als dit antwoord goed is. / true when this option is correct.' }),
  feedback: text(
    'Uitleg waarom dit antwoord (niet) goed is; verschijnt na het antwoorden. / Why this option is (not) right; shown after answering.',
  ),
});

const Question = closed({
  id: id(),
  type: oneOf(['single', 'multiple'], { description: D.kind }),
  prompt: text('De vraag zelf. / The question itself.'),
  objective: Type.Optional(id(D.objective)),
  options: Type.Array(ref('option', Option), {
    description: 'Antwoordmogelijkheden (2-10). / Answer options (2-10).',
    minItems: 2,
    maxItems: 10,
  }),
});

const Questions = Type.Array(ref('question', Question), { minItems: 1 });
const Activity = closed({ questions: ref('questions', Questions, { description: D.questions }) });
const Prompts = Type.Array(ref('text', Text));

const MODES = ['alone', 'team', 'joined'] as const;

/** Fields every page has (the page's own definition lists them as `true` and adds its own). */
const BaseFields = Type.Object({
  id: id(),
  title: text('Titel zoals de deelnemer hem ziet. Hooguit 80 tekens. / Title as the learner sees it. At most 80 characters.', 80),
  minutes: ref('minutes', Minutes, {
    description:
      'Geschatte minuten voor deze pagina (lezen ~200 woorden per minuut plus opdracht). / Estimated minutes for this page (reading ~200 words/min plus activity).',
  }),
  objective: Type.Optional(id(D.objective)),
  modes: Type.Optional(
    Type.Array(oneOf(MODES), {
      description:
        'Routes waarop deze pagina staat: alone (alleen), team (de bespreking), joined (meegedaan, teamcode); standaard alle. / Paths this page belongs to; default all.',
      minItems: 1,
      uniqueItems: true,
    }),
  ),
});
const BASE_REQUIRED = ['id', 'type', 'title', 'minutes'];
const Base = Type.Unsafe<Static<typeof BaseFields>>({
  required: BASE_REQUIRED,
  properties: {
    id: BaseFields.properties.id,
    type: true,
    title: BaseFields.properties.title,
    minutes: BaseFields.properties.minutes,
    objective: BaseFields.properties.objective,
    modes: BaseFields.properties.modes,
  },
});

/**
 * One page type: the base fields plus its own, closed; typed as base & `type` & own fields.
 * `onEveryPath`: the page may not be limited to some paths (no `modes` field).
 */
function page<K extends string, P extends TProperties, AllPaths extends boolean = false>(type: K, properties: P, onEveryPath?: AllPaths) {
  const own = Type.Object(properties);
  const base = ['id', 'type', 'title', 'minutes', 'objective', ...(onEveryPath ? [] : ['modes'])];
  const passThrough = Object.fromEntries(base.map((k) => [k, true]));
  type Base = AllPaths extends true ? Omit<Static<typeof BaseFields>, 'modes'> & { modes?: undefined } : Static<typeof BaseFields>;
  return Type.Unsafe<Base & { type: K } & Static<typeof own>>({
    allOf: [{ $ref: '#/$defs/base' }],
    required: own.required ?? [],
    properties: { ...passThrough, ...own.properties },
    additionalProperties: false,
  });
}

const Timebox = (description: string = D.timebox) => Type.Integer({ description, minimum: 1, maximum: 60 });

const InfoPage = page('info', {
  body: rich(),
  figure: Type.Optional(ref('figure', Figure, { description: D.figure })),
  activity: Type.Optional(ref('activity', Activity, { description: D.activity })),
});

const Person = closed({
  name: text('Naam. Hooguit 60 tekens. / Name. At most 60 characters.', 60),
  role: text('Rol in de casus, bijvoorbeeld mantelzorger. / Role in the case, e.g. informal carer.'),
  description: text(D.shortDescription),
  portrait: Type.Optional(
    closed(
      {
        src: media(),
        alt: text(
          'Wat het portret laat zien, voor schermlezers. Hooguit 250 tekens. / What the portrait shows, for screen readers. At most 250 characters.',
          250,
        ),
      },
      { description: 'Getekend portret (optioneel). / Illustrated portrait (optional).' },
    ),
  ),
});

const CasusPage = page('casus', {
  intro: rich('Inleiding op de casus (opmaaktekst). / Introduction to the case (rich text).'),
  body: rich(),
  figure: Type.Optional(ref('figure', Figure, { description: D.figure })),
  persons: Type.Array(Person, { description: 'De mensen in de casus. / The people in the case.', minItems: 1 }),
});

const VideoPage = page('video', {
  src: Type.Optional(media()),
  captions: Type.Optional(
    media(
      'WebVTT-ondertitelbestand (.vtt) in de modulemap; verplicht bij een video. / WebVTT captions file (.vtt); required with a video.',
    ),
  ),
  transcript: rich('Volledige uitgeschreven tekst van de video (opmaaktekst). / Full transcript of the video (rich text).'),
  body: Type.Optional(rich()),
});

const ReflectionPage = page('reflection', {
  body: rich(),
  fields: Type.Array(ref('field', Field), {
    description: 'Tekstvelden waarin de deelnemer schrijft. / Text fields the learner writes in.',
    minItems: 1,
  }),
});

const TeamPage = page('team', {
  body: rich(),
  prompts: ref('prompts', Prompts, { description: D.prompts, minItems: 1 }),
  timebox: Timebox(),
  notes: ref('field', Field, { description: D.notes }),
});

const StepPage = page('step', {
  step: Type.Integer({ description: 'Nummer van de stap (1-9). / Step number (1-9).', minimum: 1, maximum: 9 }),
  question: Type.Optional(
    text(
      "De vraag van deze stap, groot in beeld tijdens de bespreking (optioneel; anders het doel). / The step's question, shown large in the meeting (optional; default: purpose).",
    ),
  ),
  purpose: text('Doel van deze stap in een zin. / Purpose of this step in one sentence.'),
  timebox: Timebox(),
  guard: text('Wat de voorzitter in deze stap bewaakt. / What the chair guards in this step.'),
  pitfall: text('Valkuil in deze stap. / Pitfall in this step.'),
  body: rich(),
  casus: Type.Optional(
    rich('Casusmateriaal voor deze stap (opmaaktekst, optioneel). / Case material for this step (rich text, optional).'),
  ),
  prompts: ref('prompts', Prompts, { description: D.prompts }),
  notes: ref('field', Field, { description: D.notes }),
  activity: Type.Optional(ref('activity', Activity, { description: D.activity })),
});

const QuizPage = page('quiz', {
  body: Type.Optional(rich()),
  questions: ref('questions', Questions, { description: D.questions }),
  pool: Type.Optional(
    closed(
      { draw: Type.Integer({ description: 'Aantal vragen per poging. / Questions asked per attempt.', minimum: 1 }) },
      {
        description:
          'Vraagpool: stel per poging `draw` van de vragen, per deelnemer en poging geloot. / Question pool: ask `draw` of the questions per attempt, drawn per learner and attempt.',
      },
    ),
  ),
});

const Role = closed({
  id: id(),
  name: text('Naam. Hooguit 30 tekens. / Name. At most 30 characters.', 30),
  description: text(D.shortDescription),
});

const ModePage = page('mode', {
  body: rich(),
  roles: Type.Array(Role, {
    description: 'Rollen in de teambespreking (1-8). / Roles in the team meeting (1-8).',
    minItems: 1,
    maxItems: 8,
  }),
});

const ActionsPage = page('actions', {
  body: rich(),
  maxRows: Type.Optional(
    Type.Integer({
      description: 'Maximaal aantal rijen in de actielijst (standaard 8). / Max rows in the action list (default 8).',
      minimum: 1,
      maximum: 20,
      default: 8,
    }),
  ),
  timebox: Type.Optional(
    Timebox(
      'Minuten op de agenda van de bespreking (teammodus): de actielijst is het laatste onderdeel. / Minutes on the meeting agenda (team mode).',
    ),
  ),
});

const TeamcodePage = page('teamcode', {
  body: rich(
    'Uitleg onder de teamcode: hoe deelnemers hun teamdeel krijgen. / Text under the team code: how participants get their team part.',
  ),
});

const SummaryPage = page('summary', {
  body: rich(),
  tips: ref('prompts', Prompts, { description: 'Tips om mee te nemen, een per item. / Take-away tips, one per item.', minItems: 1 }),
});

const ClosingPage = page(
  'closing',
  {
    body: Type.Optional(
      rich(
        'Korte afsluitende tekst boven het resultaat (optioneel). De rest van de pagina (resultaat, leerdoelen, eigen antwoorden, Mijn verslag, Afronden) maakt de speler zelf. / Short closing text above the result (optional); the player fills in the rest.',
      ),
    ),
    next: ref('prompts', Prompts, {
      description: 'Wat je hierna doet: korte stappen, een per item. / What to do next: short steps, one per item.',
      minItems: 1,
      maxItems: 5,
    }),
  },
  true,
);

/** Page type → its definition name in `$defs`, and the definition. */
const PAGES = {
  info: ['infoPage', InfoPage],
  casus: ['casusPage', CasusPage],
  video: ['videoPage', VideoPage],
  reflection: ['reflectionPage', ReflectionPage],
  team: ['teamPage', TeamPage],
  step: ['stepPage', StepPage],
  quiz: ['quizPage', QuizPage],
  mode: ['modePage', ModePage],
  actions: ['actionsPage', ActionsPage],
  teamcode: ['teamcodePage', TeamcodePage],
  summary: ['summaryPage', SummaryPage],
  closing: ['closingPage', ClosingPage],
} as const;
type PageDefs = typeof PAGES;

/** One page; the `type` picks its definition (if/then keeps ajv's messages to that one definition). */
const Page = Type.Unsafe<{ [K in keyof PageDefs]: Static<PageDefs[K][1]> }[keyof PageDefs]>({
  type: 'object',
  required: BASE_REQUIRED,
  properties: { type: { description: D.kind, enum: Object.keys(PAGES) } },
  allOf: Object.entries(PAGES).map(([type, [def]]) => ({
    if: { required: ['type'], properties: { type: { const: type } } },
    then: { $ref: `#/$defs/${def}` },
  })),
});

const DEFS = {
  id: Id,
  text: Text,
  rich: Rich,
  media: Media,
  minutes: Minutes,
  figure: Figure,
  field: Field,
  option: Option,
  question: Question,
  questions: Questions,
  activity: Activity,
  prompts: Prompts,
  base: Base,
  page: Page,
  ...Object.fromEntries(Object.values(PAGES).map(([def, schema]) => [def, schema])),
} as const;

const ModuleFields = closed({
  id: id(),
  version: Type.Integer({
    description:
      "Inhoudsversie (1, 2, …): verhoog bij gewijzigde pagina's of vragen. / Content version: bump when pages or questions change.",
    minimum: 1,
  }),
  title: text('Titel zoals de deelnemer hem ziet. Hooguit 100 tekens. / Title as the learner sees it. At most 100 characters.', 100),
  description: text(
    'Korte beschrijving in een of twee zinnen. Hooguit 1000 tekens. / Short description in one or two sentences. At most 1000 characters.',
    1000,
  ),
  language: Type.Unsafe<'nl'>({ description: 'Taal van de module: altijd nl. / Language of the module: always nl.', const: 'nl' }),
  masteryScore: Type.Optional(
    Type.Integer({
      description:
        'Percentage goede antwoorden in de eindtoets om te slagen (0-100, standaard 70). / Percentage of correct quiz answers to pass (0-100, default 70).',
      minimum: 0,
      maximum: 100,
      default: 70,
    }),
  ),
  maxAttempts: Type.Optional(
    Type.Integer({
      description: 'Aantal pogingen voor de eindtoets; 0 = onbeperkt (standaard). / Allowed quiz attempts; 0 = unlimited (default).',
      minimum: 0,
      default: 0,
    }),
  ),
  teamMode: Type.Optional(
    Type.Boolean({
      description:
        'true: de deelnemer kan kiezen tussen Alleen, Met het team en Ik deed mee aan een teamsessie (vereist een pagina van type mode). / true: offer Alone / With the team / Joined a team session (needs a page of type mode).',
      default: false,
    }),
  ),
  teamObjective: Type.Optional(
    id(
      'Leerdoel dat het teamdeel vastlegt (de bespreking, of de ingevoerde teamcode); vereist teamMode. / Objective that records the team part (meeting run, or team code typed); needs teamMode.',
    ),
  ),
  theme: Type.Optional(
    closed(
      {
        brand: Type.Optional(
          Type.String({
            description:
              'Huisstijlkleur als #rrggbb; witte tekst erop moet minstens 4.5:1 contrast hebben. / Brand colour as #rrggbb; white text on it needs at least 4.5:1 contrast.',
            pattern: '^#[0-9a-fA-F]{6}$',
          }),
        ),
        logo: Type.Optional(media('Logobestand in de modulemap (svg, png, jpg, webp). / Logo file in the module folder.')),
        organisation: Type.Optional(
          text(
            'Naam van de organisatie, naast het logo in de kop. Hooguit 60 tekens. / Organisation name, next to the logo in the header. At most 60 characters.',
            60,
          ),
        ),
      },
      { description: 'Huisstijl van de organisatie (optioneel). / Organisation branding (optional).' },
    ),
  ),
  cover: Type.Optional(
    closed(
      {
        image: media('Illustratie in de modulemap (svg, png, jpg, webp). / Illustration file in the module folder.'),
        alt: text(
          'Wat de illustratie laat zien, voor schermlezers. Hooguit 250 tekens. / What the illustration shows, for screen readers. At most 250 characters.',
          250,
        ),
      },
      {
        description:
          'Omslag van de module: een illustratie met tekstalternatief (optioneel). / Module cover: an illustration with its text alternative (optional).',
      },
    ),
  ),
  objectives: Type.Array(
    closed({
      id: id(),
      title: text('Titel zoals de deelnemer hem ziet. Hooguit 250 tekens. / Title as the learner sees it. At most 250 characters.', 250),
    }),
    {
      description:
        'Leerdoelen; elke vraag en pagina kan naar een leerdoel verwijzen. / Learning objectives; questions and pages may refer to one.',
      minItems: 1,
    },
  ),
  pages: Type.Array(ref('page', Page), { description: "De pagina's in volgorde. / The pages, in order.", minItems: 1 }),
});

/** The schema as plain JSON data: what ajv compiles and what `module.schema.json` holds. */
export const moduleJsonSchema: Record<string, unknown> = JSON.parse(
  JSON.stringify({
    $id: 'https://samenspel.local/module.schema.json',
    title: 'Samenspel module file',
    ...ModuleFields,
    $defs: DEFS,
  }),
);

/** A module file after schema validation (ajv fills in the defaults, but the types keep them optional). */
export type RawModule = Static<typeof ModuleFields>;
export type RawPage = RawModule['pages'][number];
export type RawPageOf<K extends RawPage['type']> = Extract<RawPage, { type: K }>;
export type RawQuestion = Static<typeof Question>;
export type RawField = Static<typeof Field>;
export type RawFigure = Static<typeof Figure>;
export type PageMode = (typeof MODES)[number];
