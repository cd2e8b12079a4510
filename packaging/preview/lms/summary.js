// Plain summary of the CMI data for coordinators (preview panel): status, score, time, progress,
// objectives, answers in words and team comments, read from the flattened CMI values the LMS holds.
// `words` (optional) gives the module's texts: objective titles and, per interaction id prefix
// `<set>__<question>`, the question text and option texts. Without it the summary uses the ids.

const STATUS_12 = {
  passed: 'Geslaagd',
  failed: 'Niet geslaagd',
  completed: 'Afgerond',
  incomplete: 'Bezig, nog niet afgerond',
  browsed: 'Bekeken (zonder resultaat)',
  'not attempted': 'Nog niet begonnen',
};
const COMPLETION_2004 = {
  completed: 'afgerond',
  incomplete: 'nog niet afgerond',
  'not attempted': 'nog niet begonnen',
  unknown: 'onbekend',
};
const SUCCESS_2004 = { passed: 'geslaagd', failed: 'niet geslaagd', unknown: 'nog geen toetsresultaat' };

/** Seconds of a SCORM 1.2 timespan (`HHHH:MM:SS.SS`) or a SCORM 2004 duration (`PT1H2M3.5S`); 0 when unreadable. */
export function seconds(value) {
  if (!value) return 0;
  const hms = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(value);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!iso) return 0;
  const [, y, mo, d, h, mi, s] = iso.map((x) => Number(x ?? 0));
  return ((y * 365 + mo * 30 + d) * 24 + h) * 3600 + mi * 60 + s;
}

/** `95` → `1 min 35 s`. */
export function duration(total) {
  const s = Math.round(total);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return [h ? `${h} uur` : '', m ? `${m} min` : '', rest || (!h && !m) ? `${rest} s` : ''].filter(Boolean).join(' ');
}

function indices(flat, prefix) {
  const out = new Set();
  for (const key of Object.keys(flat)) {
    const m = key.startsWith(prefix) ? /^(\d+)\./.exec(key.slice(prefix.length)) : null;
    if (m) out.add(Number(m[1]));
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The summary as plain data: `facts` ([label, text] pairs), `objectives`, `answers` and `comments`.
 * @param {Record<string, string>} flat flattened CMI (`cmi.core.lesson_status` → `passed`)
 * @param {'scorm12' | 'scorm2004'} std
 * @param {{ objectives?: Record<string, string>, questions?: Record<string, { prompt: string, options: Record<string, string> }> } | null} words
 */
export function summarize(flat, std, words) {
  const get = (key) => flat[key] ?? '';
  const facts = [];
  if (std === 'scorm12') {
    const status = get('cmi.core.lesson_status');
    facts.push(['Status', STATUS_12[status] ?? (status || 'Nog niet begonnen')]);
    const raw = get('cmi.core.score.raw');
    facts.push(['Score', raw ? `${raw} van ${get('cmi.core.score.max') || '100'}` : 'Nog geen score']);
    const time = seconds(get('cmi.core.total_time')) + seconds(get('cmi.core.session_time'));
    facts.push(['Tijd', time ? duration(time) : 'Nog geen tijd vastgelegd']);
  } else {
    const completion = COMPLETION_2004[get('cmi.completion_status')] ?? 'nog niet begonnen';
    const success = SUCCESS_2004[get('cmi.success_status')] ?? 'nog geen toetsresultaat';
    facts.push(['Status', `${completion[0].toUpperCase()}${completion.slice(1)}, ${success}`]);
    const scaled = get('cmi.score.scaled');
    facts.push(['Score', scaled !== '' ? `${Math.round(Number(scaled) * 100)} %` : 'Nog geen score']);
    const time = seconds(get('cmi.total_time')) + seconds(get('cmi.session_time'));
    facts.push(['Tijd', time ? duration(time) : 'Nog geen tijd vastgelegd']);
    const progress = get('cmi.progress_measure');
    if (progress !== '') facts.push(['Voortgang', `${Math.round(Number(progress) * 100)} %`]);
  }
  if (!facts.some(([label]) => label === 'Voortgang')) {
    // SCORM 1.2 has no progress element: the module's own record says which pages were visited.
    let visited;
    try {
      visited = JSON.parse(get('cmi.suspend_data') || 'null')?.vi?.length ?? null;
    } catch {
      visited = null;
    }
    facts.push(['Voortgang', visited === null ? 'Nog niet bekend' : `${visited} ${visited === 1 ? 'pagina' : "pagina's"} bezocht`]);
  }

  const objectives = indices(flat, 'cmi.objectives.').map((n) => {
    const base = `cmi.objectives.${n}.`;
    const id = get(`${base}id`);
    const title = words?.objectives?.[id] ?? id;
    const raw = get(`${base}score.raw`);
    const state =
      std === 'scorm12'
        ? (STATUS_12[get(`${base}status`)]?.toLowerCase() ?? 'nog niet begonnen')
        : [
            get(`${base}success_status`) !== 'unknown' && SUCCESS_2004[get(`${base}success_status`)],
            COMPLETION_2004[get(`${base}completion_status`)],
          ]
            .filter(Boolean)
            .join(', ') || 'nog niet begonnen';
    return { id, text: `${title} — ${state}${raw ? ` (score ${raw})` : ''}` };
  });

  const answers = indices(flat, 'cmi.interactions.').map((n) => {
    const base = `cmi.interactions.${n}.`;
    const id = get(`${base}id`);
    const [setId, questionId, attempt] = id.split('__');
    const q = words?.questions?.[`${setId}__${questionId}`];
    const response = get(`${base}${std === 'scorm12' ? 'student_response' : 'learner_response'}`);
    const chosen = response === '' ? [] : response.split(std === 'scorm12' ? ',' : '[,]');
    const result = get(`${base}result`);
    return {
      id,
      question: q?.prompt || get(`${base}description`) || id,
      chosen: chosen.map((o) => q?.options?.[o] ?? o),
      right: result === 'correct',
      result: result === 'correct' ? 'goed' : result === 'wrong' || result === 'incorrect' ? 'fout' : result || 'onbekend',
      attempt: attempt?.replace(/^a/, '') ?? '',
    };
  });

  const comments =
    std === 'scorm12'
      ? get('cmi.comments')
        ? [get('cmi.comments')]
        : []
      : indices(flat, 'cmi.comments_from_learner.')
          .map((n) => get(`cmi.comments_from_learner.${n}.comment`))
          .filter(Boolean);

  return { facts, objectives, answers, comments };
}
