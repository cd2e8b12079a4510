import { existsSync } from 'node:fs';

/** The end-to-end tests play the built packages: `npm test` builds them first. */
export default function setup(): void {
  for (const zip of ['dist/casusbespreking-scorm12.zip', 'dist/casusbespreking-scorm2004.zip']) {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run build\` (npm test does this first).`);
  }
}
