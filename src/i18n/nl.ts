/** 5200 → `5.200` (Dutch thousands separator), independent of the browser's locale data. */
function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 2.5 → `2,5` (Dutch decimal comma, at most one decimal), independent of the browser's locale data. */
export function formatDecimal(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}

/** Minutes in Dutch words: `een halve minuut`, `1 minuut`, `anderhalve minuut`, `2,5 minuten`. */
function formatMinutes(m: number): string {
  const rounded = Math.round(m * 10) / 10;
  if (rounded === 0.5) return 'een halve minuut';
  if (rounded === 1) return '1 minuut';
  if (rounded === 1.5) return 'anderhalve minuut';
  return `${formatDecimal(rounded)} minuten`;
}

/** The pass rule, in the one wording used on the quiz and the closing page. */
const passRuleCount = (needed: number, total: number) => `Nodig om te slagen: ${needed} van de ${total} goed.`;

/** Every UI string of the player, in one catalogue (Dutch). A second language adds a file of this shape. */
const nl = {
  appName: 'Samenspel',
  skipToContent: 'Naar de inhoud',
  progress: (pct: number) => `Voortgang: ${pct}%`,
  progressLabel: 'Voortgang in de module',
  toc: 'Inhoud',
  tocOpen: 'Inhoud tonen',
  tocClose: 'Inhoud verbergen',
  tocDone: 'klaar',
  tocCurrent: 'huidige pagina',
  tocLocked: 'nog niet beschikbaar',
  pageOf: (n: number, total: number) => `Pagina ${n} van ${total}`,
  minutes: formatMinutes,
  prev: 'Vorige',
  next: 'Volgende',
  finish: 'Afronden',
  pageLoading: 'De pagina wordt geladen…',
  nextBlocked: 'Maak eerst deze pagina af om verder te gaan.',
  resumeTitle: 'Welkom terug',
  resumeBody: 'Je was al eerder met deze module bezig.',
  resumeContinue: 'Verder waar je gebleven was',
  resumeRestart: 'Opnieuw beginnen',
  completedBadge: 'Afgerond',
  logoAlt: 'Logo van de organisatie',
  // questions
  question: (n: number, total: number) => `Vraag ${n} van ${total}.`,
  chooseOne: 'Kies één antwoord.',
  chooseMany: 'Kies alle goede antwoorden.',
  check: 'Controleer antwoord',
  nextQuestion: 'Volgende vraag',
  showResult: 'Bekijk resultaat',
  correct: 'Goed!',
  incorrect: 'Niet helemaal.',
  /** The tag that starts an option's feedback: `Jouw keuze, goed antwoord`, `Jouw keuze`, `Goed antwoord` or empty. */
  feedbackTag: (chosen: boolean, correct: boolean): string => {
    const tag = [chosen ? 'jouw keuze' : '', correct ? 'goed antwoord' : ''].filter(Boolean).join(', ');
    return tag.charAt(0).toUpperCase() + tag.slice(1);
  },
  activityTitle: 'Oefening',
  activityDone: 'Oefening afgerond.',
  activityAgain: 'Oefening opnieuw doen',
  passRule: passRuleCount,
  quizResult: (right: number, total: number, needed: number) =>
    `Je hebt ${right} van de ${total} vragen goed. ${passRuleCount(needed, total)}`,
  reviewTitle: 'Uitleg bij alle vragen en antwoorden',
  reviewNotAnswered: 'niet beantwoord',
  quizPassed: 'Gefeliciteerd, je bent geslaagd.',
  quizFailed: 'Je bent nog niet geslaagd. Lees de uitleg terug en probeer het opnieuw.',
  quizRetry: 'Toets opnieuw maken',
  quizNoRetry: 'Je hebt geen pogingen meer.',
  // text
  charsLeft: (n: number) => `Nog ${n} tekens`,
  required: 'verplicht',
  // casus
  persons: 'Wie zijn er betrokken?',
  // figure
  textVersion: 'Tekstversie van dit model',
  figureOpen: 'Groot bekijken',
  figureDialog: (alt: string) => `Figuur groot: ${alt}`,
  figureScroll: 'Figuur (schuif opzij om alles te zien)',
  figureSwipe: (hasText: boolean) => `Schuif opzij om het hele model te zien, of bekijk het groot${hasText ? ' of als tekst' : ''}.`,
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  zoomFit: 'Passend maken',
  zoomLevel: (pct: number) => `Zoom ${pct}%`,
  close: 'Sluiten',
  coverLabel: 'Over deze module',
  coverTime: (m: number) => `Ongeveer ${Math.round(m)} minuten`,
  coverLearn: 'Wat je leert',
  coverStart: 'Start de module',
  portraitInitials: (name: string) => `Initialen van ${name}`,
  // video
  transcript: 'Uitgeschreven tekst',
  videoMissing: 'Het filmpje is (nog) niet beschikbaar. Lees de uitgeschreven tekst hieronder.',
  // mode / team
  modeLegend: 'Hoe doe je deze module?',
  modeAlone: 'Alleen',
  modeAloneHint: 'Je doet de stappen als oefeningen en schrijft je eigen antwoorden op.',
  modeTeam: 'Met het team',
  modeTeamHint: 'Jullie bespreken samen een casus op één scherm, met rollen en een timer per stap.',
  participants: 'Deelnemers',
  participantsHint: 'Namen zijn niet verplicht. Ze komen op de actielijst en in de leeromgeving.',
  participantName: (n: number) => `Naam deelnemer ${n}`,
  addParticipant: 'Deelnemer toevoegen',
  removeParticipant: (name: string) => `${name || 'Deelnemer'} verwijderen`,
  roles: 'Rollen',
  roleNobody: '— niemand —',
  roleVacated: (role: string) =>
    `De ${role.toLowerCase()} is uit de lijst gehaald. Wil je hieronder een nieuwe ${role.toLowerCase()} kiezen?`,
  rotateRoles: 'Rollen doorschuiven',
  // step
  stepPurpose: 'Doel',
  stepTime: 'Tijd',
  stepGuard: 'De voorzitter bewaakt',
  stepPitfall: 'Valkuil',
  stepCasus: 'Uit de casus',
  discuss: 'Bespreek samen',
  /** Heading of a team page's prompts for one reader (no meeting running here). */
  promptsAlone: 'Vragen voor het teamoverleg',
  teamNotesHint: 'De notulist typt de conclusies van het team.',
  // timer
  timer: 'Timer',
  timerStart: 'Start timer',
  timerPause: 'Pauzeer timer',
  timerResume: 'Hervat timer',
  timerReset: 'Zet timer terug',
  timerRemaining: (t: string) => `Nog ${t}`,
  timerOver: (t: string) => `Tijd is om (${t} over de tijd)`,
  timerUpAlert: 'De tijd voor deze stap is om.',
  timeboxMinutes: formatMinutes,
  timerExtend: '+1 minuut',
  stepNext: 'Volgende stap',
  meetingClockLabel: 'Vergadering',
  meetingClock: (elapsed: string, planned: string) => `${elapsed} van ${planned}`,
  meetingOverAlert: 'De geplande tijd van de bespreking is om.',
  meetingPlan: 'Plan van de bespreking',
  meetingPlanTotal: (m: number) => `Samen ${formatMinutes(m)}`,
  meetingStepOf: (n: number, total: number) => `Onderdeel ${n} van ${total}`,
  stepQuestion: 'De vraag van deze stap',
  notesOptional: 'De notulist beslist wat er wordt opgeschreven; notities zijn niet verplicht.',
  stepMore: 'Uitleg, gespreksvragen en casusmateriaal',
  // team code
  teamCodeLabel: 'Teamcode',
  teamCodeSpoken: (chars: string) => `Teamcode: ${chars}`,
  teamCodeDate: (d: string) => `Bespreking van ${d}`,
  teamCodePrint: 'Actielijst met teamcode afdrukken',
  modeJoined: 'Ik deed mee aan een teamsessie',
  modeJoinedHint: 'Je was bij de bespreking. Typ de teamcode; daarna maak je alleen het individuele deel.',
  codeLegend: 'Teamcode van de bespreking',
  codeInput: 'Teamcode (8 tekens)',
  codeHint: 'Bijvoorbeeld ABCD-EFGH. Kleine letters en streepjes mogen.',
  codeSubmit: 'Code controleren',
  codeOk: (date: string, code: string) => `Gelukt. Het teamdeel is vastgelegd: bespreking van ${date}, teamcode ${code}.`,
  codeErrorEmpty: 'Typ de teamcode die op het scherm of op de actielijst stond.',
  codeErrorLength: (n: number) => `Een teamcode heeft 8 tekens. Je typte er ${n}. Kijk de code nog eens na.`,
  codeErrorChar: (c: string) =>
    `Het teken ‘${c}’ komt niet voor in een teamcode. Teamcodes gebruiken geen O, I, L, 0 of 1. Kijk de code nog eens na.`,
  codeErrorCheck:
    'Deze code klopt niet. Waarschijnlijk is er een teken verkeerd getypt of zijn twee tekens omgewisseld. Kijk de code nog eens na.',
  codeErrorModule: (title: string) =>
    `Deze teamcode hoort bij een andere module, niet bij ‘${title}’. Vraag de voorzitter om de code van deze bespreking.`,
  codeErrorFuture: 'Deze teamcode is niet geldig. Vraag de voorzitter om de code van deze bespreking.',
  ownRole: 'Jouw rol in de bespreking (niet verplicht)',
  ownRoleNone: '— geen of zeg ik niet —',
  // actions
  actionsCaption: 'Actielijst',
  actionWho: 'Wie',
  actionWhat: 'Wat',
  actionWhen: 'Wanneer',
  actionAdd: 'Actie toevoegen',
  actionRemove: (n: number) => `Actie ${n} verwijderen`,
  actionRow: (n: number) => `Actie ${n}`,
  actionsEmpty: 'Nog geen acties. Voeg een actie toe.',
  actionsMax: (n: number) => `Maximaal ${n} acties.`,
  notesSummary: 'Jullie notities per stap',
  reflectionsSummary: 'Jouw antwoorden per stap',
  noNotes: '(geen notities)',
  print: 'Afdrukken of opslaan als pdf',
  printTitle: (title: string) => `${title} — verslag`,
  printDate: (d: string) => `Datum: ${d}`,
  printParticipants: 'Deelnemers',
  // summary
  tips: 'Tips',
  // closing page and Mijn verslag
  closingResultTitle: 'Je resultaat',
  closingResult: (right: number, total: number, needed: number) =>
    `Je had ${right} van de ${total} vragen goed. ${passRuleCount(needed, total)}`,
  closingPassed: 'Je bent geslaagd.',
  closingFailed: 'Je bent nog niet geslaagd.',
  closingNoQuiz: 'Deze module heeft geen toets. Je hebt alle onderdelen afgerond.',
  closingGoals: 'Deze leerdoelen heb je behaald',
  closingGoalsOpen: 'Nog niet behaald',
  closingGoalsNone: 'Nog geen leerdoelen behaald.',
  closingReadBack: (titles: readonly string[]) => `Lees terug: ${titles.join(', ')}.`,
  closingReadBackQuiz: 'Bekijk bij de toets de uitleg bij alle vragen en antwoorden.',
  closingOwn: 'Jouw antwoorden en keuzes',
  closingOwnTeam: 'Jullie notities per stap',
  closingMode: (mode: 'alone' | 'team' | 'joined' | null) =>
    mode === 'team'
      ? 'Je deed de casusbespreking met het team, op één scherm.'
      : mode === 'joined'
        ? 'Je deed mee aan een teamsessie en maakte daarna het individuele deel.'
        : 'Je deed de module alleen.',
  closingNotFilled: '(niet ingevuld)',
  closingNext: 'Wat doe je nu?',
  reportTitle: 'Mijn verslag',
  reportPrint: 'Mijn verslag afdrukken of opslaan als pdf',
  reportHint: 'Kies bij het afdrukken ‘Opslaan als pdf’ om het verslag te bewaren.',
  finishHint: 'Klik op Afronden als je klaar bent. Je voortgang wordt dan opgeslagen en de sessie afgesloten.',
  finishedTitle: 'Je bent klaar.',
  finishedBody: 'Je kunt dit venster sluiten.',
  // long pastes and full fields
  pasteCut: (pasted: number, kept: number, max: number) =>
    kept > 0
      ? `Je plakte ${formatCount(pasted)} tekens; de eerste ${formatCount(kept)} zijn bewaard. Er passen maximaal ${formatCount(max)} tekens in dit veld.`
      : `Je plakte ${formatCount(pasted)} tekens, maar het veld is vol (maximaal ${formatCount(max)} tekens). Er is niets toegevoegd.`,
  fieldFull: (max: number) => `Het veld is vol: er passen maximaal ${formatCount(max)} tekens in.`,
  // LMS notices
  lmsRetrying:
    'Je voortgang wordt even niet opgeslagen in de leeromgeving. We proberen het automatisch opnieuw. Je kunt gewoon doorwerken.',
  lmsLocal:
    'Je voortgang wordt nu alleen op dit apparaat bewaard. We blijven proberen op te slaan in de leeromgeving. Je kunt gewoon doorwerken.',
  textsTooLong:
    'Jullie teksten zijn samen te lang om allemaal in de leeromgeving te bewaren. Ze blijven op dit apparaat bewaard. Druk de actielijst af of bewaar hem als pdf, zodat je niets kwijtraakt.',
  lmsEnded:
    'Deze sessie in de leeromgeving is al afgesloten. Je werk wordt op dit apparaat bewaard en gaat mee naar de leeromgeving als je de module daar opnieuw start.',
  viewingReview: 'Je bekijkt een afgeronde poging. Wil je de module opnieuw maken? Start dan een nieuwe poging in de leeromgeving.',
  viewingBrowse:
    'Je bekijkt de module zonder dat je resultaten worden vastgelegd. Wil je de module voor je resultaat maken? Start hem dan gewoon in de leeromgeving.',
  standalone: 'Je werkt zonder leeromgeving. Je voortgang wordt op dit apparaat bewaard.',
  standaloneNoStorage:
    'Je werkt zonder leeromgeving en deze browser staat opslaan niet toe. Je voortgang blijft niet bewaard als je dit venster sluit. Druk je werk af of bewaar het als pdf voordat je stopt.',
} as const;

export type Strings = typeof nl;
export const t: Strings = nl;
