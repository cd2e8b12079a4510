/**
 * Weight of a package: what is in the zip, and what the LMS frame loads.
 * player.js + player.css is what every launch inside an LMS loads before its first page (budgeted);
 * player-later.js follows after the first paint (reported in the total); embedded-lms.js is the
 * standalone-only chunk (never loaded inside an LMS) and is reported on its own.
 */
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

interface Bytes {
  raw: number;
  gzip: number;
}

export interface Weight {
  files: number;
  zipBytes: number;
  /** Loaded at launch (budgeted): player.js + player.css (module package: one copy; course package: the shared copy). */
  jsCss: Bytes & { js: Bytes; css: Bytes };
  /** Everything the LMS frame loads: launch plus player-later.js (loaded after the first page has painted). */
  jsCssTotal: Bytes & { later: Bytes };
  /** embedded-lms.js, the standalone chunk; null when the package has none. */
  standalone: Bytes | null;
  /** Launch pages (index.html, with the course JSON embedded) and media. */
  content: { raw: number; gzip: number; html: number; courseJson: number; media: number };
  /** imsmanifest.xml and the schema files. */
  packaging: number;
}

/** gzip level 9, as bundle-size tools report it. */
export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const COURSE_JSON = /<script type="application\/json" id="course-data">([\s\S]*?)<\/script>/;

function bytesOf(files: Uint8Array[]): Bytes {
  return { raw: files.reduce((n, f) => n + f.length, 0), gzip: files.reduce((n, f) => n + gzipSize(f), 0) };
}

/** `files`: path -> bytes of everything in the package; `zipBytes`: size of the zip. */
export function measureWeight(files: Record<string, Uint8Array>, zipBytes: number): Weight {
  const js: Uint8Array[] = [];
  const css: Uint8Array[] = [];
  const standalone: Uint8Array[] = [];
  const later: Uint8Array[] = [];
  const content: Uint8Array[] = [];
  let html = 0;
  let courseJson = 0;
  let media = 0;
  let packaging = 0;
  const entries = Object.entries(files).filter(([path]) => !path.endsWith('/'));
  for (const [path, data] of entries) {
    const name = base(path);
    if (name === 'embedded-lms.js') standalone.push(data);
    else if (name === 'player-later.js') later.push(data);
    else if (name === 'player.js' || name === 'floor.js' || name === 'floor-lit.js') js.push(data);
    else if (name === 'player.css') css.push(data);
    else if (name === 'imsmanifest.xml' || /\.(xsd|dtd)$/.test(name)) packaging += data.length;
    else {
      content.push(data);
      if (name.endsWith('.html')) {
        html += data.length;
        const json = COURSE_JSON.exec(new TextDecoder().decode(data));
        if (json) courseJson += Buffer.byteLength(json[1]);
      } else media += data.length;
    }
  }
  const jsB = bytesOf(js);
  const cssB = bytesOf(css);
  const contentB = bytesOf(content);
  const laterB = bytesOf(later);
  return {
    files: entries.length,
    zipBytes,
    jsCss: { raw: jsB.raw + cssB.raw, gzip: jsB.gzip + cssB.gzip, js: jsB, css: cssB },
    jsCssTotal: { raw: jsB.raw + cssB.raw + laterB.raw, gzip: jsB.gzip + cssB.gzip + laterB.gzip, later: laterB },
    standalone: standalone.length ? bytesOf(standalone) : null,
    content: { ...contentB, html, courseJson, media },
    packaging,
  };
}

export function measureZip(zip: Uint8Array): Weight {
  return measureWeight(unzipSync(zip), zip.length);
}

/** The course JSON embedded in a launch page. */
export function courseFromHtml(html: string): unknown {
  const json = COURSE_JSON.exec(html);
  if (!json) throw new Error('no course-data script in the launch page');
  return JSON.parse(json[1]);
}
