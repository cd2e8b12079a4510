// The ESM build exports the class by name; the bundled typings declare a default export.
import * as scorm12 from 'scorm-again/scorm12';
import { scorm12 as mapping } from '../cmi-mapping.js';
import { install } from './install.js';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: new (settings: object) => never };

(window as unknown as Record<string, unknown>).SamenspelEmbeddedLms = (courseId: string) =>
  install(mapping, () => new Scorm12API({ logLevel: 5, lmsCommitUrl: false, autocommit: false }), courseId);
