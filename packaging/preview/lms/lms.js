// LMS harness: scorm-again as the LMS on this (parent) window, the package in an iframe,
// CMI data persisted in localStorage so a relaunch resumes, and a live CMI panel.
// Query: ?launch=<url of the SCO>&std=scorm12|scorm2004[&key=<storage key>][&learner=<id>][&late=<ms>]
// Fault injection (tests): [&slow=<ms>] every API call busy-waits that long (a slow synchronous LMS);
// [&failCommit=<n>|all] the first n (or every) Commit returns false with a general commit error
// (`harness.failCommits(n)` does the same for the next n Commits, from a test at any moment);
// [&popup=1] no frame: a button opens the SCO with window.open (the API is only on `window.opener`).
// Launch the way a real LMS does (Moodle 4.5): [&mode=review|browse] [&credit=no-credit];
// [&objectives=primary,id,…] objective ids pre-filled before launch (Moodle fills 2004 objectives from the
// manifest, `primary` first); [&reloadAfterTerminate=1] the SCO frame is loaded again after Terminate.
import { Scorm12API } from '/vendor/scorm-again/scorm12.min.js';
import { Scorm2004API } from '/vendor/scorm-again/scorm2004.min.js';
import { summarize } from '/lms/summary.js';

const params = new URLSearchParams(location.search);
const std = params.get('std') === 'scorm12' ? 'scorm12' : 'scorm2004';
const launch = params.get('launch') || '';
const storageKey = `harness:${std}:${params.get('key') || launch}`;
const learner = params.get('learner') || 'lerende-1';
const lateMs = Number(params.get('late') || 0);
const slowMs = Number(params.get('slow') || 0);
const failCommitParam = params.get('failCommit') || '';
let commitFailuresLeft = failCommitParam === 'all' ? Infinity : Number(failCommitParam) || 0;
const popup = params.get('popup') === '1';

const settings = { logLevel: 5, lmsCommitUrl: false, autocommit: false };
const api = std === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
const saved = localStorage.getItem(storageKey);
const identity =
  std === 'scorm12'
    ? { core: { student_id: learner, student_name: 'Tester, Tina' } }
    : { learner_id: learner, learner_name: 'Tina Tester' };
api.loadFromJSON(saved ? { ...JSON.parse(saved), ...mergeIdentity(JSON.parse(saved)) } : identity, '');
// Values the LMS sets for this launch (not kept from the last one).
const held =
  std === 'scorm12'
    ? { 'cmi.core.lesson_mode': params.get('mode') || 'normal', 'cmi.core.credit': params.get('credit') || 'credit' }
    : { 'cmi.mode': params.get('mode') || 'normal', 'cmi.credit': params.get('credit') || 'credit' };
if (!saved)
  (params.get('objectives') || '')
    .split(',')
    .filter(Boolean)
    .forEach((id, n) => (held[`cmi.objectives.${n}.id`] = id));
api.loadFromFlattenedJSON(held, '');
const reloadAfterTerminate = params.get('reloadAfterTerminate') === '1';

function mergeIdentity(cmi) {
  return std === 'scorm12' ? { core: { ...(cmi.core || {}), ...identity.core } } : identity;
}

const names =
  std === 'scorm12'
    ? { Initialize: 'LMSInitialize', Terminate: 'LMSFinish', GetValue: 'LMSGetValue', SetValue: 'LMSSetValue', Commit: 'LMSCommit' }
    : { Initialize: 'Initialize', Terminate: 'Terminate', GetValue: 'GetValue', SetValue: 'SetValue', Commit: 'Commit' };

/** What the tests read: call counts and the ordered call log. */
const harness = (window.harness = {
  std,
  storageKey,
  calls: { Initialize: 0, Terminate: 0, GetValue: 0, SetValue: 0, Commit: 0 },
  log: [],
  api,
  cmi: () => JSON.parse(JSON.stringify(api.cmi)),
  get: (element) => api[names.GetValue](element),
  failCommits: (n) => {
    commitFailuresLeft = n;
  },
});

/** Error code of an injected failure, reported by GetLastError until the next call. */
let injectedError = '';
const commitError = std === 'scorm12' ? '101' : '391';

for (const [generic, real] of Object.entries(names)) {
  const original = api[real].bind(api);
  api[real] = (...args) => {
    harness.calls[generic]++;
    injectedError = '';
    let result;
    if (generic === 'Commit' && commitFailuresLeft > 0) {
      commitFailuresLeft--;
      injectedError = commitError;
      result = 'false';
    } else {
      result = original(...args);
      if (generic === 'Commit' || generic === 'Terminate') persist();
    }
    harness.log.push({ call: generic, args, result: String(result), at: Date.now() });
    if (generic === 'Terminate' && reloadAfterTerminate && !harness.reloaded) {
      // Like Moodle: the same SCO page is loaded again in its frame, with this (now terminated) API.
      harness.reloaded = true;
      setTimeout(() => (document.getElementById('sco').src = `${launch}${launch.includes('?') ? '&' : '?'}reloaded=1`), 0);
    }
    if (generic !== 'GetValue') schedulePanel();
    return result;
  };
}

const errorCalls =
  std === 'scorm12' ? ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] : ['GetLastError', 'GetErrorString', 'GetDiagnostic'];
{
  const original = api[errorCalls[0]].bind(api);
  api[errorCalls[0]] = (...args) => injectedError || original(...args);
}

if (slowMs > 0) {
  harness.busyMs = 0;
  for (const real of [...Object.values(names), ...errorCalls]) {
    const inner = api[real];
    api[real] = (...args) => {
      const until = performance.now() + slowMs;
      while (performance.now() < until) {
        /* a slow, synchronous LMS */
      }
      harness.busyMs += slowMs;
      return inner(...args);
    };
  }
}

