import { describe, expect, it } from 'vitest';

import { isFirm } from '../data/caveat';
import { valueCaveat, getFact, presentCell } from '../data/facts';
import {
  answerReasons,
  askedQuestions,
  cleanAnswers,
  clearMargin,
  decide,
  decidingLimit,
  decidingReasons,
  essentialAnswers,
  isEssential,
  reasonWeight,
  requirementWeight,
  softRuleOutWeight,
  missingQuestions,
  outcomes,
  questions,
  strengths,
  type QuestionId,
} from '.';
import { everyAnswerSet } from './__fixtures__/answer-space';
import { quizData } from './data';

// Every complete set of answers (some 61,000), decided once. Apart from engine.test.ts because
// `npm run test:mutation` leaves this walk out: instrumented, it costs half a minute per mutant.

const data = quizData();

describe('the whole answer space', () => {
  const decided = [...everyAnswerSet()].map((answers) => ({
    answers,
    decision: decide(answers, data),
  }));

  it('has a deciding reason for every result that is not an empty tie', () => {
    for (const { answers, decision } of decided) {
      if (decision.points.wecom + decision.points.wechat === 0 && decision.ruledOut.length === 0)
        continue;
      expect(decidingReasons(decision).length, JSON.stringify(answers)).toBeGreaterThan(0);
    }
  });

  it('lists first on the verdict the reason with the largest weight, heaviest first', () => {
    for (const { answers, decision } of decided) {
      const label = JSON.stringify(answers);
      const chosen = decision.outcome === 'wechat' ? 'wechat' : 'wecom';
      const firmOut = decision.reasons.some((r) => r.kind === 'rules-out');
      // What pulls towards the result, derived here from the kinds, not from decidingReasons.
      const pulling = decision.reasons.filter((r) =>
        firmOut ? r.kind === 'rules-out' : r.kind === 'weighs' && r.favours === chosen,
      );
      const deciding = decidingReasons(decision);
      if (pulling.length === 0) {
        expect(deciding, label).toEqual([]);
        continue;
      }
      const largest = Math.max(...pulling.map(reasonWeight));
      expect(reasonWeight(deciding[0]!), label).toBe(largest);
      const weights = deciding.map(reasonWeight);
      expect(weights, label).toEqual([...weights].sort((a, b) => b - a));
      const beyond = deciding.slice(decidingLimit);
      for (const reason of beyond)
        expect(isEssential(reason.questionId, reason.optionId)).toBe(true);
    }
  });

  it('addresses every answer the reader called essential: deciding, or why it did not', () => {
    for (const { answers, decision } of decided) {
      const label = JSON.stringify(answers);
      const deciding = new Set(decidingReasons(decision).map((r) => r.questionId));
      const chosen = decision.outcome === 'wechat' ? 'wechat' : 'wecom';
      const essentials = essentialAnswers(decision, answers);
      const expected = Object.entries(answers).filter(([q, o]) => isEssential(q, o!));
      expect(essentials.map((e) => e.questionId).sort(), label).toEqual(
        expected.map(([q]) => q).sort(),
      );
      for (const essential of essentials) {
        const own = decision.reasons.filter((r) => r.questionId === essential.questionId);
        // A need that pulls towards the result is always among what decides it.
        const pulls = own.some(
          (r) => r.kind === 'rules-out' || (r.kind === 'weighs' && r.favours === chosen),
        );
        expect(deciding.has(essential.questionId), label).toBe(essential.status === 'decides');
        if (pulls) expect(essential.status, label).toBe('decides');
        if (essential.status === 'outweighed') expect(essential.reason.soft, label).toBe(true);
      }
    }
  });

  it('weighs a soft rule-out above any preference, and a requirement above all points', () => {
    let preference = 0;
    let total = 0;
    for (const { decision } of decided) {
      for (const r of decision.reasons)
        if (r.kind === 'weighs' && !r.softRuleOut) preference = Math.max(preference, r.weight);
      total = Math.max(total, decision.points.wecom, decision.points.wechat);
    }
    expect(softRuleOutWeight).toBeGreaterThan(preference);
    expect(requirementWeight).toBeGreaterThan(total);
  });

  it('reaches every outcome, each with every strength (a tie always goes to WeChat)', () => {
    for (const outcome of outcomes) {
      for (const strength of strengths.filter((s) => s !== 'tie' || outcome === 'wechat')) {
        expect(
          decided.some((d) => d.decision.outcome === outcome && d.decision.strength === strength),
          `${outcome} ${strength}`,
        ).toBe(true);
      }
    }
  });

  it('lets every question change the outcome in at least one case', () => {
    const changes = new Set<QuestionId>();
    for (const { answers, decision } of decided) {
      for (const question of askedQuestions(answers)) {
        if (changes.has(question.id)) continue;
        for (const option of question.options) {
          const changed = cleanAnswers({ ...answers, [question.id]: option.id }).answers;
          if (missingQuestions(changed).length > 0) continue;
          if (decide(changed, data).outcome !== decision.outcome) changes.add(question.id);
        }
      }
      if (changes.size === questions.length) break;
    }
    expect([...changes].sort()).toEqual(questions.map((q) => q.id).sort());
  });

  it('is "clear" only on firm figures, and names what a "depends" result depends on', () => {
    for (const { answers, decision } of decided) {
      const label = JSON.stringify(answers);
      if (decision.strength === 'depends')
        expect(decision.dependsOn.length, label).toBeGreaterThan(0);
      else expect(decision.dependsOn, label).toEqual([]);
      for (const ref of decision.dependsOn) {
        expect(isFirm(valueCaveat(presentCell(getFact(ref.id)[ref.account])!)), label).toBe(false);
      }
      if (decision.strength !== 'clear') continue;
      // A clear verdict survives every soft reason being dropped.
      const firmOnly = decision.reasons.filter((reason) => !reason.soft);
      const firmOut = new Set(firmOnly.filter((r) => r.kind === 'rules-out').map((r) => r.account));
      const points = { wecom: 0, wechat: 0 };
      for (const r of firmOnly) if (r.kind === 'weighs' && r.favours) points[r.favours] += r.weight;
      if (firmOut.size === 0) {
        expect(Math.abs(points.wecom - points.wechat), label).toBeGreaterThanOrEqual(clearMargin);
      }
    }
  });

  it('never rests a rule-out on a disputed, weak, unverified or inferred figure', () => {
    for (const question of questions) {
      for (const option of question.options) {
        for (const reason of answerReasons(question.id, option.id, data)) {
          const caveat = valueCaveat(presentCell(getFact(reason.factId)[reason.account])!);
          if (reason.kind === 'rules-out') {
            expect(isFirm(caveat), `${question.id}.${option.id} ${reason.factId}`).toBe(true);
          }
          expect(reason.soft === true, `${question.id}.${option.id} ${reason.factId}`).toBe(
            !isFirm(caveat),
          );
        }
      }
    }
  });

  it('calls an exact tie a tie, never "leaning", and breaks it towards personal WeChat', () => {
    for (const { answers, decision } of decided) {
      const label = JSON.stringify(answers);
      const tied =
        decision.ruledOut.length === 0 && decision.points.wecom === decision.points.wechat;
      expect(decision.basis === 'tie', label).toBe(tied);
      if (!tied) continue;
      expect(decision.outcome, label).toBe('wechat');
      expect(['tie', 'depends', 'clear'], label).toContain(decision.strength);
    }
  });

  it('never recommends an account it ruled out, unless both are (then both)', () => {
    for (const { decision } of decided) {
      const out = new Set(decision.ruledOut.map((r) => r.account));
      if (out.size === 2) expect(decision.outcome).toBe('both');
      else if (out.has('wechat')) expect(decision.outcome).not.toBe('wechat');
      else if (out.has('wecom')) expect(decision.outcome).toBe('wechat');
    }
  });
});
