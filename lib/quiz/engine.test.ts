import { describe, expect, it } from 'vitest';

import type { FactId } from '../data/fact-lookup';
import type { Fact } from '../data/facts';
import {
  answerReasons,
  askedQuestions,
  cleanAnswers,
  decide,
  decidingLimit,
  decidingReasons,
  essentialAnswers,
  flipsByOutcome,
  isAsked,
  isOption,
  missingQuestions,
  outcomes,
  questions,
  score,
  softRuleOutWeight,
  type Answers,
  type Data,
  type Reason,
  type Outcome,
  type QuestionId,
  type Recommendation,
  type Strength,
} from '.';
import { sampleAnswerSets } from './__fixtures__/answer-space';
import { withCell as withCellIn, withFigure as withFigureIn } from './__fixtures__/figures';
import { plainAnswers } from './__fixtures__/plain-answers';
import { fixtureQuizData } from './__fixtures__/quiz-data';
import { findQuizDataProblems, outcomeFacts, typicalAnswers } from './guide';

const plain = plainAnswers;

// The engine runs on fixture facts (the quiz's data frozen), never on the live data module.
const data = fixtureQuizData;
const withCell = (...[id, account, cell, base = data]: Parameters<typeof withCellIn>) =>
  withCellIn(id, account, cell, base);
const withFigure = (...[id, account, value, base = data]: Parameters<typeof withFigureIn>) =>
  withFigureIn(id, account, value, base);

function recommend(answers: Answers, figures: Data = data): Recommendation {
  const result = score(answers, figures);
  if (!result.complete) throw new Error(`incomplete: ${result.missing.join(', ')}`);
  return result;
}

/** The data with every numeric figure multiplied by `factor`. */
function scaled(factor: number): Data {
  const scale = (cell: Fact['wecom']) =>
    'value' in cell && typeof cell.value === 'number'
      ? { ...cell, value: cell.value * factor }
      : cell;
  return {
    ...data,
    facts: data.facts.map(
      (fact) => ({ ...fact, wecom: scale(fact.wecom), wechat: scale(fact.wechat) }) as Fact,
    ),
  };
}

describe('score: table of cases', () => {
  // Several results depend on figures we cannot vouch for (inferred, weak or disputed): the
  // quiz says so ("depends") instead of calling them clear.
  const cases: [string, Answers, Outcome, Strength][] = [
    ['private use, nothing special', { ...plain('me'), 'company-name': 'no' }, 'wechat', 'clear'],
    [
      'a business whose customers must stay',
      { ...plain('business'), team: 'must' },
      'wecom',
      'clear',
    ],
    [
      'private life plus customers that must stay',
      { ...plain('both'), team: 'must' },
      'both',
      'clear',
    ],
    [
      'a business that posts more than WeCom shows',
      { ...plain('business'), moments: 'more' },
      'wechat',
      'depends',
    ],
    [
      'a firm need only WeCom meets, and a need only a weak figure says it misses',
      { ...plain('business'), groups: 'internal', moments: 'more' },
      'wecom',
      'depends',
    ],
    ['a business with a slight preference', plain('business'), 'wecom', 'leaning'],
    [
      'a freelancer who would rather appear as themself',
      { ...plain('business'), 'company-name': 'no' },
      'wechat',
      'tie',
    ],
    [
      'staff-only groups above the WeChat cap',
      { ...plain('business'), groups: 'internal', 'company-name': 'no' },
      'wecom',
      'clear',
    ],
    [
      'more contacts than one WeChat account holds',
      { ...plain('me'), contacts: 'member-max' },
      'both',
      'clear',
    ],
    [
      'daily broadcasts to thousands, within the WeCom cap',
      { ...plain('business'), 'broadcast-size': 'large', 'broadcast-frequency': 'within' },
      'wecom',
      'depends',
    ],
    [
      'broadcasts more often than WeCom delivers',
      { ...plain('business'), 'broadcast-size': 'small', 'broadcast-frequency': 'more' },
      'wechat',
      'depends',
    ],
  ];

  it.each(cases)('%s → %s (%s)', (_, answers, outcome, strength) => {
    const result = recommend(answers);
    expect(result.outcome).toBe(outcome);
    expect(result.strength).toBe(strength);
  });

  it('is deterministic', () => {
    const answers = { ...plain('both'), contacts: 'chats-only', moments: 'up-to' } as const;
    expect(recommend(answers)).toEqual(recommend(answers));
  });
});

