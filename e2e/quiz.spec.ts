import { expect, test, type Page } from '@playwright/test';

import { messages } from '../content/es/messages';
import { interpolate } from '../lib/i18n/format';
import { quizMessages as quiz } from '../content/es/quiz';
import {
  askedQuestions,
  decide,
  essentialAnswers,
  outcomes,
  score,
  type Answers,
  type Outcome,
} from '../lib/quiz';
import { everyAnswerSet } from '../lib/quiz/__fixtures__/answer-space';
import { personas } from '../lib/quiz/__fixtures__/personas';
import { plainAnswers } from '../lib/quiz/__fixtures__/plain-answers';
import { encodeAnswers } from '../lib/quiz/link';
import { quizData } from '../lib/quiz/data';
import { figureMessages, questionViews } from '../lib/quiz/text';
import { expectNoAxeViolations } from './axe';

const views = questionViews({
  locale: 'es',
  quiz,
  labels: figureMessages(messages),
  data: quizData(),
});
const siteName = messages.site.name;

/** The visible label of an answer, built from the data exactly as the page builds it. */
function label(questionId: string, optionId: string): string {
  const view = views.find((candidate) => candidate.id === questionId)!;
  return view.options.find((option) => option.id === optionId)!.label;
}

/** Three visitors, one per outcome. */
const paths: Record<Outcome, Answers> = {
  wecom: { ...plainAnswers('business'), team: 'must' },
  wechat: { ...plainAnswers('me'), 'company-name': 'no' },
  both: {
    ...plainAnswers('both'),
    'broadcast-size': 'large',
    'broadcast-frequency': 'within',
    'work-tools': 'must',
  },
};

for (const outcome of outcomes) {
  const result = score(paths[outcome], quizData());
  if (!result.complete || result.outcome !== outcome) throw new Error(`bad path for ${outcome}`);
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function expectNoSideScroll(page: Page, state: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, state).toBeLessThanOrEqual(0);
}

const startButton = (page: Page) => page.getByRole('button', { name: quiz.page.start });
const nextButton = (page: Page) => page.getByRole('button', { name: quiz.flow.next });

/** Answers every question by clicking, calling `each` on every step. */
async function answerAll(page: Page, answers: Answers, each?: (step: string) => Promise<void>) {
  await startButton(page).click();
  for (const question of askedQuestions(answers)) {
    const optionId = answers[question.id]!;
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      quiz.questions[question.id].legend,
    );
    await page.getByRole('radio', { name: label(question.id, optionId), exact: true }).check();
    await each?.(question.id);
    await nextButton(page).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: quiz.summary.title })).toBeVisible();
  await each?.('summary');
  await page.getByRole('button', { name: quiz.summary.seeResult }).click();
}

async function expectResult(page: Page, outcome: Outcome) {
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', outcome);
}

/** What a result says: its reasons and figures, to compare two renderings. */
async function resultText(page: Page): Promise<string[]> {
  return page
    .locator('[data-outcome] [data-question], [data-outcome] [data-fact]')
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
}

