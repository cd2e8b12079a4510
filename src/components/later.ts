/**
 * Components loaded after the first page has painted: the entry of player-later.js, a second
 * classic script that main.ts adds once the shell is on screen. Anything imported here that
 * player.js already contains (lit, page-base, styles, i18n, ...) is taken from player.js, not
 * bundled twice. The player shows its shell and waits (customElements.whenDefined) when a page's
 * element is not defined yet, e.g. on a resume onto a later page type.
 * A new component goes here unless a module can open on it (then ./launch.ts).
 */
import './question-set/sp-question-set.js';
import './page-video/sp-page-video.js';
import './page-reflection/sp-page-reflection.js';
import './page-team/sp-page-team.js';
import './page-step/sp-page-step.js';
import './page-quiz/sp-page-quiz.js';
import './page-mode/sp-page-mode.js';
import './page-actions/sp-page-actions.js';
import './page-teamcode/sp-page-teamcode.js';
import './page-summary/sp-page-summary.js';
import './page-closing/sp-page-closing.js';
// The machines and the LMS write side (xstate, course and quiz machines, sync machine) come with this script.
import { provideLater } from '../later-hook.js';
import { startMachines } from '../start-machines.js';
provideLater({ startMachines });
