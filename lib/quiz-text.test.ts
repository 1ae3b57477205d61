import { describe, expect, it } from 'vitest';

import { messages } from '@/content/es/messages';
import { quizMessages } from '@/content/es/quiz';

import { formatValue } from './format';
import { getLimit, limitId, presentCell } from './limits';
import { answerReasons, questions, reasonNotes, score, type Answers } from './quiz';
import {
  figureMessages,
  figureView,
  flipSentence,
  optionLabel,
  questionViews,
  reasonKind,
  reasonSentence,
  verifiedOrgText,
  type QuizText,
} from './quiz-text';
import { quizData } from './quiz/data';

const data = quizData();
const text: QuizText = { locale: 'es', quiz: quizMessages, labels: figureMessages(messages), data };

/** A figure of the data as the Spanish quiz shows it, so a corrected figure cannot fail a test. */
function shown(id: string, account: 'wecom' | 'wechat', bare = false): string {
  const cell = presentCell(getLimit(limitId(id))[account])!;
  return formatValue('es', messages, cell.value, cell.unit, { bare });
}

/** Every string in an object tree. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('quiz messages', () => {
  it('type no figure: every number comes from the data through a placeholder', () => {
    expect(strings(quizMessages).filter((s) => /\d/.test(s))).toEqual([]);
  });

  it('cover every reason note', () => {
    for (const note of reasonNotes) expect(quizMessages.notes[note]).toBeTruthy();
  });
});

describe('question texts', () => {
  it('fill every placeholder of every question and option', () => {
    const views = questionViews(text);
    expect(views.map((view) => view.id)).toEqual(questions.map((q) => q.id));
    for (const view of views) {
      for (const s of [view.legend, view.hint ?? '', ...view.options.map((o) => o.label)]) {
        expect(s).not.toMatch(/[{}]/);
      }
    }
  });

  it('show range bounds as the data figures, formatted', () => {
    const wechatFriends = presentCell(getLimit('contacts.per-account-default').wechat)!.value;
    expect(optionLabel('contacts', 'friends', text)).toBe(
      `Hasta ${formatValue('es', messages, wechatFriends, undefined)}`,
    );
    expect(optionLabel('contacts', 'chats-only', text)).toBe(
      `Más de ${shown('contacts.per-account-default', 'wechat', true)} y hasta ${shown('contacts.per-account-max', 'wechat', true)}`,
    );
    expect(optionLabel('groups', 'internal', text)).toBe(
      `Más de ${shown('groups.external-max-members', 'wecom', true)} personas, solo de mi equipo`,
    );
  });

  it('state the verification fee where the question depends on it', () => {
    const hint = questionViews(text).find((view) => view.id === 'company-name')!.hint;
    expect(hint).toContain(shown('service-focus.verification-fee', 'wecom'));
  });
});

describe('reason texts', () => {
  it('render for every answer, with the figure and a link to its row', () => {
    for (const question of questions) {
      for (const option of question.options) {
        for (const reason of answerReasons(question.id, option.id, data)) {
          expect(reasonSentence(reason, text)).not.toMatch(/[{}]/);
          expect(reasonKind(reason, text)).not.toMatch(/[{}]/);
          const figure = figureView({ id: reason.factId, account: reason.account }, text);
          expect(figure.rowHref).toBe(`/es/${reason.factId.split('.')[0]}/#${reason.factId}`);
          if (figure.caveat !== 'inference') expect(figure.sources.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('quote the data value in the sentence', () => {
    const [reason] = answerReasons('groups', 'internal', data);
    expect(reasonSentence(reason!, text)).toBe(
      `Un grupo de WeChat personal admite como mucho ${shown('groups.external-max-members', 'wechat')}.`,
    );
    expect(reasonKind(reason!, text)).toBe('WeChat personal no llega');
  });

  it('word flips and the verified-organisation assumption', () => {
    const answers: Answers = {
      purpose: 'business',
      contacts: 'friends',
      customers: 'free-quota',
      team: 'no',
      'company-name': 'no',
      moments: 'rarely',
      groups: 'up-to',
      'broadcast-size': 'none',
      'work-tools': 'no',
    };
    const result = score(answers, data);
    if (!result.complete) throw new Error('incomplete');
    const flip = result.flips.find((f) => f.questionId === 'groups')!;
    expect(flipSentence(flip, text)).toBe(
      `Si a «Grupo más grande» respondieras «${optionLabel('groups', 'internal', text)}», te recomendaríamos WeCom.`,
    );
    const sentence = verifiedOrgText(text).sentence;
    for (const [id, account] of [
      ['service-focus.verification-fee', 'wecom'],
      ['service-focus.verification-validity', 'wecom'],
      ['contacts.unverified-org-cap', 'wecom'],
    ] as const) {
      expect(sentence).toContain(shown(id, account));
    }
  });
});
