import { describe, expect, it } from 'vitest';
import {
  countWords,
  estimateModule,
  estimatePage,
  isWithinMargin,
  praiseOpening,
  questionPattern,
  questionWords,
  quizPattern,
  roundToHalf,
} from '../../src/content/duration.js';
import { parseRichText } from '../../src/content/rich-text.js';
import type { ChoiceQuestion, Course, Page, QuestionSet } from '../../src/content/types.js';

/** `n` distinct words. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');

function question(
  id: string,
  options: [text: string, correct: boolean, feedback: string][],
  type: 'single' | 'multiple' = 'single',
): ChoiceQuestion {
  return {
    id,
    type,
    prompt: words(10),
    options: options.map(([text, correct, feedback], i) => ({ id: String.fromCharCode(97 + i), text, correct, feedback })),
  };
}

function course(pages: Page[], teamMode = false): Course {
  return {
    id: 'x',
    version: 1,
    title: 'X',
    description: 'X',
    language: 'nl',
    masteryScore: 80,
    maxAttempts: 0,
    teamMode,
    objectives: [],
    pages,
    totalMinutes: 0,
    media: [],
  };
}

describe('duration estimate', () => {
  it('counts words that contain a letter or digit', () => {
    expect(countWords('  Een  korte – zin, met 3 woorden!  ')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('rounds to the nearest half minute, at least half a minute', () => {
    expect(roundToHalf(0.1)).toBe(0.5);
    expect(roundToHalf(1.24)).toBe(1);
    expect(roundToHalf(1.25)).toBe(1.5);
    expect(roundToHalf(1.74)).toBe(1.5);
    expect(roundToHalf(1.75)).toBe(2);
  });

  it('allows max(1 min, 25 %) between stated and estimated minutes', () => {
    expect(isWithinMargin(2, 3)).toBe(true);
    expect(isWithinMargin(1.5, 3)).toBe(false);
    expect(isWithinMargin(6, 8)).toBe(true);
    expect(isWithinMargin(5.5, 8)).toBe(false);
    expect(isWithinMargin(10.5, 8)).toBe(false);
  });

  it('reads an info page at 200 words a minute, plus half a minute per figure', () => {
    // title 1 word + body 399 words = 400 words = 2 min; figure caption 2 words is negligible; +0.5 figure.
    const page: Page = {
      id: 'p',
      type: 'info',
      title: 'Titel',
      minutes: 2.5,
      body: parseRichText(`${words(199)}\n\n- ${words(100)}\n- ${words(100)}`),
      figure: { src: 'm.svg', alt: words(50), caption: 'Figuur 1', textVersion: parseRichText(words(300)) },
    };
    const e = estimatePage(page, 0);
    expect(e.words).toBe(402);
    expect(e.figures).toBe(1);
    expect(e.estimated).toBe(2.5);
    expect(e.withinMargin).toBe(true);
  });

  it('counts a question as prompt, options, correct feedback and the average wrong feedback, plus 15 s', () => {
    const q = question('q', [
      [words(5), true, words(20)],
      [words(5), false, words(10)],
      [words(5), false, words(30)],
    ]);
    expect(questionWords(q)).toBe(10 + 15 + 20 + 20);
    const set: QuestionSet = { id: 'toets', graded: true, questions: [q, q, q, q] };
    // 4 × 65 words + title 1 = 261 words = 1.305 min; 4 × 0.25 = 1 min; total 2.305 → 2.5
    const e = estimatePage({ id: 'toets', type: 'quiz', title: 'Toets', minutes: 3, quiz: set }, 0);
    expect(e.questions).toBe(4);
    expect(e.estimated).toBe(2.5);
  });

  it('counts only the drawn questions of a pool', () => {
    const q = question('q', [
      [words(5), true, words(20)],
      [words(5), false, words(20)],
    ]);
    const set = { id: 'toets', graded: true, questions: Array.from({ length: 9 }, (_, i) => ({ ...q, id: `q${i}` })), pool: { draw: 6 } };
    const e = estimatePage({ id: 'toets', type: 'quiz', title: 'Toets', minutes: 3, quiz: set }, 0);
    expect(e.questions).toBe(6);
    expect(e.words).toBe(1 + 6 * 60);
  });

  it('adds 1.5 min per open field and 2.5 min for a long one', () => {
    const page: Page = {
      id: 'r',
      type: 'reflection',
      title: 'Reflectie',
      minutes: 4,
      body: parseRichText(words(9)),
      fields: [
        { id: 'f1', label: 'Wat', maxLength: 500, required: true },
        { id: 'f2', label: 'Hoe', maxLength: 1000, required: false },
      ],
    };
    const e = estimatePage(page, 0);
    expect(e.fields).toBe(2);
    // 12 words ≈ 0.06 min + 1.5 + 2.5 = 4.06 → 4
    expect(e.estimated).toBe(4);
  });

  it('keeps team time boxes out of the individual path and states the team meeting separately', () => {
    const notes = { id: 'n', label: 'Notities', maxLength: 500, required: false };
    const team: Page = {
      id: 't',
      type: 'team',
      title: 'Team',
      minutes: 2,
      body: parseRichText(words(99)),
      prompts: [words(100)],
      timebox: 15,
      notes,
    };
    const c = course([team], true);
    const e = estimateModule(c);
    // 200 words + the notes label = 1 + 0.005 min, + 1.5 writing = 2.5
    expect(e.pages[0].estimated).toBe(2.5);
    expect(e.pages[0].timebox).toBe(15);
    expect(e.estimatedIndividual).toBe(2.5);
    expect(e.teamMeeting).toBe(15);
  });

  it('leaves pages of the team paths only out of the individual path', () => {
    const info = (id: string, modes?: string[]): Page =>
      ({ id, type: 'info', title: 'T', minutes: 1, body: parseRichText(words(199)), ...(modes ? { modes } : {}) }) as Page;
    const e = estimateModule(course([info('a'), info('b', ['team', 'joined']), info('c', ['alone'])]));
    expect(e.pages.map((p) => p.alone)).toEqual([true, false, true]);
    expect(e.estimatedIndividual).toBe(2);
    expect(e.statedIndividual).toBe(2);
  });
});

describe('quiz patterns', () => {
  it('sees praise at the start of feedback, not inside it', () => {
    expect(praiseOpening('Juist. Maar…')).toBe('juist');
    expect(praiseOpening('  helemaal goed, want')).toBe('helemaal goed');
    expect(praiseOpening('Goede vraag, maar nee.')).toBeNull();
    expect(praiseOpening('Niet juist: de mantelzorger…')).toBeNull();
    expect(praiseOpening('Klopt niet.')).toBe('klopt');
  });

  it('marks a question where the correct option is strictly the longest', () => {
    expect(
      questionPattern(
        question('q', [
          ['lange juiste optie', true, 'x'],
          ['kort', false, 'y'],
        ]),
      ).longestCorrect,
    ).toBe(true);
    expect(
      questionPattern(
        question('q', [
          ['even', true, 'x'],
          ['lang', false, 'y'],
        ]),
      ).longestCorrect,
    ).toBe(false);
    // Multiple choice: length gives the answer away when every correct option is longer than every wrong one.
    const mc = question(
      'm',
      [
        ['lange juiste optie', true, 'x'],
        ['nog een lange juiste', true, 'x'],
        ['kort', false, 'y'],
      ],
      'multiple',
    );
    expect(questionPattern(mc).longestCorrect).toBe(true);
  });

  it('gives share, positions, MC-a-always and the praise and no-wrong findings per set', () => {
    const set: QuestionSet = {
      id: 'toets',
      graded: true,
      questions: [
        question('q1', [
          ['a lang antwoord', true, 'Ja'],
          ['kort', false, 'Juist, maar nee'],
        ]),
        question('q2', [
          ['kort', false, 'Nee'],
          ['ja', true, 'Ja'],
        ]),
        question(
          'q3',
          [
            ['een', true, 'Ja'],
            ['twee', true, 'Ja'],
          ],
          'multiple',
        ),
      ],
    };
    const p = quizPattern(set, 4);
    expect(p.longestCorrect).toBe(1);
    expect(p.longestCorrectShare).toBeCloseTo(1 / 3);
    expect(p.positionCounts).toEqual([2, 2]);
    expect(p.multiple).toBe(1);
    expect(p.multipleAlwaysFirst).toBe(true);
    expect(p.questions[0].praisedWrong).toEqual(['b']);
    expect(p.questions[2].noWrongOption).toBe(true);
  });
});
