/**
 * The coordinator sheet: one printable, self-contained Dutch HTML page per module
 * (`dist/<module>-coordinator.html`) that explains what the LMS report shows. LMS reports show
 * interaction ids and option letters only (Moodle 1.2) or nothing at all (Moodle 2004), so the sheet
 * lists every interaction id with its question, every option letter with its text and whether it is
 * right, every objective id with its learning goal, the completion and pass rules, and the LMS
 * settings that make completion work. All content text is escaped; the page loads nothing.
 */
import type { ChoiceQuestion, Course, QuestionSet } from '../src/content/types.js';
import { askedCount } from '../src/content/duration.js';
import { gradedSet, questionSets } from '../src/machines/learner-state.js';
import { requiredCorrect } from '../src/machines/quiz-order.js';
import { interactionId } from '../src/tracking/cmi-facts.js';
import { escapeMarkup } from './escape.js';

const e = escapeMarkup;

/** File name of a module's sheet in dist/. */
export const coordinatorSheetName = (course: Course) => `${course.id}-coordinator.html`;

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; line-height: 1.45; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: .92em; background: #f3f3f3; padding: 0 .2em; }
.meta { color: #444; }
.right { font-weight: 700; }
section.question { break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } }
`;

function recordsTable(): string {
  const rows: [string, string, string][] = [
    [
      'Status',
      '<code>cmi.core.lesson_status</code>: <code>incomplete</code> vanaf de eerste start; als alles af is <code>passed</code> of <code>failed</code> (module met toets) of <code>completed</code> (zonder toets)',
      '<code>cmi.completion_status</code> <code>incomplete</code> → <code>completed</code>; <code>cmi.success_status</code> <code>passed</code> / <code>failed</code> zodra de toets af is',
    ],
    ['Voortgang', '—', '<code>cmi.progress_measure</code> (0–1, deel van de pagina’s af)'],
    ['Score', '<code>cmi.core.score.raw</code> 0–100', '<code>cmi.score.scaled</code> 0–1 en <code>cmi.score.raw</code> 0–100'],
    [
      'Antwoorden op de toets',
      '<code>cmi.interactions</code>: per beantwoorde toetsvraag het id (zie hieronder), de gekozen letters (bijv. <code>a,c</code>), de goede letters en goed/fout',
      'idem, met de vraag als beschrijving; letters als <code>a[,]c</code>',
    ],
    [
      'Leerdoelen',
      '<code>cmi.objectives</code>: per leerdoel id, status en (als de toets het doel toetst) score',
      '<code>cmi.objectives</code>: per leerdoel id, voltooiing, geslaagd/niet geslaagd, voortgang en score',
    ],
    ['Teamsessie', '<code>cmi.comments</code>', '<code>cmi.comments_from_learner</code>'],
    ['Tijd', '<code>cmi.core.session_time</code> per sessie', '<code>cmi.session_time</code> per sessie'],
  ];
  return `<table>
<thead><tr><th scope="col">Wat</th><th scope="col">SCORM 1.2</th><th scope="col">SCORM 2004</th></tr></thead>
<tbody>
${rows.map(([what, a, b]) => `<tr><th scope="row">${what}</th><td>${a}</td><td>${b}</td></tr>`).join('\n')}
</tbody>
</table>
<p>Oefenvragen (bij stappen en informatiepagina’s) worden <strong>niet</strong> als interactie vastgelegd: ze tellen niet mee
voor de score en staan alleen in de voortgang van de deelnemer. Wat u onder interacties ziet, is dus altijd de toets.</p>
<p>Opent de leeromgeving een afgeronde poging ter inzage (reviewmodus), in bladermodus (<em>browse</em>) of zonder
registratie (<em>no-credit</em>), dan legt de module niets vast: status, score, antwoorden en leerdoelen blijven zoals ze waren.
De deelnemer ziet dan een melding en kan een nieuwe poging starten in de leeromgeving.</p>`;
}

/** The quiz size as the learner meets it: with a pool, the draw per attempt out of the questions written. */
function questionCountText(graded: QuestionSet, masteryScore: number): string {
  const asked = askedCount(graded);
  const needed = requiredCorrect(asked, masteryScore);
  const drawn =
    asked < graded.questions.length ? ` (per poging geloot uit ${graded.questions.length} geschreven vragen, hieronder alle)` : '';
  return `De toets stelt ${asked} vragen${drawn}; elke vraag telt even zwaar. Geslaagd bij ${needed} van de ${asked} goed.`;
}

function rulesSection(course: Course, graded: QuestionSet | undefined): string {
  const attempts = course.maxAttempts === 0 ? 'onbeperkt' : String(course.maxAttempts);
  return `<ul>
