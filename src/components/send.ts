import type { CourseEvent } from '../machines/course-machine.js';

/** Name of the DOM event components use to send a course event up to the player. */
export const SEND_EVENT = 'sp-send';

/** Dispatches a course event from a component; the player forwards it to the course machine. */
export function sendCourseEvent(from: HTMLElement, event: CourseEvent): void {
  from.dispatchEvent(new CustomEvent<CourseEvent>(SEND_EVENT, { detail: event, bubbles: true, composed: true }));
}