test.describe('taking the quiz', () => {
  for (const outcome of outcomes) {
    test(`leads to ${outcome}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/es/quiz/');
      await answerAll(page, paths[outcome]);
      await expectResult(page, outcome);
      const headline = page.getByRole('heading', {
        level: 2,
        name: quiz.outcomes[outcome].headline,
      });
      await expect(headline).toBeFocused();
      await expect(page.locator('.quiz > [aria-live]')).toHaveText(quiz.outcomes[outcome].headline);
      // Each reason links to its row in the article's table.
      const rowLinks = page.locator('[data-outcome] a', { hasText: quiz.result.row });
      expect(await rowLinks.count()).toBeGreaterThan(0);
      for (const href of await rowLinks.evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')),
      )) {
        expect(href).toMatch(/^\/es\/[a-z-]+\/#[a-z-]+\.[a-z0-9-]+$/);
      }
      await expect(page.locator('#quiz-share-url')).toHaveValue(
        new RegExp(
          `/es/quiz/result/${outcome}/#${encodeAnswers(paths[outcome]).replace(/\./g, '\\.')}$`,
        ),
      );
      expect(errors).toEqual([]);
    });
  }

  test('the start screen links to the decision guide, a page of its own', async ({ page }) => {
    await page.goto('/es/quiz/');
    await expect(startButton(page)).toBeVisible();
    // The quiz page no longer carries the guide.
    await expect(page.getByRole('heading', { name: quiz.guide.title })).toHaveCount(0);
    await page.getByRole('link', { name: quiz.page.guideLink }).click();
    await expect(page).toHaveURL(/\/es\/quiz\/guide\/$/);
    await expect(page.locator('h1')).toHaveText(quiz.guide.title);
  });

  test('shows progress, announces each step and moves focus to its heading', async ({ page }) => {
    await page.goto('/es/quiz/');
    await startButton(page).click();
    const total = askedQuestions(paths.wecom).length + 1; // frequency counts until answered
    await expect(page.locator('form').getByText(`Pregunta 1 de ${total}`)).toBeVisible();
    await expect(page.locator('.quiz > [aria-live]')).toHaveText(`Pregunta 1 de ${total}`);
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await nextButton(page).click();
    await expect(page.locator('#quiz-error')).toHaveText(new RegExp(quiz.flow.chooseOne));
    await page.getByRole('radio', { name: label('purpose', 'me'), exact: true }).check();
    await nextButton(page).click();
    await expect(page.locator('.quiz > [aria-live]')).toHaveText(`Pregunta 2 de ${total}`);
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await page.getByRole('button', { name: quiz.flow.back }).click();
    await expect(
      page.getByRole('radio', { name: label('purpose', 'me'), exact: true }),
    ).toBeChecked();
  });

  test('editing an answer changes the result', async ({ page }) => {
    await page.goto('/es/quiz/');
    await answerAll(page, { ...paths.wecom, 'company-name': 'no' });
    await expectResult(page, 'wecom');
    await page.getByRole('button', { name: quiz.result.change }).click();
    await page
      .getByRole('button', {
        name: interpolate(quiz.summary.changeLabel, { question: quiz.questions.team.short }),
      })
      .click();
    await page.getByRole('radio', { name: label('team', 'no'), exact: true }).check();
    await page.getByRole('button', { name: quiz.flow.saveAndReturn }).click();
    await expect(page.getByRole('heading', { level: 2, name: quiz.summary.title })).toBeFocused();
    await expect(page.getByText(label('team', 'no'), { exact: true })).toBeVisible();
    await page.getByRole('button', { name: quiz.summary.seeResult }).click();
    await expectResult(page, 'wechat');
    expect(new URL(page.url()).hash).toBe(
      `#${encodeAnswers({ ...paths.wecom, 'company-name': 'no', team: 'no' })}`,
    );
  });

  test('a reload resumes where the visitor was', async ({ page }) => {
    await page.goto('/es/quiz/');
    await startButton(page).click();
    await page.getByRole('radio', { name: label('purpose', 'both'), exact: true }).check();
    await nextButton(page).click();
    await page.reload();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      quiz.questions.contacts.legend,
    );
    await page.getByRole('button', { name: quiz.flow.back }).click();
    await expect(
      page.getByRole('radio', { name: label('purpose', 'both'), exact: true }),
    ).toBeChecked();
  });

  test('a reload after finishing shows the result again', async ({ page }) => {
    await page.goto('/es/quiz/');
    await answerAll(page, paths.wechat);
    await expectResult(page, 'wechat');
    const shown = await resultText(page);
    await page.reload();
    await expectResult(page, 'wechat');
    expect(await resultText(page)).toEqual(shown);
  });

  test('the skip link does not lose the answers or the step; a ticked answer is not one until submitted', async ({
    page,
  }) => {
    await page.goto('/es/quiz/');
    await startButton(page).click();
    await page.getByRole('radio', { name: label('purpose', 'me'), exact: true }).check();
    await nextButton(page).click();
    await page.locator('a[href="#main"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      quiz.questions.contacts.legend,
    );
    // A ticked answer is not an answer until submitted: the address (which a language switch
    // or a copied link carries) holds only the submitted ones.
    await page.getByRole('radio', { name: label('contacts', 'friends'), exact: true }).check();
    expect(new URL(page.url()).hash).toBe(`#${encodeAnswers({ purpose: 'me' })}`);
    const copied = page.url();
    await nextButton(page).click();
    expect(new URL(page.url()).hash).toBe(
      `#${encodeAnswers({ purpose: 'me', contacts: 'friends' })}`,
    );
    const other = await page.context().newPage();
    await other.goto(copied);
    await expect(other.getByRole('heading', { level: 2 })).toHaveText(
      quiz.questions.contacts.legend,
    );
    await expect(other.getByRole('radio', { checked: true })).toHaveCount(0);
    await other.close();

    await page.goto(`/es/quiz/result/wecom/#${encodeAnswers(paths.wecom)}`);
    await expectResult(page, 'wecom');
    await page.locator('a[href="#main"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await expectResult(page, 'wecom');
    await expect(page.locator('[data-link-problems]')).toHaveCount(0);
  });

  test('can be taken with the keyboard alone', async ({ page }) => {
    await page.goto('/es/quiz/');
    const answers = paths.both;
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await startButton(page).evaluate((button) => button === document.activeElement)) break;
    }
    await expect(startButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    for (const question of askedQuestions(answers)) {
      const heading = page.getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(quiz.questions[question.id].legend);
      await expect(heading).toBeFocused();
      const index = views
        .find((view) => view.id === question.id)!
        .options.findIndex((option) => option.id === answers[question.id]);
      await page.keyboard.press('Tab'); // into the radio group
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
      await expect(
        page.getByRole('radio', { name: label(question.id, answers[question.id]!), exact: true }),
      ).toBeChecked();
      await page.keyboard.press('Tab'); // back
      await page.keyboard.press('Tab'); // next
      await expect(nextButton(page)).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { level: 2, name: quiz.summary.title })).toBeFocused();
    const seeResult = page.getByRole('button', { name: quiz.summary.seeResult });
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      if (await seeResult.evaluate((button) => button === document.activeElement)) break;
    }
    await page.keyboard.press('Enter');
    await expectResult(page, 'both');
    await expect(
      page.getByRole('heading', { level: 2, name: quiz.outcomes.both.headline }),
    ).toBeFocused();
  });
});

