/** Accessibility (tests/e2e/accessibility/suite.ts), part tours-modules: every page and state of the competence modules: axe at laptop and phone size, reflow. */
import { accessibilitySuite } from './accessibility/suite.js';

accessibilitySuite('tours-modules');