describe('reasons', () => {
  it('name the question, the fact and the account of each answer that mattered', () => {
    const result = recommend({ ...plain('business'), team: 'must' });
    expect(result.reasons).toContainEqual(
      expect.objectContaining({
        questionId: 'team',
        factId: 'staff-leaving.customers-stay-with-company',
        account: 'wechat',
        kind: 'rules-out',
      }),
    );
    // WeChat's side rests on the licence as the press reports it: firm, so it rules out.
    expect(result.ruledOut).toEqual([
      {
        account: 'wechat',
        questionId: 'team',
        factId: 'staff-leaving.customers-stay-with-company',
      },
    ]);
    expect(result.dependsOn).toEqual([]);
  });

  it('a firm figure rules out; a staff group above the WeChat cap is a requirement', () => {
    const result = recommend({ ...plain('business'), groups: 'internal', 'company-name': 'no' });
    expect(result.ruledOut).toEqual([
      { account: 'wechat', questionId: 'groups', factId: 'groups.external-max-members' },
    ]);
    expect([result.basis, result.strength]).toEqual(['requirement', 'clear']);
  });

  it('only cite facts with a value for the account they name', () => {
    for (const question of questions) {
      for (const option of question.options) {
        for (const reason of answerReasons(question.id, option.id, data)) {
          const fact = data.facts.find((candidate) => candidate.id === reason.factId)!;
          expect('absent' in fact[reason.account], `${question.id}.${option.id}`).toBe(false);
        }
      }
    }
  });

  it('turn a need that neither account meets into information, ruling out neither', () => {
    const reasons = answerReasons('groups', 'external', data);
    expect(reasons.filter((reason) => reason.kind === 'rules-out')).toEqual([]);
    expect(reasons.filter((reason) => reason.neither)).toHaveLength(2);
    expect(reasons).toContainEqual(
      expect.objectContaining({ factId: 'groups.qr-linked-groups', favours: 'wecom' }),
    );
  });

  it('assume a verified organisation whenever WeCom is recommended', () => {
    expect(recommend({ ...plain('business'), team: 'must' }).assumptions).toEqual(['verified-org']);
    expect(recommend({ ...plain('me'), 'company-name': 'no' }).assumptions).toEqual([]);
  });
});

describe('plausible rules', () => {
  it('count a broadcast that WeChat could only do by repeating it many times against WeChat', () => {
    const weekly = {
      ...plain('business'),
      'broadcast-size': 'large',
      'broadcast-frequency': 'within',
    } as const;
    const result = recommend(weekly);
    expect(result.outcome).toBe('wecom');
    // Posting more on Moments must not turn a 10,000-customer broadcaster towards WeChat.
    expect(result.flips.filter((flip) => flip.questionId === 'moments')).toEqual([]);
    expect(recommend({ ...weekly, moments: 'more' }).outcome).toBe('wecom');
    const reason = answerReasons('broadcast-size', 'large', data).find(
      (r) => r.account === 'wechat',
    )!;
    expect(reason.note).toBe('broadcast-batches');
    expect(reason.softRuleOut).toBe(true);
  });

  it('cite the group figure of the account they rule out', () => {
    const [wechat] = answerReasons('groups', 'internal', data);
    expect([wechat!.factId, wechat!.account]).toEqual(['groups.external-max-members', 'wechat']);
    expect(answerReasons('groups', 'internal', data).map((r) => r.factId)).toContain(
      'groups.internal-max-members',
    );
  });
});

