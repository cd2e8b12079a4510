import type { Course } from './types.js';

/** Field definition by id, from reflection, team and step pages. */
export function fieldById(course: Course, id: string) {
  for (const page of course.pages) {
    if (page.type === 'reflection') {
      const f = page.fields.find((x) => x.id === id);
      if (f) return f;
    }
    if ((page.type === 'team' || page.type === 'step') && page.notes.id === id) return page.notes;
  }
  return undefined;
}

/** Role ids of the module's mode page, in order. */
export function roleIds(course: Course): string[] {
  const page = course.pages.find((p) => p.type === 'mode');
  return page && page.type === 'mode' ? page.roles.map((r) => r.id) : [];
}