<li><strong>Afgerond</strong> (voltooid): elke pagina bezocht en wat erop gevraagd wordt gedaan (werkwijze gekozen, verplichte tekst
geschreven, oefenvragen beantwoord, toets afgemaakt). Afgerond blijft afgerond, ook na opnieuw starten of een herkansing.</li>
${
  graded
    ? `<li><strong>Geslaagd</strong>: toetsscore minstens <strong data-mastery>${course.masteryScore}%</strong> (beheersingsscore, ook in het manifest:
1.2 <code>adlcp:masteryscore</code>, 2004 <code>minNormalizedMeasure</code>). De laatst afgeronde poging telt.</li>
<li><strong>Pogingen</strong> voor de toets: ${attempts}. ${questionCountText(graded, course.masteryScore)}</li>`
    : '<li>Deze module heeft geen toets: er is geen score en geen geslaagd/niet geslaagd.</li>'
}
<li>De score wordt altijd vóór de status weggeschreven.</li>
</ul>`;
}

function lmsSettings(graded: QuestionSet | undefined): string {
  return `<h3>Moodle (getest met 4.5), één module</h3>
<ul>
<li>SCORM 1.2, <em>Voltooiing van activiteit</em> → <em>Status vereisen</em>: vink <strong>Geslaagd</strong> én <strong>Voltooid</strong> aan
(“status passed or completed”).${
    graded
      ? ' Alleen “Voltooid” werkt nooit voor deze module: met een toets meldt SCORM 1.2 <code>passed</code> of <code>failed</code>, nooit <code>completed</code>.'
      : ''
  } Een deelnemer met <code>failed</code> is nog niet voltooid; hij kan de toets opnieuw maken.</li>
<li>SCORM 2004: <em>Status vereisen</em> → <strong>Voltooid</strong> (en eventueel <strong>Geslaagd</strong>); voltooiing en slagen worden apart gemeld.</li>
<li><em>Beoordeling</em>: maximaal cijfer 100; de module meldt een score van 0 tot 100.</li>
<li>Bekijkt een deelnemer een afgeronde poging, dan opent Moodle die in reviewmodus en verandert er niets. Voor een nieuwe poging
kiest de deelnemer “Start een nieuwe poging” op de startpagina van de activiteit.</li>
</ul>
<h3>Moodle, het hele pakket (alle modules, elk een eigen SCO)</h3>
<ul>
<li><em>Voltooiing van activiteit</em>: <strong>vereis dat alle SCO’s voltooiing teruggeven</strong> (“require all SCOs to return completion status”).</li>
<li><em>Beoordelingsmethode</em>: <strong>Gemiddelde</strong> of <strong>Som</strong> van de SCO’s (niet “Hoogste”: dan telt één module voor alles).</li>
</ul>
<h3>Andere leeromgevingen</h3>
<p>Laat de leeromgeving voltooiing en score overnemen van de module (“completion and score set by content”);
voor SCORM 1.2 telt <code>passed</code> als afgerond.</p>`;
}

function optionRow(o: ChoiceQuestion['options'][number]): string {
  return `<tr data-option="${e(o.id)}"><td><code>${e(o.id)}</code></td><td>${e(o.text)}</td><td class="${o.correct ? 'right' : ''}">${o.correct ? 'goed' : 'fout'}</td></tr>`;
}

function questionSection(set: QuestionSet, question: ChoiceQuestion, n: number, objectives: Map<string, string>): string {
  const id = interactionId(set.id, question.id, 1);
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  const goal = question.objective ? objectives.get(question.objective) : undefined;
  return `<section class="question" data-interaction="${e(id)}">
<h3>Vraag ${n}: <code>${e(id)}</code></h3>
<p>${e(question.prompt)}</p>
<p class="meta">${question.type === 'single' ? 'Eén antwoord kiezen' : 'Eén of meer antwoorden kiezen'} · goed antwoord: <code>${e(correct.join(','))}</code>${
    question.objective ? ` · leerdoel <code>${e(question.objective)}</code>${goal ? ` (${e(goal)})` : ''}` : ''
  }</p>
<table>
<thead><tr><th scope="col">Letter</th><th scope="col">Antwoord</th><th scope="col">Goed of fout</th></tr></thead>
<tbody>
${question.options.map(optionRow).join('\n')}
</tbody>
</table>
</section>`;
}

function interactionsSection(course: Course, graded: QuestionSet | undefined): string {
  if (!graded) return '<p>Deze module heeft geen toets en legt dus geen interacties vast.</p>';
  const objectives = new Map(course.objectives.map((o) => [o.id, o.title]));
  const example = interactionId(graded.id, graded.questions[0].id, 2);
  const practice = questionSets(course).filter((s) => !s.graded).length;
  return `<p>Elk id is <code>&lt;toets&gt;__&lt;vraag&gt;__a&lt;poging&gt;</code>. Hieronder staat poging 1 (<code>…__a1</code>);
