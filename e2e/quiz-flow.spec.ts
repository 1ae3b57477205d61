import { expect, test, type Page } from '@playwright/test';

import { messages } from '../content/es/messages';
import { quizMessages as quiz } from '../content/es/quiz';
import { questions, type Answers } from '../lib/quiz';
import { plainAnswers } from '../lib/quiz/__fixtures__/plain-answers';
import { encodeAnswers } from '../lib/quiz/link';
import { quizData } from '../lib/quiz/data';
import { figureMessages, questionViews } from '../lib/quiz/text';

// Each test here reproduces a reported bug of the quiz's flow, links or history.

const views = questionViews({
  locale: 'es',
  quiz,
  labels: figureMessages(messages),
  data: quizData(),
});
const label = (questionId: string, optionId: string) =>
  views.find((view) => view.id === questionId)!.options.find((o) => o.id === optionId)!.label;
const heading = (page: Page) => page.getByRole('heading', { level: 2 });
const notice = (page: Page) => page.locator('[data-link-problems]');
const legend = (id: keyof typeof quiz.questions) => quiz.questions[id].legend;

const firstThree: Answers = { purpose: 'business', contacts: 'friends', customers: 'free-quota' };
const finished = plainAnswers('me');

test('a resumed quiz waits for "Next": clicking or arrowing an option does not skip ahead', async ({
  page,
}) => {
  await page.goto(`/es/quiz/#${encodeAnswers(firstThree)}`);
  await expect(heading(page)).toHaveText(legend('team'));
  const must = page.getByRole('radio', { name: label('team', 'must'), exact: true });
  await must.click();
  await expect(heading(page)).toHaveText(legend('team'));
  await expect(must).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(heading(page)).toHaveText(legend('team'));
  await expect(page.getByRole('radio', { name: label('team', 'nice'), exact: true })).toBeChecked();
  await page.getByRole('button', { name: quiz.flow.next }).click();
  await expect(heading(page)).toHaveText(legend('company-name'));

  // On the last question too: a choice shows neither the summary nor the result.
  const { 'work-tools': _, ...allButLast } = finished;
  await page.goto(`/es/quiz/#${encodeAnswers(allButLast)}`);
  await expect(heading(page)).toHaveText(legend('work-tools'));
  await page.getByRole('radio', { name: label('work-tools', 'no'), exact: true }).click();
  await expect(heading(page)).toHaveText(legend('work-tools'));
  await expect(page.locator('[data-outcome]')).toHaveCount(0);
});

test('a link that fails its check is reported as altered, and nothing is trusted until confirmed', async ({
  page,
}) => {
  const good = encodeAnswers(finished);
  // One answer character changed: v1.<answers>.<check>
  const altered = `${good.slice(0, 3)}${good[3] === '0' ? '1' : '0'}${good.slice(4)}`;
  await page.goto(`/es/quiz/#${altered}`);
  await expect(notice(page)).toContainText(quiz.link.alteredTitle);
  await expect(notice(page)).not.toContainText('Hemos recuperado');
  await page.getByRole('button', { name: quiz.link.confirm }).click();
  await expect(heading(page)).toHaveText(quiz.summary.title);
  await expect(page.locator('[aria-labelledby="quiz-summary"] [role="alert"]')).toContainText(
    quiz.summary.untrusted,
  );
  // The altered link is not rewritten as if it were valid.
  expect(new URL(page.url()).hash).toBe(`#${altered}`);
  await page.getByRole('button', { name: quiz.summary.confirm }).click();
  await expect(page.locator('[data-outcome]')).toBeVisible();
  const confirmed = new URL(page.url()).hash.slice(1);
  expect(confirmed).not.toBe(altered);
  expect(confirmed).toMatch(/^v1\.[0-9a-z-]{10}\.[0-9a-z_]$/);
});

test('deleting one character of a link is noticed', async ({ page }) => {
  const good = encodeAnswers(finished);
  await page.goto(`/es/quiz/#${good.slice(0, 12)}${good.slice(13)}`);
  await expect(notice(page)).toBeVisible();
  await expect(page.locator('[data-outcome]')).toHaveCount(0);
});

