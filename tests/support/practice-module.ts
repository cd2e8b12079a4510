/** A module of one info page with a practice set and a summary page (node-safe: no DOM, no Lit). */
import { compileModule } from '../../src/content/compile.js';
import type { RawPageOf } from '../../src/content/module-schema.js';
import type { Course } from '../../src/content/types.js';

export function practiceCourse(activity: NonNullable<RawPageOf<'info'>['activity']>): Course {
  return compileModule({
    id: 'oefen',
    version: 1,
    title: 'Oefen',
    description: 'Oefenen.',
    language: 'nl',
    masteryScore: 50,
    objectives: [{ id: 'doel', title: 'Doel' }],
    pages: [
      { id: 'start', type: 'info', title: 'Start', minutes: 1, body: 'Welkom.', activity },
      { id: 'eind', type: 'summary', title: 'Einde', minutes: 1, body: 'Klaar.', tips: [] },
    ],
  });
}
