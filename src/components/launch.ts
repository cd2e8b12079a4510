/**
 * Components on the launch path: bundled into player.js and defined before the first page paints.
 * Only the shell and the page types a module can open on belong here (the first page of a module,
 * the cover); every other component goes in ./later.ts. Each line costs launch weight:
 * `npm run bench` checks the budget, `npx tsx bench/breakdown.ts` shows what each folder weighs.
 */
import './player/sp-player.js';
import './page-info/sp-page-info.js';
import './page-casus/sp-page-casus.js';