describe('the verdict', () => {
  it('names what rules an account out, else the heaviest reasons for the outcome', () => {
    const staff = recommend({ ...plain('business'), groups: 'internal', 'company-name': 'no' });
    expect(decidingReasons(staff).map((r) => [r.factId, r.kind])).toEqual([
      ['groups.external-max-members', 'rules-out'],
    ]);
    const business = recommend({ ...plain('business'), 'work-tools': 'nice' });
    const deciding = decidingReasons(business);
    expect(deciding.length).toBeGreaterThan(0);
    expect(deciding.length).toBeLessThanOrEqual(decidingLimit);
    for (const reason of deciding) expect(reason.favours).toBe('wecom');
  });
});

describe('flips', () => {
  it('say which single answer would lead to the runner-up', () => {
    const result = recommend({ ...plain('business'), 'company-name': 'no' });
    expect(result.outcome).toBe('wechat');
    expect(result.runnerUp).toBe('wecom');
    expect(result.flips).toContainEqual({
      questionId: 'groups',
      optionId: 'internal',
      outcome: 'wecom',
    });
  });

  it('are true: each one, applied, gives its outcome', () => {
    const answers = { ...plain('both'), contacts: 'chats-only' } as const;
    const result = recommend(answers);
    expect(result.flips.length).toBeGreaterThan(0);
    for (const flip of result.flips) {
      expect(recommend({ ...answers, [flip.questionId]: flip.optionId } as Answers).outcome).toBe(
        flip.outcome,
      );
    }
  });
});

describe('flips over a sample of the answer space', () => {
  const sample = sampleAnswerSets(60);
  const outcomeWith = (answers: Answers, questionId: QuestionId, optionId: string) => {
    const changed = { ...answers, [questionId]: optionId } as Answers;
    return missingQuestions(changed).length > 0
      ? null
      : decide(cleanAnswers(changed).answers, data).outcome;
  };

  it('list, per question, each other outcome one changed answer reaches, once', () => {
    for (const answers of sample) {
      const result = recommend(answers);
      const expected = askedQuestions(answers).flatMap((question) => {
        const reached = question.options
          .map((option) => outcomeWith(answers, question.id, option.id))
          .filter((outcome): outcome is Outcome => outcome !== null && outcome !== result.outcome);
        return [...new Set(reached)].map((outcome) => `${question.id}→${outcome}`).sort();
      });
      const listed = askedQuestions(answers).flatMap((question) =>
        result.flips
          .filter((flip) => flip.questionId === question.id)
          .map((flip) => `${flip.questionId}→${flip.outcome}`)
          .sort(),
      );
      expect(listed, JSON.stringify(answers)).toEqual(expected);
    }
  });

  it('name the nearest answer that leads there (on a tie, the earlier one)', () => {
    for (const answers of sample) {
      for (const flip of recommend(answers).flips) {
        const options = questions.find((question) => question.id === flip.questionId)!.options;
        const ids = options.map((option) => option.id as string);
        const current = ids.indexOf(answers[flip.questionId]!);
        const rank = (index: number) => Math.abs(index - current) * ids.length + index;
        const nearer = ids.filter(
          (id, index) =>
            index !== current &&
            rank(index) < rank(ids.indexOf(flip.optionId)) &&
            outcomeWith(answers, flip.questionId, id) === flip.outcome,
        );
        expect(nearer, `${JSON.stringify(answers)} ${flip.questionId}→${flip.outcome}`).toEqual([]);
      }
    }
  });

  it('prefer the nearer of two answers that reach the same outcome', () => {
    // From "no", both "nice" (one step) and "must" (two) bring WeCom; from "friends", every
    // larger contact list does.
    const result = recommend({ ...plain('business'), 'company-name': 'no' });
    const optionsFor = (questionId: QuestionId) =>
      result.flips.filter((f) => f.questionId === questionId).map((f) => [f.optionId, f.outcome]);
    expect(optionsFor('team')).toEqual([['nice', 'wecom']]);
    expect(optionsFor('contacts')).toEqual([['chats-only', 'wecom']]);
  });
});

