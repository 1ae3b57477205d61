import { describe, expect, it } from 'vitest';

import { withCell, withFigure } from './__fixtures__/figures';
import { decisionGuide, findQuizDataProblems, outcomeFacts, typicalAnswers } from './guide';
import { quizData } from './data';
import { answerReasons } from './engine';

describe('findQuizDataProblems', () => {
  it('reports a range that is empty, naming the question, the option and the figures', () => {
    const equal = withFigure('contacts.per-account-max', 'wechat', 5000);
    expect(findQuizDataProblems(equal)).toEqual([
      'contacts.chats-only: range 5000–5000 is out of order',
    ]);
    const zero = withFigure('moments.member-posts-per-day', 'wecom', 0);
    expect(findQuizDataProblems(zero)).toEqual(['moments.up-to: range 0–0 is out of order']);
  });

  it('reports a missing figure for each option and for the question’s rule', () => {
    const missing = withCell('contacts.per-account-default', 'wechat', { absent: 'not-found' });
    const needsNumber = 'contacts.per-account-default (wechat) needs a number; got undefined';
    expect(findQuizDataProblems(missing)).toEqual([
      `contacts.friends: ${needsNumber}`,
      `contacts.chats-only: ${needsNumber}`,
      `contacts: ${needsNumber}`,
    ]);
  });

  it('reports a figure a question’s hint shows that the quiz’s data lacks', () => {
    const data = quizData();
    const lacking = {
      ...data,
      facts: data.facts.filter((fact) => fact.id !== 'mass-messages.per-customer-limit'),
    };
    expect(findQuizDataProblems(lacking)).toEqual([
      'broadcast-frequency: Unknown fact id "mass-messages.per-customer-limit" (see content/facts.ts)',
    ]);
  });
});

describe('the decision guide', () => {
  it('lists every option of every question with the reasons it gives', () => {
    const guide = decisionGuide();
    expect(guide.find((e) => e.questionId === 'moments' && e.optionId === 'more')).toEqual({
      questionId: 'moments',
      optionId: 'more',
      reasons: answerReasons('moments', 'more', quizData()),
    });
  });
});

describe('typical answers', () => {
  const summary = (outcome: 'wecom' | 'wechat' | 'both') =>
    typicalAnswers(outcome).map(
      (entry) =>
        `${entry.questionId}.${entry.optionId}: ${entry.reasons.map((r) => `${r.kind} ${r.account}`).join(', ')}`,
    );

  it('for personal WeChat: the answers that, on balance, pull there', () => {
    expect(summary('wechat')).toEqual([
      'purpose.me: weighs wechat',
      'customers.one-account: weighs wecom',
      'company-name.no: weighs wechat',
      'moments.more: weighs wecom',
      'broadcast-frequency.more: weighs wecom',
    ]);
  });

  it('for WeCom: the answers that pull there, with only their reasons that do', () => {
    expect(summary('wecom')).toEqual([
      'purpose.business: weighs wecom',
      'contacts.chats-only: weighs wechat',
      'contacts.member-max: rules-out wechat',
      'contacts.beyond: rules-out wechat',
      'customers.more: weighs wechat',
      'team.must: rules-out wechat',
      'team.nice: weighs wecom',
      'company-name.must: rules-out wechat',
      'company-name.nice: weighs wecom',
      'groups.internal: rules-out wechat',
      'groups.external: weighs wecom',
      'broadcast-size.large: weighs wechat',
      'broadcast-size.huge: weighs wechat',
      'work-tools.must: weighs wechat',
      'work-tools.nice: weighs wecom',
    ]);
  });

  it('for both: the personal purposes and what rules personal WeChat out', () => {
    expect(summary('both')).toEqual([
      'purpose.me: weighs wechat',
      'purpose.both: weighs wecom',
      'contacts.member-max: rules-out wechat',
      'contacts.beyond: rules-out wechat',
      'team.must: rules-out wechat',
      'company-name.must: rules-out wechat',
      'groups.internal: rules-out wechat',
    ]);
  });

  it('give an outcome’s facts, each once', () => {
    expect(outcomeFacts('both')).toEqual([
      'service-focus.audience',
      'contacts.per-account-max',
      'staff-leaving.customers-stay-with-company',
      'profile-card.verified-company-name',
      'groups.external-max-members',
    ]);
  });
});
