/** Accessibility (tests/e2e/accessibility/suite.ts), part tours-full: every page and state of the team module and the page-type fixture: axe, reflow, projector size, screenshots. */
import { accessibilitySuite } from './accessibility/suite.js';

accessibilitySuite('tours-full');