describe('scaled data', () => {
  const sample = sampleAnswerSets(150, 2);

  // A figure typed into a rule (`need > 2000`) would not move with the data. Every threshold
  // comes from the data or is a ratio between figures (the repeat limit), so scaling every
  // figure at once must leave every reason as it was. A rule sees only its option and the
  // data, so its options cover it; a sample of whole answer sets covers the weighing.
  it('reads every figure from the data: scaled figures give the same results', () => {
    const bigger = scaled(7);
    const summary = (reasons: readonly Reason[]) =>
      reasons.map((r) => `${r.factId}:${r.account}:${r.kind}:${r.weight}:${r.neither}`);
    for (const question of questions) {
      for (const option of question.options) {
        expect(
          summary(answerReasons(question.id, option.id, bigger)),
          `${question.id}=${option.id}`,
        ).toEqual(summary(answerReasons(question.id, option.id, data)));
      }
    }
    for (const answers of sample) {
      const decision = decide(answers, data);
      const { outcome, strength, ruledOut } = decide(answers, bigger);
      expect({ outcome, strength, ruledOut }, JSON.stringify(answers)).toEqual({
        outcome: decision.outcome,
        strength: decision.strength,
        ruledOut: decision.ruledOut,
      });
    }
  });
});

describe('outcome pages without answers', () => {
  it('have typical answers pointing to each outcome, and their facts', () => {
    for (const outcome of outcomes) {
      const typical = typicalAnswers(outcome, data);
      expect(typical.length, outcome).toBeGreaterThan(0);
      for (const entry of typical) expect(entry.reasons.length).toBeGreaterThan(0);
      expect(outcomeFacts(outcome, data).length).toBeGreaterThan(0);
    }
    expect(typicalAnswers('wecom', data).map((e) => `${e.questionId}.${e.optionId}`)).toContain(
      'team.must',
    );
    expect(typicalAnswers('wechat', data).map((e) => `${e.questionId}.${e.optionId}`)).toContain(
      'moments.more',
    );
    expect(typicalAnswers('both', data).map((e) => e.questionId)).toContain('purpose');
  });
});

describe('injected data', () => {
  const staffGroups = { ...plain('business'), groups: 'internal', 'company-name': 'no' } as const;

  it('a bigger WeChat group cap stops ruling WeChat out', () => {
    expect(recommend(staffGroups).outcome).toBe('wecom');
    const data = withFigure('groups.external-max-members', 'wechat', 3000);
    const result = recommend(staffGroups, data);
    expect(result.ruledOut).toEqual([]);
    expect(result.outcome).toBe('wechat');
  });

  it('a smaller WeCom internal group cap means neither account meets the need', () => {
    const data = withFigure('groups.internal-max-members', 'wecom', 400);
    const result = recommend(staffGroups, data);
    expect(result.ruledOut).toEqual([]);
    expect(result.reasons.filter((reason) => reason.neither)).toHaveLength(2);
    expect([result.outcome, result.strength]).toEqual(['wechat', 'tie']);
  });

  it('a higher WeChat friend cap lets WeChat hold the contacts', () => {
    const answers = { ...plain('me'), 'company-name': 'no', contacts: 'member-max' } as const;
    expect(recommend(answers).outcome).toBe('both');
    expect(
      recommend(answers, withFigure('contacts.per-account-max', 'wechat', 50000)).outcome,
    ).toBe('wechat');
  });

  it('WeChat keeping customers when staff leave would stop ruling it out', () => {
    const answers = { ...plain('business'), team: 'must', 'company-name': 'no' } as const;
    expect(recommend(answers).outcome).toBe('wecom');
    const data = withFigure('staff-leaving.customers-stay-with-company', 'wechat', true);
    expect(recommend(answers, data).outcome).toBe('wechat');
  });

  it('a bigger WeChat broadcast batch removes the batches penalty', () => {
    const answers = {
      ...plain('me'),
      'broadcast-size': 'large',
      'broadcast-frequency': 'within',
    } as const;
    const before = recommend(answers);
    const after = recommend(
      answers,
      withFigure('mass-messages.recipients-per-send', 'wechat', 50000),
    );
    expect(before.points.wecom).toBeGreaterThan(after.points.wecom);
  });

  it('reports a missing figure and out-of-order ranges', () => {
    expect(findQuizDataProblems(data)).toEqual([]);
    const swapped = withFigure('contacts.per-account-max', 'wechat', 30000);
    expect(findQuizDataProblems(swapped).join('\n')).toMatch(/contacts\.member-max/);
    const missing = {
      ...data,
      facts: data.facts.map((fact) =>
        fact.id === 'contacts.per-account-max'
          ? ({ ...fact, wechat: { absent: 'not-found' } } as unknown as Fact)
          : fact,
      ),
    };
    expect(findQuizDataProblems(missing).join('\n')).toMatch(/needs a number/);
  });
});