bij een herkansing eindigt hetzelfde id op <code>__a2</code>, <code>__a3</code>, enzovoort (bijv. <code>${e(example)}</code>).
In SCORM 1.2 toont Moodle alleen het id en de gekozen letters, bijv. <code>a,c</code>: zoek ze hier op.</p>
${practice ? `<p class="meta">Daarnaast heeft de module ${practice} oefenactiviteit(en); die worden niet vastgelegd.</p>` : ''}
${graded.questions.map((q, i) => questionSection(graded, q, i + 1, objectives)).join('\n')}`;
}

function objectivesSection(course: Course, graded: QuestionSet | undefined): string {
  const rows = course.objectives.map((o) => {
    const pages = course.pages.filter((p) => p.objective === o.id).map((p) => p.title);
    const questions = graded?.questions.filter((q) => q.objective === o.id).length ?? 0;
    return `<tr data-objective="${e(o.id)}"><td><code>${e(o.id)}</code></td><td>${e(o.title)}</td><td>${pages.map(e).join(', ') || '—'}</td><td>${questions || '—'}</td></tr>`;
  });
  return `<table>
<thead><tr><th scope="col">Id</th><th scope="col">Leerdoel</th><th scope="col">Pagina’s</th><th scope="col">Toetsvragen</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p>Een leerdoel is voltooid als de pagina’s ervan af zijn; geslaagd/niet geslaagd en een score krijgt het alleen als er
toetsvragen bij horen (score = deel van die vragen goed, geslaagd bij minstens de beheersingsscore).
SCORM 2004: een leeromgeving kan vooraf een eigen doel <code>primary</code> en de doelen uit het manifest klaarzetten; de module
schrijft elk doel in de regel met hetzelfde id en voegt ontbrekende doelen achteraan toe.</p>`;
}

function teamSection(course: Course): string {
  if (!course.teamMode) return '<p>Deze module wordt alleen gemaakt, niet met het team.</p>';
  const objective = course.teamObjective ? `<code>${escapeMarkup(course.teamObjective)}</code>` : 'het teamdoel';
  return `<p>Een module met teamsessie wordt <strong>afgerond</strong> met het teamdeel (de bespreking zelf, of de teamcode) plus het
individuele deel (de toets en een korte reflectie). Wie alleen werkt, volgt de gewone route zonder teamdeel.</p>
<ul>
<li><strong>De voorzitter</strong> leidt de bespreking op één scherm (<em>Met het team</em>). Aan het eind toont het scherm een
<strong>teamcode</strong> van 8 tekens, bijvoorbeeld <code>DWNH-CYQP</code>; die staat ook op de afgedrukte actielijst. Bij deze
start staat in het opmerkingenveld: <code>Teamsessie 2026-12-01, teamcode DWNH-CYQP: Anna (inbrenger); Bram (voorzitter); Cees (notulist)</code>.</li>
<li><strong>Elke andere deelnemer</strong> opent de module in het eigen account, kiest <em>Ik deed mee aan een teamsessie</em>, typt de
code en kiest eventueel een rol. In het opmerkingenveld komt: <code>Teamsessie 2026-12-01, teamcode DWNH-CYQP, rol: notulist</code>
(of <code>rol: niet opgegeven</code>). Daarna maakt de deelnemer de toets voor een eigen score en status.</li>
<li>Het leerdoel ${objective} staat op voltooid zodra het teamdeel is vastgelegd (SCORM 2004 ook met datum en code in
<code>description</code>).</li>
<li>SCORM 1.2: veld <code>cmi.comments</code>; SCORM 2004: <code>cmi.comments_from_learner.n.comment</code> (met datum en pagina).
In Moodle: <em>Rapporten</em> → kies de poging → <em>Sporen</em>/<em>Track details</em>.</li>
<li><strong>Deelnemers van één bespreking bij elkaar zoeken</strong>: iedereen van dezelfde bespreking heeft dezelfde teamcode
in het opmerkingenveld. De code bevat de module en de dag van de bespreking; een verkeerd getypte code of een code van een andere
module wordt geweigerd.</li>
<li><strong>Wat de code bewijst, en wat niet</strong>: de code is een gedeeld geheim van de ruimte. Ze laat zien dat wie haar typt de
code van die bespreking heeft gezien of gekregen. Het is <strong>geen</strong> controle van identiteit of aanwezigheid: iedereen die
de code krijgt, kan haar invoeren. Is aanwezigheid belangrijk, vergelijk dan de namen bij de voorzitter (of op de actielijst) met
de accounts die de code invoerden.</li>
</ul>`;
}

/** The coordinator sheet of one module (deterministic: the same course gives the same bytes). */
export function coordinatorSheet(course: Course): string {
  const graded = gradedSet(course);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Coördinatorblad – ${e(course.title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Coördinatorblad: ${e(course.title)}</h1>
<p class="meta">Module <code>${e(course.id)}</code>, versie ${course.version} · ongeveer ${Math.round(course.totalMinutes)} minuten · SCORM 1.2 en SCORM 2004</p>
<p>${e(course.description)}</p>
</header>
<main>
<h2>Wat de module vastlegt</h2>
${recordsTable()}
<h2>Afronden en slagen</h2>
${rulesSection(course, graded)}
<h2>Instellingen in de leeromgeving</h2>
${lmsSettings(graded)}
<h2>Toetsvragen (interacties)</h2>
${interactionsSection(course, graded)}
<h2>Leerdoelen (objectives)</h2>
${objectivesSection(course, graded)}
<h2>Teamsessies lezen</h2>
${teamSection(course)}
</main>
</body>
</html>
`;
}