test.describe('the verdict card', () => {
  // Readers whose right answer is known (lib/quiz/__fixtures__/personas.ts): the card leads with
  // what decided it for them, and says why a need they have did not decide.
  for (const persona of personas.filter((p) => p.first.length === 1)) {
    test(`leads with what decides it: ${persona.name}`, async ({ page }) => {
      await page.goto(`/es/quiz/#${encodeAnswers(persona.answers)}`);
      await expectResult(page, persona.outcome);
      const first = page.locator('.quiz-verdict [data-reason]').first();
      await expect(first).toHaveAttribute('data-reason', persona.first[0]!);
      // Its figure and caveat are on the card, not only in the evidence below.
      await expect(first.locator('[data-fact]')).toHaveCount(1);
    });
  }

  test('says why a need the reader has did not decide', async ({ page }) => {
    // The first reader whose essential answer rests on a soft figure that the other answers
    // outweighed, found in the shipped data (which figures are soft changes as sources improve).
    const found = firstOutweighed();
    expect(found, 'an essential answer outweighed in the shipped data').not.toBeNull();
    if (!found) return;
    await page.goto(`/es/quiz/#${encodeAnswers(found.answers)}`);
    await expectResult(page, found.outcome);
    const essential = page.locator(`.quiz-verdict [data-essential="${found.questionId}"]`);
    await expect(essential).toContainText(quiz.questions[found.questionId].short);
    await expect(essential.locator('[data-caveat]')).toHaveCount(1);
  });
});

/** The first complete answers, in the answer space's order, with an outweighed essential answer. */
function firstOutweighed() {
  const data = quizData();
  for (const answers of everyAnswerSet()) {
    const result = decide(answers, data);
    const status = essentialAnswers(result, answers).find((s) => s.status === 'outweighed');
    if (status) return { answers, outcome: result.outcome, questionId: status.questionId };
  }
  return null;
}