describe('invalid input', () => {
  it('says which questions are missing', () => {
    const { purpose: _, ...rest } = plain('me');
    expect(score(rest, data)).toEqual({ complete: false, missing: ['purpose'], ignored: [] });
    expect(score({}, data)).toEqual({
      complete: false,
      missing: questions.map((q) => q.id),
      ignored: [],
    });
  });

  it('ignores unknown questions and options, and non-objects', () => {
    const result = score({ ...plain('me'), bogus: 'x', groups: 'gigantic' }, data);
    expect(result).toEqual({ complete: false, missing: ['groups'], ignored: ['groups', 'bogus'] });
    for (const input of [null, undefined, 42, 'me', [], ['purpose']]) {
      expect(score(input, data).complete).toBe(false);
    }
  });

  it('drops an answer to a question that does not apply', () => {
    const result = recommend({ ...plain('me'), 'broadcast-frequency': 'more' });
    expect(result.ignored).toEqual(['broadcast-frequency']);
    expect(result.ruledOut).toEqual([]);
  });

  it('asks the frequency only of those who broadcast', () => {
    expect(missingQuestions({ ...plain('me'), 'broadcast-size': 'small' })).toEqual([
      'broadcast-frequency',
    ]);
  });
});

describe('cleanAnswers', () => {
  it('takes nothing from a value that is not an answer map, and says so unless it is empty', () => {
    for (const input of [undefined, null])
      expect(cleanAnswers(input)).toEqual({ answers: {}, ignored: [] });
    for (const input of [42, 'me', [], ['purpose']])
      expect(cleanAnswers(input)).toEqual({ answers: {}, ignored: ['(input)'] });
  });

  it('skips an unanswered question without calling it ignored', () => {
    expect(cleanAnswers({ purpose: undefined, contacts: 'friends' })).toEqual({
      answers: { contacts: 'friends' },
      ignored: [],
    });
  });

  it('knows the options of each question only', () => {
    expect(isOption('purpose', 'me')).toBe(true);
    expect(isOption('purpose', 'friends')).toBe(false);
    expect(isOption('purpose', 1)).toBe(false);
    expect(isOption('nothing' as QuestionId, 'me')).toBe(false);
    expect(isAsked('nothing' as QuestionId, {})).toBe(true);
  });
});

describe('answerReasons', () => {
  it('names an unknown option', () => {
    expect(() => answerReasons('groups', 'gigantic', data)).toThrow(
      'Unknown option "gigantic" of question "groups"',
    );
  });

  it('marks reasons resting on a soft figure, and lets a soft one weigh instead of ruling out', () => {
    // WeCom's display cap is weakly sourced; WeChat's "no published cap" is unverified.
    expect(answerReasons('moments', 'more', data)).toEqual([
      expect.objectContaining({
        account: 'wecom',
        kind: 'weighs',
        favours: 'wechat',
        weight: softRuleOutWeight,
        soft: true,
        softRuleOut: true,
      }),
      expect.objectContaining({ account: 'wechat', kind: 'informs', favours: null, soft: true }),
    ]);
    expect(answerReasons('moments', 'more', data)[1]).not.toHaveProperty('softRuleOut');
  });

  it('keeps a need that neither account meets as plain information', () => {
    const neither = answerReasons('groups', 'external', data).filter((reason) => reason.neither);
    for (const reason of neither) expect(reason).toMatchObject({ kind: 'informs', favours: null });
  });
});

