// The ESM build exports the class by name; the bundled typings declare a default export.
import * as scorm2004 from 'scorm-again/scorm2004';
import { scorm2004 as mapping } from '../cmi-mapping.js';
import { install } from './install.js';

const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: new (settings: object) => never };

(window as unknown as Record<string, unknown>).SamenspelEmbeddedLms = (courseId: string) =>
  install(mapping, () => new Scorm2004API({ logLevel: 5, lmsCommitUrl: false, autocommit: false }), courseId);
