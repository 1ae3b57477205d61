import 'server-only';

import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { z } from 'zod';

import { getFaq } from '../faq/page';
import type { Locale } from '../i18n/locales';
import { isDifference, differences, type Subject, type Difference } from '../schema/vocabulary';

/** Pages written as MDX under `content/<locale>/`: the eight articles, the costs page, the sources page. */
export const pageSlugs = [...differences, 'costs', 'sources'] as const;
export type PageSlug = (typeof pageSlugs)[number];

export const ArticleMetadataSchema = z
  .object({
    title: z.string().min(1).describe('Short title, used as <h1>, card title and in <title>.'),
    description: z
      .string()
      .min(1)
      .max(170)
      .describe('One sentence for meta description and cards.'),
    question: z.string().min(1).describe('The reader question the page answers.'),
  })
  .strict();
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;

export type Article = {
  metadata: ArticleMetadata;
  Content: ComponentType<{ components?: MDXComponents }>;
};

/** Loads an MDX page and validates its metadata; a bad file fails the build, naming it. */
export async function loadArticle(locale: Locale, slug: PageSlug): Promise<Article> {
  const mod = (await import(`@/content/${locale}/${slug}.mdx`)) as {
    default: Article['Content'];
    metadata?: unknown;
  };
  const parsed = ArticleMetadataSchema.safeParse(mod.metadata);
  if (!parsed.success) {
    throw new Error(`content/${locale}/${slug}.mdx: invalid metadata: ${parsed.error.message}`);
  }
  return { metadata: parsed.data, Content: mod.default };
}

/** Article metadata for every topic, in reading order. */
export async function loadTopicMetadata(
  locale: Locale,
): Promise<Record<Difference, ArticleMetadata>> {
  const entries = await Promise.all(
    differences.map(async (topic) => [topic, (await loadArticle(locale, topic)).metadata] as const),
  );
  return Object.fromEntries(entries) as Record<Difference, ArticleMetadata>;
}

/** A subject's title in a language: its article's, or its question on the FAQ page. */
export async function subjectTitles(locale: Locale): Promise<(subject: Subject) => string> {
  const articles = await loadTopicMetadata(locale);
  const faq = getFaq(locale);
  return (subject) =>
    isDifference(subject) ? articles[subject].title : faq.topics[subject].question;
}