describe('how a recommendation is reached', () => {
  // WeChat's group cap raised: a customer group then rules out WeCom alone.
  const wide = withFigure('groups.external-max-members', 'wechat', 5000);
  const conflict = { groups: 'external', contacts: 'member-max' } as const;

  it('counts the points of weighing reasons only', () => {
    const result = recommend(plain('business'));
    expect([result.basis, result.points]).toEqual(['points', { wecom: 2, wechat: 0 }]);
    expect(recommend({ ...plain('business'), 'company-name': 'no' }).basis).toBe('tie');
  });

  it('gives each outcome the runner-up one changed answer could most plausibly lead to', () => {
    expect(recommend(plain('business')).runnerUp).toBe('wechat');
    expect(recommend({ ...plain('me'), 'company-name': 'no' }).runnerUp).toBe('both');
    expect(recommend({ ...plain('business'), 'company-name': 'no' }).runnerUp).toBe('wecom');
    expect(recommend({ ...plain('me'), contacts: 'member-max' }).runnerUp).toBe('wechat');
  });

  it('recommends both accounts when each is ruled out, runner-up the one the points favour', () => {
    const towardsWecom = recommend({ ...plain('business'), ...conflict }, wide);
    expect(towardsWecom).toMatchObject({ outcome: 'both', basis: 'conflict', strength: 'clear' });
    expect(towardsWecom.runnerUp).toBe('wecom');
    expect(towardsWecom.ruledOut.map((r) => r.account)).toEqual(['wechat', 'wecom']);
    const towardsWechat = recommend({ ...plain('me'), 'company-name': 'no', ...conflict }, wide);
    expect(towardsWechat).toMatchObject({ outcome: 'both', basis: 'conflict', runnerUp: 'wechat' });
    const even = recommend({ ...plain('me'), 'company-name': 'must', ...conflict }, wide);
    expect([even.points.wecom - even.points.wechat, even.basis, even.runnerUp]).toEqual([
      0,
      'conflict',
      'wecom',
    ]);
  });

  it('lists the soft figures a result depends on, each once', () => {
    expect(recommend({ ...plain('business'), moments: 'more' }).dependsOn).toEqual([
      { id: 'moments.member-posts-per-day', account: 'wecom' },
    ]);
    expect(
      recommend({
        ...plain('business'),
        moments: 'more',
        'broadcast-size': 'small',
        'broadcast-frequency': 'more',
      }).dependsOn,
    ).toEqual([
      { id: 'moments.member-posts-per-day', account: 'wecom' },
      { id: 'mass-messages.per-customer-limit', account: 'wecom' },
    ]);
    expect(recommend({ ...plain('me'), 'company-name': 'no' }).dependsOn).toEqual([]);
  });
});

describe('decidingReasons', () => {
  const base = recommend(plain('business'));
  let n = 0;
  // Each made-up reason answers its own question, so none is folded into another.
  const ids = questions.map((q) => q.id);
  const reason = (
    kind: Reason['kind'],
    favours: Reason['favours'],
    weight: number,
    extra: Partial<Reason> = {},
  ) =>
    ({
      questionId: ids[n++ % ids.length],
      optionId: 'x',
      factId: 'service-focus.audience',
      account: favours === 'wecom' ? 'wechat' : 'wecom',
      kind,
      favours,
      weight,
      note: 'for-organisations',
      ...extra,
    }) as Reason;

  it('gives what rules an account out before any preference, up to the limit', () => {
    const out = [1, 2, 3, 4].map((weight) => reason('rules-out', 'wecom', weight));
    const preference = reason('weighs', 'wecom', 9);
    expect(decidingReasons({ ...base, reasons: [preference, ...out] })).toEqual(
      out.slice(0, decidingLimit),
    );
  });

  it('else gives the heaviest reasons for the outcome, heaviest first whether firm or soft', () => {
    const light = reason('weighs', 'wecom', 1);
    const heavy = reason('weighs', 'wecom', 2);
    const soft = reason('weighs', 'wecom', softRuleOutWeight, { soft: true, softRuleOut: true });
    const against = reason('weighs', 'wechat', 5);
    const reasons = [light, heavy, soft, against, reason('informs', null, 0)];
    expect(decidingReasons({ ...base, outcome: 'both', reasons })).toEqual([soft, heavy, light]);
    expect(decidingReasons({ ...base, outcome: 'wechat', reasons })).toEqual([against]);
  });

  it('puts a firm reason before a soft one of the same weight', () => {
    const soft = reason('weighs', 'wecom', 2, { soft: true });
    const firm = reason('weighs', 'wecom', 2);
    expect(decidingReasons({ ...base, reasons: [soft, firm] })).toEqual([firm, soft]);
  });

  it('keeps a soft rule-out for the outcome next to a firm one: it is a need the reader has', () => {
    const out = reason('rules-out', 'wecom', 0);
    const soft = reason('weighs', 'wecom', softRuleOutWeight, { soft: true, softRuleOut: true });
    const preference = reason('weighs', 'wecom', 2);
    expect(decidingReasons({ ...base, reasons: [preference, soft, out] })).toEqual([out, soft]);
  });

  it('gives one reason per answer, its heaviest', () => {
    const [first, second] = [reason('weighs', 'wecom', 1), reason('weighs', 'wecom', 2)];
    const same = { ...second!, questionId: first!.questionId };
    expect(decidingReasons({ ...base, reasons: [first!, same] })).toEqual([same]);
  });
});