function persist() {
  localStorage.setItem(storageKey, JSON.stringify(api.cmi));
}

function install() {
  window[std === 'scorm12' ? 'API' : 'API_1484_11'] = api;
}
if (lateMs > 0) setTimeout(install, lateMs);
else install();

// Panel
let panelTimer = 0;
function schedulePanel() {
  if (panelTimer) return;
  panelTimer = setTimeout(() => {
    panelTimer = 0;
    renderPanel();
  }, 100);
}
function flatten(obj, prefix, out) {
  for (const [k, v] of Object.entries(obj || {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else if (v !== '' && v !== undefined && v !== null) out.push([key, String(v)]);
  }
  return out;
}
/** Values longer than this fold into a <details> (the first part as its summary). */
const FOLD_AT = 80;

/** The module's texts for the summary (served by the preview; absent in the test harness: ids are shown). */
let words = null;
const moduleId = /\/site\/([^/]+)-scorm(?:12|2004)\//.exec(launch)?.[1];
if (moduleId && params.get('words') !== '0') {
  fetch(`/preview/words/${encodeURIComponent(moduleId)}.json`)
    .then((r) => (r.ok ? r.json() : null))
    .then((w) => {
      words = w;
      schedulePanel();
    })
    .catch(() => undefined);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** Elements whose folded value the reader opened: they stay open when the panel is drawn again. */
const openKeys = new Set();

/** A CMI value: short ones as text; long ones wrapped and folded (JSON pretty-printed when it is JSON). */
function valueCell(key, v) {
  const td = el('td', { className: 'value' });
  if (v.length <= FOLD_AT) {
    td.textContent = v;
    return td;
  }
  let shown = v;
  try {
    const parsed = JSON.parse(v);
    if (parsed && typeof parsed === 'object') shown = JSON.stringify(parsed, null, 1);
  } catch {
    /* not JSON: shown as is */
  }
  const details = el('details', { open: openKeys.has(key) });
  details.addEventListener('toggle', () => (details.open ? openKeys.add(key) : openKeys.delete(key)));
  details.append(el('summary', { textContent: `${v.slice(0, 40)}… (${v.length} tekens)` }), el('pre', { textContent: shown }));
  td.append(details);
  return td;
}

function renderSummary(flat) {
  const s = summarize(flat, std, words);
  const box = document.getElementById('summary');
  const list = el('dl', { className: 'facts' });
  for (const [label, text] of s.facts) list.append(el('dt', { textContent: label }), el('dd', { textContent: text }));
  const parts = [el('h2', { textContent: 'Samenvatting' }), list];
  parts.push(el('h3', { textContent: 'Leerdoelen' }));
  parts.push(
    s.objectives.length
      ? el('ul', {}, ...s.objectives.map((o) => el('li', { textContent: o.text })))
      : el('p', { textContent: 'Nog geen leerdoelen vastgelegd.' }),
  );
  parts.push(el('h3', { textContent: `Antwoorden (${s.answers.length})` }));
  parts.push(
    s.answers.length
      ? el(
          'ol',
          { className: 'answers' },
          ...s.answers.map((a) =>
            el(
              'li',
              { className: a.right ? 'right' : 'wrong' },
              el('span', { className: 'question', textContent: a.question }),
              el('span', { className: 'chosen', textContent: `Gekozen: ${a.chosen.length ? a.chosen.join('; ') : '—'}` }),
              el('span', { className: 'result', textContent: `${a.result}${a.attempt ? ` (poging ${a.attempt})` : ''}` }),
            ),
          ),
        )
      : el('p', { textContent: 'Nog geen antwoorden.' }),
  );
  parts.push(el('h3', { textContent: 'Opmerkingen van het team' }));
  parts.push(
    s.comments.length
      ? el('ul', { className: 'comments' }, ...s.comments.map((c) => el('li', { textContent: c })))
      : el('p', { textContent: 'Geen opmerkingen.' }),
  );
  box.replaceChildren(...parts);
}

function renderPanel() {
  const rows = flatten(harness.cmi(), 'cmi', []);
  renderSummary(Object.fromEntries(rows));
  const body = document.querySelector('#cmi tbody');
  body.replaceChildren(
    ...rows.map(([k, v]) => {
      const tr = document.createElement('tr');
      const a = el('th', { scope: 'row', textContent: k });
      tr.append(a, valueCell(k, v));
      return tr;
    }),
  );
  const c = harness.calls;
  document.getElementById('calls').textContent =
    `Init ${c.Initialize} · Get ${c.GetValue} · Set ${c.SetValue} · Commit ${c.Commit} · Term ${c.Terminate}`;
}

document.getElementById('std').value = std;
document.getElementById('std').addEventListener('change', (e) => {
  params.set('std', e.target.value);
  location.search = params.toString();
});
document.getElementById('reset').addEventListener('click', () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('harness:') || key.startsWith('samenspel')) localStorage.removeItem(key);
  location.reload();
});
document.getElementById('relaunch').addEventListener('click', () => location.reload());
document.getElementById('title').textContent = launch.split('/').slice(-2, -1)[0] || 'LMS-harnas';
if (popup) {
  // Popup launch: the SCO opens in its own window and finds the API through `window.opener`.
  const open = document.createElement('button');
  open.type = 'button';
  open.id = 'open-popup';
  open.textContent = 'Open module in nieuw venster';
  open.addEventListener('click', () => window.open(launch, 'samenspel-sco'));
  document.querySelector('.bar').append(open);
  document.getElementById('sco').remove();
} else {
  document.getElementById('sco').src = launch;
}
renderPanel();
