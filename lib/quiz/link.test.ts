import { describe, expect, it } from 'vitest';

import { askedQuestions, isOption, missingQuestions, questions, type Answers } from '.';
import { plainAnswers } from './__fixtures__/plain-answers';
import { decodeAnswers, encodeAnswers, isQuizFragment, type LinkProblem } from './link';

/** A small seeded generator, so a failing fuzz case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswers(next: () => number, complete = true): Answers {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    if (!askedQuestions(answers as Answers).some((q) => q.id === question.id)) continue;
    if (!complete && next() < 0.3) continue;
    answers[question.id] = question.options[Math.floor(next() * question.options.length)]!.id;
  }
  return answers as Answers;
}

const alphabet = 'v1.0123456789abcdefghijklmnopqrstuvwxyz-_#%~!*()[]{}<>/\\?&=+ ÁéñÑ😀\u0000\uffff';

function randomString(next: () => number, max = 40): string {
  const length = Math.floor(next() * max);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    text +=
      next() < 0.9
        ? [...alphabet][Math.floor(next() * [...alphabet].length)]
        : String.fromCharCode(Math.floor(next() * 0xffff));
  }
  return text;
}

const kinds = (problems: LinkProblem[]) => problems.map((problem) => problem.kind);

function expectWellFormed(result: ReturnType<typeof decodeAnswers>) {
  expect(Array.isArray(result.problems)).toBe(true);
  for (const [question, option] of Object.entries(result.answers)) {
    expect(isOption(question as keyof Answers, option), `${question}=${option}`).toBe(true);
  }
  // Whatever is decoded either is complete and clean, or says what is wrong.
  if (result.problems.length === 0 && Object.keys(result.answers).length > 0) {
    expect(missingQuestions(result.answers)).toEqual([]);
  }
}

describe('encodeAnswers / decodeAnswers', () => {
  it('writes a short, versioned fragment', () => {
    const answers: Answers = {
      purpose: 'business',
      contacts: 'friends',
      customers: 'free-quota',
      team: 'must',
      'company-name': 'no',
      moments: 'rarely',
      groups: 'internal',
      'broadcast-size': 'none',
      'work-tools': 'nice',
    };
    const fragment = encodeAnswers(answers);
    expect(fragment).toMatch(/^v1\.[0-9a-z-]{10}\.[0-9a-z_]$/);
    expect(fragment.slice(3, 13)).toBe('10002010-1');
    expect(decodeAnswers(`#${fragment}`)).toEqual({ answers, problems: [] });
  });

  // Links already shared must keep working, so these are written out by hand from the format
  // (check = Σ position × digit mod 37, "-" counting 36): a check that stopped computing, or
  // that always agreed, would still round-trip but would fail here.
  it('reads fixed links as published and rejects them with any other check character', () => {
    const links: [string, Answers][] = [
      [
        'v1.10002010-1.j',
        {
          ...plainAnswers('business'),
          team: 'must',
          'company-name': 'no',
          groups: 'internal',
          'work-tools': 'nice',
        },
      ],
      ['v1.00021000-2.o', plainAnswers('me')],
      [
        'v1.2100202311.y',
        {
          ...plainAnswers('both'),
          contacts: 'chats-only',
          team: 'must',
          'company-name': 'no',
          groups: 'external',
          'broadcast-size': 'huge',
          'broadcast-frequency': 'more',
          'work-tools': 'nice',
        },
      ],
    ];
    for (const [link, answers] of links) {
      expect(encodeAnswers(answers)).toBe(link);
      expect(decodeAnswers(`#${link}`), link).toEqual({ answers, problems: [] });
      const payload = link.slice(0, -1);
      for (const wrong of '0123456789abcdefghijklmnopqrstuvwxyz_'.replace(link.at(-1)!, '')) {
        expect(kinds(decodeAnswers(payload + wrong).problems), payload + wrong).toEqual([
          'tampered',
        ]);
      }
    }
  });

  it('reads a quiz fragment of any version and in any case; ignores anchors and app fragments', () => {
    const fragment = encodeAnswers({ purpose: 'me' });
    for (const quiz of [`#${fragment}`, fragment.toUpperCase(), '#v0.zz', '#a=', '#%00', '#!!'])
      expect(isQuizFragment(quiz), quiz).toBe(true);
    for (const plain of ['', '#', '#main', '#reasons', '#wechat_redirect'])
      expect(isQuizFragment(plain), plain).toBe(false);
    expect(decodeAnswers('#wechat_redirect')).toEqual({ answers: {}, problems: [] });
    expect(decodeAnswers(`#${fragment.toUpperCase()}`).answers).toEqual({ purpose: 'me' });
    expect(decodeAnswers('#a=').problems).toEqual([{ kind: 'malformed' }]);
  });

  it('catches every single deleted, inserted or changed character of a link', () => {
    const next = random(7);
    const alphabet = `${'0123456789abcdefghijklmnopqrstuvwxyz'}-_.`;
    for (let sample = 0; sample < 40; sample += 1) {
      const link = encodeAnswers(randomAnswers(next));
      const { answers } = decodeAnswers(link);
      const edits = new Set<string>();
      for (let i = 0; i <= link.length; i += 1) {
        if (i < link.length) edits.add(link.slice(0, i) + link.slice(i + 1));
        for (const char of alphabet) {
          edits.add(link.slice(0, i) + char + link.slice(i));
          if (i < link.length) edits.add(link.slice(0, i) + char + link.slice(i + 1));
        }
      }
      edits.delete(link);
      for (const edited of edits) {
        const decoded = decodeAnswers(edited);
        const noticed = decoded.problems.some((p) => p.kind !== 'incomplete');
        // Either the damage is reported, or the link still says exactly the same.
        if (!noticed) expect(decoded.answers, `${link} → ${edited}`).toEqual(answers);
        else if (decoded.problems.every((p) => p.kind === 'incomplete'))
          throw new Error(`${edited} silently lost answers`);
      }
    }
  });

  it('round-trips any complete set of answers', () => {
    const next = random(1);
    for (let i = 0; i < 2000; i += 1) {
      const answers = randomAnswers(next);
      expect(decodeAnswers(encodeAnswers(answers))).toEqual({ answers, problems: [] });
    }
  });

  it('round-trips partial answers and says they are incomplete', () => {
    const next = random(2);
    for (let i = 0; i < 500; i += 1) {
      const answers = randomAnswers(next, false);
      const decoded = decodeAnswers(encodeAnswers(answers));
      expect(decoded.answers).toEqual(answers);
      const missing = missingQuestions(answers);
      if (missing.length > 0) expect(decoded.problems).toEqual([{ kind: 'incomplete', missing }]);
    }
  });

  it('treats an empty fragment as no answers and no problem', () => {
    expect(decodeAnswers('')).toEqual({ answers: {}, problems: [] });
    expect(decodeAnswers('#')).toEqual({ answers: {}, problems: [] });
  });

  it('is tolerant of case and URL escaping', () => {
    const fragment = encodeAnswers({ purpose: 'me' });
    expect(decodeAnswers(fragment.toUpperCase()).answers).toEqual({ purpose: 'me' });
    expect(decodeAnswers(encodeURIComponent(`#${fragment}`)).answers).toEqual({ purpose: 'me' });
  });
});

describe('bad links', () => {
  const full: Answers = {
    purpose: 'both',
    contacts: 'chats-only',
    customers: 'more',
    team: 'nice',
    'company-name': 'must',
    moments: 'up-to',
    groups: 'external',
    'broadcast-size': 'large',
    'broadcast-frequency': 'within',
    'work-tools': 'must',
  };
  const good = encodeAnswers(full);

  it('reports another version and keeps nothing', () => {
    expect(decodeAnswers(good.replace('v1', 'v2'))).toEqual({
      answers: {},
      problems: [{ kind: 'unknown-version', version: 'v2' }],
    });
    expect(decodeAnswers('v0.12')).toMatchObject({
      answers: {},
      problems: [{ kind: 'unknown-version' }],
    });
  });

  it('reports a truncated link and keeps the answers it holds', () => {
    const cut = good.slice(0, 3 + 4);
    const decoded = decodeAnswers(cut);
    expect(decoded.answers).toEqual({
      purpose: 'both',
      contacts: 'chats-only',
      customers: 'more',
      team: 'nice',
    });
    expect(kinds(decoded.problems)).toEqual(['truncated', 'incomplete']);
    expect(kinds(decodeAnswers('v1').problems)).toEqual(['truncated', 'incomplete']);
    expect(kinds(decodeAnswers('v1.').problems)).toEqual(['truncated', 'incomplete']);
  });

  it('detects every single changed character', () => {
    const payload = good.split('.')[1]!;
    for (let i = 0; i < payload.length; i += 1) {
      for (const char of '0123456789abcdefghijklmnopqrstuvwxyz-') {
        if (char === payload[i]) continue;
        const tampered = `v1.${payload.slice(0, i)}${char}${payload.slice(i + 1)}.${good.at(-1)}`;
        const decoded = decodeAnswers(tampered);
        expect(kinds(decoded.problems), tampered).toContain('tampered');
      }
    }
  });

  it('reports a link with nothing readable and characters no link writes as unreadable', () => {
    const malformed = { answers: {}, problems: [{ kind: 'malformed' }] };
    expect(decodeAnswers(`v1.${'😀'.repeat(10)}.5`)).toEqual(malformed);
    expect(decodeAnswers('v1.~~~~.5')).toEqual(malformed);
    // One readable answer among them is still a link to review, not an unreadable one.
    expect(decodeAnswers(`v1.1${'😀'.repeat(9)}.5`).answers).toEqual({ purpose: 'business' });
    // Letters that name no option are the link's own alphabet: a damaged link, as before.
    expect(kinds(decodeAnswers('v1.zzzzzzzzzz.5').problems)).toContain('ignored');
  });

  it('ignores characters that name no option and extra trailing ones', () => {
    const decoded = decodeAnswers('v1.9z000000-0000');
    expect(decoded.answers.purpose).toBeUndefined();
    expect(decoded.answers.contacts).toBeUndefined();
    expect(decoded.problems).toContainEqual({ kind: 'ignored', parts: ['9', 'z', '0', '0', '0'] });
    expect(kinds(decoded.problems)).toEqual(['truncated', 'ignored', 'incomplete']);
  });

  it('drops an answer to a question that the link itself says is not asked', () => {
    // broadcast-size "none" (0) with a frequency answer (1).
    const decoded = decodeAnswers('v1.00000000110');
    expect(decoded.answers['broadcast-frequency']).toBeUndefined();
    expect(decoded.problems).toContainEqual({
      kind: 'ignored',
      parts: expect.arrayContaining(['broadcast-frequency']),
    });
  });

  it('never throws on random strings, and never returns an invalid answer', () => {
    const next = random(3);
    for (let i = 0; i < 5000; i += 1) {
      const input = next() < 0.5 ? `v1.${randomString(next, 16)}` : randomString(next);
      let result;
      expect(() => (result = decodeAnswers(input)), JSON.stringify(input)).not.toThrow();
      expectWellFormed(result!);
    }
  });

  it('never throws on mutations of a good link', () => {
    const next = random(4);
    for (let i = 0; i < 5000; i += 1) {
      const chars = [...good];
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e += 1) {
        const at = Math.floor(next() * (chars.length + 1));
        const roll = next();
        if (roll < 0.33) chars.splice(at, 1);
        else if (roll < 0.66) chars.splice(at, 0, randomString(next, 2));
        else chars[at] = randomString(next, 2);
      }
      const input = chars.join('');
      const result = decodeAnswers(input);
      expectWellFormed(result);
      const kept = Object.keys(result.answers).length > 0;
      if (kept && input !== good && !input.includes('%') && result.problems.length === 0) {
        // An edit that still checks out must decode to answers that encode back to it.
        expect(encodeAnswers(result.answers)).toBe(
          input.trim().replace(/^#/, '').trim().toLowerCase(),
        );
      }
    }
  });

  it('never throws on values that are not strings', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x'), () => 'v1']) {
      expect(decodeAnswers(input).problems).toEqual([{ kind: 'malformed' }]);
    }
  });
});
