/**
 * Launch: read the compiled course from the page, find the LMS (or start the embedded one),
 * read what the LMS holds, start the course machine with the saved state, attach the tracker, render
 * the player; LMS writes begin once its first page has painted.
 */
import { createActor } from 'xstate';
import type { Course } from './content/types.js';
import { courseMachine, isFinished } from './machines/course-machine.js';
import { findApi, mayHaveLms, waitForApi } from './tracking/api-discovery.js';
import { mappings, scorm12, scorm2004, type Standard } from './tracking/cmi-mapping.js';
import { LmsConnection } from './tracking/lms-connection.js';
import { afterNextPaint } from './tracking/next-paint.js';
import { Tracker } from './tracking/tracker.js';
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
  const tracker = new Tracker(course, connection, mapping, {
    exitAfterCompletion: root.dataset.exit === 'normal' ? 'normal' : 'suspend',
  });
  const saved = tracker.start();
  const actor = createActor(courseMachine, { input: { course, saved, allowRetake: tracker.recording === 'full' } });
  actor.start();
  tracker.attach(actor);

  const player = document.createElement('sp-player');
  player.mediaBase = '';
  player.standalone = standalone;
  player.deviceStorage = storageWorks();
  player.actor = actor;
  document.getElementById('app')!.replaceChildren(player);
  // LMS reads happened before the render (tracker.start); the writes wait until the first page is on screen,
  // and so do the other page types (a second classic script).
  void player.updateComplete.then(() =>
    afterNextPaint(() => {
      tracker.painted();
      loadScript(`${assets}player-later.js`).catch((error) => console.error(error));
    }),
  );

  // Afronden: once the tracker has ended the LMS session (Terminate), a popup the LMS opened closes itself.
  const popup = found?.viaOpener === true;
  actor.subscribe((snapshot) => {
    if (popup && isFinished(snapshot) && snapshot.context.lms.sessionEnded) window.close();
  });

  window.addEventListener('pagehide', () => tracker.finish());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') tracker.onHidden();
  });
  (window as unknown as { samenspel?: unknown }).samenspel = { actor, tracker };
}

boot().catch((error) => {
  const app = document.getElementById('app');
  if (app) app.textContent = 'De module kon niet starten. Sluit dit venster en probeer het opnieuw.';
  console.error(error);
});