test.describe('sharing', () => {
  test('the shared link shows the same result in a fresh page, and after a reload', async ({
    page,
    browser,
  }) => {
    await page.goto('/es/quiz/');
    await answerAll(page, paths.wecom);
    const url = await page.locator('#quiz-share-url').inputValue();
    const shown = await resultText(page);

    const context = await browser.newContext();
    const fresh = await context.newPage();
    const errors = watchErrors(fresh);
    await fresh.goto(url);
    // The outcome page hands the answers to the quiz page, which shows the result.
    await fresh.waitForURL(`**/es/quiz/#${encodeAnswers(paths.wecom)}`);
    await expectResult(fresh, 'wecom');
    expect(await resultText(fresh)).toEqual(shown);
    await expect(fresh.locator('#quiz-share-url')).toHaveValue(url);
    await fresh.reload();
    await expectResult(fresh, 'wecom');
    expect(await resultText(fresh)).toEqual(shown);
    // "Change one answer" goes to the summary, with these answers.
    await fresh.getByRole('button', { name: quiz.result.change }).click();
    await expect(fresh.getByRole('heading', { level: 2, name: quiz.summary.title })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a link whose answers lead elsewhere shows where they lead', async ({ page }) => {
    await page.goto(`/es/quiz/result/wechat/#${encodeAnswers(paths.both)}`);
    await page.waitForURL('**/es/quiz/#v1.*');
    await expectResult(page, 'both');
    // The result says the address named another outcome, and that the answers decide.
    await expect(page.locator('[data-named="wechat"]')).toContainText(
      interpolate(quiz.verdict.named, {
        named: quiz.outcomes.wechat.name,
        outcome: quiz.outcomes.both.name,
      }),
    );
    // A link whose address and answers agree says nothing of the kind.
    await page.goto(`/es/quiz/result/both/#${encodeAnswers(paths.both)}`);
    await page.waitForURL('**/es/quiz/#v1.*');
    await expectResult(page, 'both');
    await expect(page.locator('[data-named]')).toHaveCount(0);
  });

  test('an outcome page keeps an in-page jump, and does not bounce Back', async ({ page }) => {
    await page.goto('/es/quiz/result/wecom/#reasons');
    await expect(page).toHaveURL(/\/es\/quiz\/result\/wecom\/#reasons$/);
    await page.goto('/es/');
    await page.goto(`/es/quiz/result/wecom/#${encodeAnswers(paths.wecom)}`);
    await expectResult(page, 'wecom');
    await page.goBack();
    await expect(page).toHaveURL(/\/es\/$/);
  });

  test('copies the link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/es/quiz/result/wecom/#${encodeAnswers(paths.wecom)}`);
    await page.getByRole('button', { name: quiz.share.copy }).click();
    await expect(page.getByRole('status')).toHaveText(quiz.share.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/es/quiz/result/wecom/#${encodeAnswers(paths.wecom).replace(/\./g, '\\.')}$`),
    );
  });

  for (const outcome of outcomes) {
    test(`the ${outcome} page has its own title and description`, async ({ page }) => {
      await page.goto(`/es/quiz/result/${outcome}/`);
      const { title, description, headline } = quiz.outcomes[outcome];
      await expect(page).toHaveTitle(`${title} · ${siteName}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        description,
      );
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
        'content',
        description,
      );
      await expect(page.locator('h1')).toHaveText(headline);
      // Without answers: the general reasons and a way to take the quiz.
      await expect(page.getByRole('heading', { level: 2, name: quiz.general.title })).toBeVisible();
      await expect(page.getByRole('link', { name: quiz.general.take })).toHaveAttribute(
        'href',
        '/es/quiz/',
      );
    });
  }
});

test.describe('bad links', () => {
  const good = encodeAnswers(paths.wecom);

  // A link that fails its check says it was altered; a cut one that it was incomplete; one of
  // another version, or with nothing readable, says so and offers only to start.
  const cases: [string, string, RegExp, string, string][] = [
    [
      'tampered',
      good.replace(/\.(.)(.)/, (_, a: string) => `.${a === '0' ? '1' : '0'}$2`),
      /tampered/,
      quiz.link.alteredTitle,
      quiz.link.retake,
    ],
    ['truncated', good.slice(0, 8), /truncated/, quiz.link.title, quiz.link.retake],
    [
      'an old version',
      good.replace('v1', 'v0'),
      /unknown-version/,
      quiz.linkNotice.otherVersionTitle,
      quiz.linkNotice.start,
    ],
    ['garbage', 'v1.%E0%A4%A.zz~~', /tampered/, quiz.link.alteredTitle, quiz.link.retake],
    [
      'an emoji',
      `v1.${'😀'.repeat(10)}.5`,
      /malformed/,
      quiz.linkNotice.unreadableTitle,
      quiz.linkNotice.start,
    ],
  ];

  for (const [name, fragment, kinds, title, way] of cases) {
    test(`a ${name} link to an outcome page says so and offers a way on`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/es/quiz/result/wecom/#${fragment}`);
      const notice = page.locator('[data-link-problems]');
      await expect(notice).toContainText(title);
      await expect(notice).toHaveAttribute('data-link-problems', kinds);
      await expect(page.locator('[data-outcome]')).toHaveCount(0);
      await notice.getByRole('button', { name: way }).click();
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(
        quiz.questions.purpose.legend,
      );
      expect(errors).toEqual([]);
    });
  }

  test('finishing a truncated link resumes at the first missing answer', async ({ page }) => {
    await page.goto(`/es/quiz/result/wecom/#${good.slice(0, 8)}`);
    await page.getByRole('button', { name: quiz.link.finish }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(quiz.questions.moments.legend);
    await expect(page.locator('.quiz > [aria-live]')).toHaveText(/Pregunta 6 de/);
    await expect(page.locator('[data-link-problems]')).toHaveCount(0);
  });

  test('a link from another version on the quiz page offers to start', async ({ page }) => {
    await page.goto(`/es/quiz/#${good.replace('v1', 'v9')}`);
    const notice = page.locator('[data-link-problems]');
    await expect(notice).toContainText(quiz.linkNotice.otherVersion);
    // Nothing to recover: one way on, to start, never "finish".
    await expect(notice.getByRole('button')).toHaveText([quiz.linkNotice.start]);
    await notice.getByRole('button', { name: quiz.linkNotice.start }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(quiz.questions.purpose.legend);
    expect(new URL(page.url()).hash).toBe('');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the quiz page says it needs JavaScript and links to the decision guide', async ({
    page,
  }) => {
    const response = await page.goto('/es/quiz/');
    await expect(page.locator('h1')).toHaveText(quiz.page.title);
    // Headless Chromium parses <noscript> as text even with scripts off, so read the HTML.
    const notice = /<noscript>([\s\S]*?)<\/noscript>/.exec(await response!.text())?.[1] ?? '';
    expect(notice).toContain(quiz.page.noScript);
    expect(notice).toContain(`<a href="/es/quiz/guide/">${quiz.page.noScriptGuide}</a>`);
    await expect(page.getByRole('link', { name: quiz.page.guideLink })).toHaveAttribute(
      'href',
      '/es/quiz/guide/',
    );
    await expect(startButton(page)).toHaveCount(0);
  });

  test('the decision guide page lists every question and answer', async ({ page }) => {
    await page.goto('/es/quiz/guide/');
    await expect(page.locator('h1')).toHaveText(quiz.guide.title);
    for (const view of views) {
      await expect(page.getByRole('heading', { level: 2, name: view.legend })).toBeVisible();
      for (const option of view.options) {
        await expect(
          page
            .getByText(interpolate(quiz.guide.option, { answer: option.label }), { exact: true })
            .first(),
        ).toBeVisible();
      }
    }
    await expect(
      page.locator('a[href="/es/groups/#groups.external-max-members"]').first(),
    ).toBeVisible();
    await expect(page.locator('main a[href="/es/quiz/"]')).toHaveText(`${quiz.general.take} →`);
  });

  test('an outcome page shows its general reasons', async ({ page }) => {
    await page.goto(`/es/quiz/result/wecom/#${encodeAnswers(paths.wecom)}`);
    await expect(page.locator('h1')).toHaveText(quiz.outcomes.wecom.headline);
    await expect(page.getByRole('heading', { level: 2, name: quiz.general.title })).toBeVisible();
  });
});

test.describe('accessibility of every state', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in any quiz state (${colorScheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('/es/quiz/');
      await expectNoAxeViolations(page, 'start');
      await startButton(page).click();
      await nextButton(page).click(); // the "choose an answer" error
      await expectNoAxeViolations(page, 'error');
      await page.getByRole('button', { name: quiz.flow.back }).click();
      await answerAll(page, paths.both, (step) => expectNoAxeViolations(page, step));
      await expectResult(page, 'both');
      await expectNoAxeViolations(page, 'result');
      await page.goto(`/es/quiz/#${encodeAnswers(paths.both).slice(0, 6)}x`);
      await expectNoAxeViolations(page, 'damaged link on the quiz page');
      for (const outcome of outcomes) {
        await page.goto(`/es/quiz/result/${outcome}/#${encodeAnswers(paths[outcome])}`);
        await expectResult(page, outcome);
        await expectNoAxeViolations(page, `${outcome} page with answers`);
      }
      await page.goto(`/es/quiz/result/wecom/#v0.zz`);
      await expect(page.locator('[data-link-problems]')).toBeVisible();
      await expectNoAxeViolations(page, 'damaged link on an outcome page');
    });
  }

  test('no state scrolls sideways at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/es/quiz/');
    await answerAll(page, paths.both, (step) => expectNoSideScroll(page, step));
    await expectResult(page, 'both');
    await expectNoSideScroll(page, 'result');
    for (const outcome of outcomes) {
      await page.goto(`/es/quiz/result/${outcome}/#${encodeAnswers(paths[outcome])}`);
      await expectResult(page, outcome);
      await expectNoSideScroll(page, outcome);
    }
  });
});
