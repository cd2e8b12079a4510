/** Accessibility (tests/e2e/accessibility/suite.ts), part checks: axe inside the LMS frame, print, text alternatives, language, motion and the video page. */
import { accessibilitySuite } from './accessibility/suite.js';

accessibilitySuite('checks');
