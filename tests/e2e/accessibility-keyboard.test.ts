/** Accessibility (tests/e2e/accessibility/suite.ts), part keyboard: every module played with the keyboard only. */
import { accessibilitySuite } from './accessibility/suite.js';

accessibilitySuite('keyboard');