test('outcome pages read fragments exactly as the quiz does', async ({ page }) => {
  const good = encodeAnswers(finished);
  await page.goto(`/es/quiz/result/wecom/#${good.toUpperCase()}`);
  await expect(page).toHaveURL(/\/es\/quiz\/#/);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wechat');
  for (const junk of ['a=', '%00']) {
    await page.goto(`/es/quiz/result/wecom/#${junk}`);
    await expect(page).toHaveURL(/\/es\/quiz\/#/);
    await expect(notice(page)).toBeVisible();
  }
});

test('links that passed through WeChat keep working', async ({ page }) => {
  const good = encodeAnswers(finished);
  await page.goto(`/es/quiz/?from=singlemessage&isappinstalled=0#${good}`);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wechat');
  await expect(notice(page)).toHaveCount(0);

  await page.goto('/es/quiz/result/wecom/?from=singlemessage&isappinstalled=0#wechat_redirect');
  await expect(page).toHaveURL(/\/es\/quiz\/result\/wecom\//);
  await expect(page.locator('h1')).toHaveText(quiz.outcomes.wecom.headline);

  await page.goto('/es/quiz/?utm_source=wechat#wechat_redirect');
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: quiz.page.start })).toBeVisible();

  await page.goto(`/es/quiz/result/wechat/?from=timeline&utm_medium=social#${good}`);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wechat');
});

test('Back and Forward move between questions, and the address holds the answers', async ({
  page,
}) => {
  await page.goto('/es/quiz/');
  await page.getByRole('button', { name: quiz.page.start }).click();
  for (const [id, option] of [
    ['purpose', 'me'],
    ['contacts', 'friends'],
  ] as const) {
    await page.getByRole('radio', { name: label(id, option), exact: true }).check();
    await page.getByRole('button', { name: quiz.flow.next }).click();
  }
  await expect(heading(page)).toHaveText(legend('customers'));
  expect(new URL(page.url()).hash).toBe(
    `#${encodeAnswers({ purpose: 'me', contacts: 'friends' })}`,
  );
  await page.goBack();
  await expect(heading(page)).toHaveText(legend('contacts'));
  await expect(heading(page)).toBeFocused();
  await page.goBack();
  await expect(heading(page)).toHaveText(legend('purpose'));
  await page.goForward();
  await expect(heading(page)).toHaveText(legend('contacts'));
  await expect(
    page.getByRole('radio', { name: label('contacts', 'friends'), exact: true }),
  ).toBeChecked();
  await expect(page).toHaveURL(/\/es\/quiz\/#v1\./);
});

test('the skip link keeps the answers in the address, for a reload or another language', async ({
  page,
}) => {
  await page.goto(`/es/quiz/#${encodeAnswers(finished)}`);
  await expect(page.locator('[data-outcome]')).toBeVisible();
  await page.locator('a[href="#main"]').focus();
  await page.keyboard.press('Enter');
  expect(new URL(page.url()).hash).toBe(`#${encodeAnswers(finished)}`);
  await page.reload();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wechat');
  await page.locator('a[href="#main"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/quiz\/#v1\./);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'wechat');
});

test('progress counts every question, so its total never changes mid-quiz', async ({ page }) => {
  const total = questions.length;
  const { 'broadcast-size': _, ...before } = finished;
  const beforeBroadcast = Object.fromEntries(
    Object.entries(before).filter(([id]) => id !== 'work-tools'),
  );
  await page.goto(`/es/quiz/#${encodeAnswers(beforeBroadcast as Answers)}`);
  await expect(heading(page)).toHaveText(legend('broadcast-size'));
  await expect(page.locator('form')).toContainText(`de ${total}`);
  await page.getByRole('radio', { name: label('broadcast-size', 'none'), exact: true }).check();
  await page.getByRole('button', { name: quiz.flow.next }).click();
  await expect(heading(page)).toHaveText(legend('work-tools'));
  await expect(page.locator('form')).toContainText(`${total} de ${total}`);
});
