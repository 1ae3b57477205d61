/**
 * Closed vocabularies of the comparison data. They live apart from the zod schema so that
 * client code (the quiz) can import them without pulling zod into the bundle.
 */

/** The eight differences, in reading order. Each is also an article slug in every locale. */
export const differences = [
  'service-focus',
  'contacts',
  'staff-leaving',
  'profile-card',
  'moments',
  'groups',
  'mass-messages',
  'work-tools',
] as const;
export type Difference = (typeof differences)[number];

/** True when `value` is one of the eight differences (an article slug, a fact's topic). */
export function isDifference(value: string): value is Difference {
  return (differences as readonly string[]).includes(value);
}

/**
 * The FAQ's topics: the practical questions readers ask beyond the eight differences. Their
 * facts are rows of the same data; `costs` has its own page, the others are answered on the FAQ
 * page, each under its id as anchor. (The quiz's questions are another thing: lib/quiz/questions/.)
 */
export const faqTopics = [
  'costs',
  'switching',
  'adding',
  'abroad',
  'bans',
  'automation',
  'privacy',
  'both-apps',
] as const;
export type FaqTopic = (typeof faqTopics)[number];

/** What a fact is about: one of the eight differences or an FAQ topic. */
export const subjects = [...differences, ...faqTopics] as const;
export type Subject = (typeof subjects)[number];

/** What the quiz can recommend: WeCom, personal WeChat or both (each has a result page). */
export const outcomes = ['wecom', 'wechat', 'both'] as const;
export type Outcome = (typeof outcomes)[number];

/** The two accounts compared, in table-column order. */
export const accounts = ['wecom', 'wechat'] as const;
export type Account = (typeof accounts)[number];

/**
 * How sure we are of a value. `high`: an official Tencent page with a date. `medium` / `low`:
 * second-hand (service providers, blogs). `unverified`: a claim nobody could confirm.
 * `inferred`: follows from how the account works; no page states it.
 */
export const confidences = ['high', 'medium', 'low', 'unverified', 'inferred'] as const;
export type Confidence = (typeof confidences)[number];

/** Kinds of source, from most to least authoritative. */
export const sourceTiers = ['official', 'official-copy', 'news', 'provider'] as const;
export type SourceTier = (typeof sourceTiers)[number];

/** What a numeric value counts. Labels per locale live in `content/<lang>/messages.ts`. */
export const units = [
  'external-contacts-per-org',
  'customers-per-member',
  'customers-per-org',
  'friends',
  'members-per-org',
  'hours',
  'years',
  'customers-per-transfer',
  'transfers-per-customer-90-days',
  'yuan-per-application',
  'short-names-per-org',
  'changes-per-year',
  'posts-per-customer-per-day',
  'posts-per-customer-per-month',
  'characters',
  'images-per-post',
  'members-per-group',
  'groups-per-qr-code',
  'days',
  'recipients-per-send',
  'groups-per-send',
  'gigabytes-per-org',
  'people',
  'yuan-per-year',
  'yuan-per-contact-per-year',
  'yuan-per-member-per-year',
  'yuan-per-account-per-year',
  'configurations-per-org',
  'messages-per-minute-per-bot',
  'editions',
] as const;
export type Unit = (typeof units)[number];

/** Conditions a value depends on. */
export const conditions = [
  'verified-org',
  'unverified-org',
  'admin-approval',
  'member-created',
  'all-staff-group',
  'customer-group',
  'over-unpaid-quota',
  'beyond-full-friends',
  'member-quit',
  'data-protection-plan',
  'direct-chats-only',
] as const;
export type Condition = (typeof conditions)[number];

/** Short enumerated values for facts that are not numbers or yes/no. */
export const enumValues = [
  'organisations',
  'individuals',
  'one-per-day-of-month',
  'one-per-day',
  'no-published-cap',
  'not-built-in',
  'paid-add-on',
  'only-new-groups',
  'no-official-figure',
  'free',
] as const;
export type EnumValue = (typeof enumValues)[number];

/**
 * How a seed-era claim compares with what we could verify. `disputed`: official pages disagree
 * on it today, so it is neither confirmed nor corrected.
 */
export const seedStatuses = ['confirmed', 'outdated', 'garbled', 'unverified', 'disputed'] as const;
export type SeedStatus = (typeof seedStatuses)[number];

/** Why a second value is shown next to the main one. */
export const alternativeKinds = ['other-official-page', 'older-figure', 'other-source'] as const;
export type AlternativeKind = (typeof alternativeKinds)[number];

/** Why a cell has no value. */
export const absences = ['not-applicable', 'not-found'] as const;
export type Absence = (typeof absences)[number];

/**
 * What a reader must be told about how far a figure can be trusted, derived from its
 * confidence and from the kinds of source it cites, never chosen by hand. Every place that
 * shows a figure (tables, prose, quiz, share images, open data) calls `caveatOf` (lib/data/caveat.ts), so a row
 * cannot say "no official page" while it cites one.
 *
 * - `official`: an official Tencent page (or a verbatim copy of one) states it. No warning.
 * - `official-copy`: only copies of an official page state it, and not firmly enough to
 *   count as official (a single mirror, or one whose date we cannot tie to the page today).
 * - `official-in-part`: an official page is cited but supports only part of the claim.
 * - `press`: the best source is a newspaper or news agency; no official page.
 * - `providers`: only service providers and blogs state it; no official page.
 * - `weak`: few, old or conflicting second-hand sources (confidence `low`).
 * - `disputed`: sources give different values; both are shown.
 * - `unverified`: a claim nobody could confirm.
 * - `inference`: our own inference from how the account works; no source states it.
 */
export const caveatKinds = [
  'official',
  'official-copy',
  'official-in-part',
  'press',
  'providers',
  'weak',
  'disputed',
  'unverified',
  'inference',
] as const;
export type CaveatKind = (typeof caveatKinds)[number];
