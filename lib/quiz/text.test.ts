import { describe, expect, it } from 'vitest';

import { messages } from '@/content/es/messages';
import { quizMessages } from '@/content/es/quiz';

import { formatValue } from '../i18n/format';
import { getFact, getSource, asFactId, presentCell } from '../data/facts';
import { caveatIn } from '../data/fact-lookup';
import { trustClaim } from '../view/trust';

import { plainAnswers } from './__fixtures__/plain-answers';
import { quizData } from './data';
import {
  answerReasons,
  assumptionFacts,
  questions,
  score,
  type Answers,
  type QuestionDef,
  type QuestionId,
} from '.';
import {
  basisSentence,
  figureMessages,
  figureText,
  figureView,
  flipSentence,
  optionLabel,
  questionView,
  questionViews,
  reasonKind,
  reasonSentence,
  verifiedOrgText,
  type QuizText,
} from './text';

const data = quizData();
const text: QuizText = { locale: 'es', quiz: quizMessages, labels: figureMessages(messages), data };

/** A figure of the data as the Spanish quiz shows it, so a corrected figure cannot fail a test. */
function shown(id: string, account: 'wecom' | 'wechat', bare = false): string {
  const cell = presentCell(getFact(asFactId(id))[account])!;
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

  it('cover every reason note, in its question’s block', () => {
    for (const question of questions) {
      const notes: Readonly<Record<string, string>> = quizMessages.questions[question.id].notes;
      for (const note of question.notes) expect(notes[note], note).toBeTruthy();
    }
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
    const wechatFriends = presentCell(getFact('contacts.per-account-default').wechat)!.value;
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

describe('result texts', () => {
  it('count points in the plural form that fits', () => {
    const result = score(plainAnswers('business'), data);
    if (!result.complete) throw new Error('incomplete');
    expect(
      basisSentence({ ...result, basis: 'points', points: { wecom: 1, wechat: 3 } }, text),
    ).toBe(
      'Ninguna respuesta descarta una cuenta; lo deciden tus preferencias: 1 punto para WeCom y 3 puntos para WeChat personal.',
    );
  });

  it('name the account a reason weighs for, not the one whose figure it cites', () => {
    const [chatsOnly] = answerReasons('contacts', 'chats-only', data);
    expect([chatsOnly!.account, chatsOnly!.favours]).toEqual(['wechat', 'wecom']);
    expect(reasonKind(chatsOnly!, text)).toBe('A favor de WeCom');
    expect(reasonKind({ ...chatsOnly!, kind: 'informs', favours: null }, text)).toBe(
      'A tener en cuenta',
    );
    expect(reasonKind({ ...chatsOnly!, neither: true }, text)).toBe('Ninguna de las dos llega');
  });

  it('show a bare number where the sentence says what it counts', () => {
    const qr = answerReasons('groups', 'external', data).find(
      (r) => r.note === 'qr-linked-groups',
    )!;
    expect(reasonSentence(qr, text)).toContain(
      `hasta ${shown('groups.qr-linked-groups', 'wecom', true)} grupos`,
    );
  });

  it('list a figure’s sources with their titles and addresses', () => {
    const ref = { id: 'groups.external-max-members', account: 'wechat' } as const;
    const cell = presentCell(getFact(ref.id).wechat)!;
    expect(figureView(ref, text).sources).toEqual(
      cell.sources.map((id) => ({
        id,
        title: expect.objectContaining({ title: expect.any(String) }),
        url: getSource(id).url,
      })),
    );
  });

  it('give every value of a disputed figure, and in a hint each with its sources', () => {
    // Found in the data rather than named: whichever quiz figure is disputed today.
    const disputed = (questions as readonly QuestionDef[]).flatMap((question) =>
      Object.values(question.figures ?? {}).flatMap((ref) => {
        const cell = presentCell(getFact(ref.id)[ref.account])!;
        const alternatives = (cell.alternatives ?? []).filter((a) => a.kind !== 'older-figure');
        return alternatives.length > 0 ? [{ question, ref, cell, alternatives }] : [];
      }),
    );
    expect(disputed.length).toBeGreaterThan(0);
    for (const { question, ref, cell, alternatives } of disputed) {
      const hint = questionView(question.id as QuestionId, text).hint!;
      const sentence = figureText(ref, text);
      for (const value of [cell, ...alternatives]) {
        const words = formatValue('es', messages, value.value, cell.unit);
        expect(hint).toContain(words);
        expect(sentence).toContain(words);
        for (const id of value.sources) {
          expect(hint).toContain(messages.sourceTitles[id as keyof typeof messages.sourceTitles]);
        }
      }
      const view = figureView(ref, text);
      expect(view.disputes.map((d) => d.sources.map((s) => s.id))).toEqual(
        alternatives.map((a) => [...a.sources]),
      );
    }
  });

  it('give a figure with a caveat its words in a hint, which has no figure note beside it', () => {
    const hint = questionViews(text).find((view) => view.id === 'company-name')!.hint!;
    const cell = presentCell(getFact('service-focus.verification-fee').wecom)!;
    const caveat = caveatIn(cell, data.sources);
    expect(caveat).not.toBe('official');
    expect(hint).toContain(messages.caveats[trustClaim(caveat).words!]);
  });

  it('cite the figures the verified-organisation assumption rests on', () => {
    expect(verifiedOrgText(text).figures).toEqual(assumptionFacts['verified-org']);
  });

  it('refuse a figure without a value, an unknown question and an option without words', () => {
    expect(() => figureText({ id: 'groups.qr-linked-groups', account: 'wechat' }, text)).toThrow(
      'No wechat value for groups.qr-linked-groups',
    );
    expect(() => questionView('nothing' as QuestionId, text)).toThrow('Unknown question nothing');
    expect(() => optionLabel('groups', 'gigantic', text)).toThrow('Unknown option groups.gigantic');
    const groups = quizMessages.questions.groups;
    const withLabels = (options: Record<string, string>): QuizText =>
      ({
        ...text,
        quiz: {
          ...quizMessages,
          questions: { ...quizMessages.questions, groups: { ...groups, options } },
        },
      }) as QuizText;
    const { internal: _, ...withoutInternal } = groups.options;
    expect(() => optionLabel('groups', 'internal', withLabels(withoutInternal))).toThrow(
      'Unknown option groups.internal',
    );
    expect(() =>
      optionLabel('groups', 'gigantic', withLabels({ ...groups.options, gigantic: 'Gigantic' })),
    ).toThrow('Unknown option groups.gigantic');
  });
});