describe('essential answers', () => {
  it('are deciding reasons when they carry the result', () => {
    const answers = { ...plain('business'), team: 'must' } as const;
    const result = recommend(answers);
    expect(essentialAnswers(result, answers)).toEqual([
      { questionId: 'team', optionId: 'must', status: 'decides' },
    ]);
    expect(decidingReasons(result).map((r) => r.questionId)).toContain('team');
  });

  it('say when both accounts meet them, and when neither does', () => {
    const stay = 'staff-leaving.customers-stay-with-company';
    const answers = { ...plain('me'), team: 'must' } as const;
    const both = recommend(answers, withFigure(stay, 'wechat', true));
    expect(essentialAnswers(both, answers)).toEqual([
      { questionId: 'team', optionId: 'must', status: 'both-meet' },
    ]);
    const neither = recommend(
      answers,
      withFigure(stay, 'wecom', false, withFigure(stay, 'wechat', false, firmWechat(stay))),
    );
    expect(essentialAnswers(neither, answers)).toEqual([
      { questionId: 'team', optionId: 'must', status: 'neither' },
    ]);
  });

  it('say when only a soft figure backs them and other answers weighed more', () => {
    // A private person who needs customers kept: WeChat wins on points against the soft need.
    const answers = {
      ...plain('me'),
      team: 'must',
      'company-name': 'no',
    } as const;
    // The need rests on our own inference here (the shipped row may be firm), so it weighs only
    // the soft rule-out's points.
    const soft = withCell('staff-leaving.customers-stay-with-company', 'wechat', {
      value: false,
      confidence: 'inferred',
      sources: [],
    });
    const result = recommend(answers, soft);
    if (result.outcome !== 'wechat') return expect.fail(`outcome ${result.outcome}`);
    const [status] = essentialAnswers(result, answers);
    expect(status?.status).toBe('outweighed');
  });

  function firmWechat(fact: FactId): Data {
    // The WeChat cell made official, so "neither" is a firm finding, not a soft one.
    return {
      ...data,
      facts: data.facts.map((limit) =>
        limit.id === fact
          ? ({
              ...limit,
              wechat: { ...limit.wecom, value: false },
            } as Fact)
          : limit,
      ),
    };
  }
});

describe('flipsByOutcome', () => {
  it('groups the flips by the outcome they lead to, runner-up first, never an empty group', () => {
    for (const answers of sampleAnswerSets(300, 7)) {
      const result = recommend(answers);
      const groups = flipsByOutcome(result);
      expect(groups.flatMap((g) => g.flips).length).toBe(result.flips.length);
      for (const group of groups) {
        expect(group.flips.length).toBeGreaterThan(0);
        for (const flip of group.flips) expect(flip.outcome).toBe(group.outcome);
        expect(group.outcome).not.toBe(result.outcome);
      }
      if (groups.length > 0 && result.flips.some((f) => f.outcome === result.runnerUp))
        expect(groups[0]!.outcome).toBe(result.runnerUp);
    }
  });
});
