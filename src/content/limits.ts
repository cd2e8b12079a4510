/**
 * Length limits that fit the layout, each with the reason an author sees when a text is too long.
 * The same numbers are in the schema (`module-schema.ts`, `maxLength`), so editors warn while typing;
 * a unit test keeps both in step.
 */
export interface LengthLimit {
  /** Field path pattern, as in messages (`pages[3].title`). */
  path: RegExp;
  max: number;
  /** Where the text appears and why it must be this short (Dutch, for authors). */
  reason: string;
  /** JSON pointer segments of the same limit in the generated module.schema.json. */
  schema: string[];
}

export const LIMITS: LengthLimit[] = [
  {
    path: /^title$/,
    max: 100,
    reason: 'de moduletitel staat in de kop; op een telefoon (320 px breed) past hooguit 100 tekens in drie regels',
    schema: ['properties', 'title'],
  },
  {
    path: /^pages\[\d+\]\.title$/,
    max: 80,
    reason:
      'de paginatitel staat als kop boven de pagina en in de paginalijst; langer dan 80 tekens wordt op een telefoon meer dan twee regels',
    schema: ['$defs', 'base', 'properties', 'title'],
  },
  {
    path: /^objectives\[\d+\]\.title$/,
    max: 250,
    reason: 'het LMS toont het leerdoel in zijn overzicht; houd het bij één zin van hooguit 250 tekens',
    schema: ['properties', 'objectives', 'items', 'properties', 'title'],
  },
  {
    path: /^theme\.organisation$/,
    max: 60,
    reason: 'de organisatienaam staat naast het logo in de kop; hooguit 60 tekens passen op een telefoon op één regel',
    schema: ['properties', 'theme', 'properties', 'organisation'],
  },
  {
    path: /^pages\[\d+\]\.persons\[\d+\]\.name$/,
    max: 60,
    reason: 'de naam staat als kop op de persoonskaart; hooguit 60 tekens',
    schema: ['$defs', 'casusPage', 'properties', 'persons', 'items', 'properties', 'name'],
  },
  {
    path: /^pages\[\d+\]\.roles\[\d+\]\.name$/,
    max: 30,
    reason: 'de rolnaam staat in een keuzelijst naast de naam van de deelnemer; hooguit 30 tekens',
    schema: ['$defs', 'modePage', 'properties', 'roles', 'items', 'properties', 'name'],
  },
];

/** The limit for a field path, if it has one. */
export function limitFor(path: string): LengthLimit | undefined {
  return LIMITS.find((l) => l.path.test(path));
}
