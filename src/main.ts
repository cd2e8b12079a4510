/**
 * Launch: read the compiled course from the page, find the LMS (or start the embedded one), read what
 * the LMS holds and render the player from the course's starting context. Once its first page has
 * painted, player-later.js arrives with the machines and the LMS write side (src/start-machines.ts);
 * what the learner did meanwhile is kept and handed to the course machine then.
 */
import type { Course } from './content/types.js';
import { isFinished } from './machines/course-start.js';
import { PendingActor } from './machines/pending-actor.js';
import { laterArrived } from './later-hook.js';
import { findApi, mayHaveLms, waitForApi } from './tracking/api-discovery.js';
import { mappings, scorm12, scorm2004, type Standard } from './tracking/cmi-mapping.js';
import { LmsConnection } from './tracking/lms-connection.js';
import { afterNextPaint } from './next-paint.js';
import { readLaunch } from './tracking/launch-read.js';
import type { Tracker } from './tracking/tracker.js';
import './components/launch.js';

const API_NAMES = [scorm2004.apiName, scorm12.apiName];
/** How long a framed or popup launch waits for an LMS that creates its API late. */
const LATE_API_WAIT_MS = 3000;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Whether this browser lets the module keep data on the device (blocked in some third-party frames). */
function storageWorks(): boolean {
  try {
    const key = 'samenspel:probe';
    localStorage.setItem(key, '1');
    localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

async function boot(): Promise<void> {
  const root = document.documentElement;
  const course = JSON.parse(document.getElementById('course-data')!.textContent ?? '') as Course;
  const standard = (root.dataset.standard as Standard) || 'scorm2004';
  const assets = root.dataset.assets ?? '';
  const preferred = [mappings[standard].apiName, ...API_NAMES.filter((n) => n !== mappings[standard].apiName)];

  let found = findApi(window, preferred);
  if (!found && mayHaveLms(window)) found = await waitForApi(window, preferred, LATE_API_WAIT_MS);
  let standalone = false;
  if (!found) {
    await loadScript(`${assets}embedded-lms.js`);
    (window as unknown as { SamenspelEmbeddedLms: (id: string) => void }).SamenspelEmbeddedLms(course.id);
    found = findApi(window, preferred);
    standalone = true;
  }
  const mapping = found?.name === scorm12.apiName ? scorm12 : scorm2004;
  const connection = found ? new LmsConnection(found.api, mapping) : null;
  const exitAfterCompletion = root.dataset.exit === 'normal' ? 'normal' : 'suspend';
  const startedAt = Date.now();
  // Reads only, before the first render; the machines and the writes come with player-later.js.
  const launch = readLaunch(course, connection, mapping);
  const pending = new PendingActor({ course, saved: launch.saved, allowRetake: launch.recording === 'full' });
  const app = { actor: pending.asActor(), tracker: null as Tracker | null };

  const player = document.createElement('sp-player');
  player.mediaBase = '';
  player.standalone = standalone;
  player.deviceStorage = storageWorks();
  player.actor = pending.asActor();
  document.getElementById('app')!.replaceChildren(player);
  // The first page renders from the starting context; player-later.js (the other page types, the
  // machines, the LMS writes) loads once it is on screen. What the learner does meanwhile is kept.
  void player.updateComplete.then(() =>
    afterNextPaint(() => {
      loadScript(`${assets}player-later.js`).catch((error) => console.error(error));
    }),
  );
  // Afronden: once the tracker has ended the LMS session (Terminate), a popup the LMS opened closes itself.
  const popup = found?.viaOpener === true;
  void laterArrived.then(({ startMachines }) => {
    const started = startMachines({ course, connection, mapping, launch, pending, startedAt, exitAfterCompletion });
    app.actor = started.actor;
    app.tracker = started.tracker;
    started.actor.subscribe((snapshot) => {
      if (popup && isFinished(snapshot) && snapshot.context.lms.sessionEnded) window.close();
    });
  });

  window.addEventListener('pagehide', () => app.tracker?.finish());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') app.tracker?.onHidden();
  });
  (window as unknown as { samenspel?: unknown }).samenspel = app;
}

boot().catch((error) => {
  const app = document.getElementById('app');
  if (app) app.textContent = 'De module kon niet starten. Sluit dit venster en probeer het opnieuw.';
  console.error(error);
});
