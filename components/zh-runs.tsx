import { Children, type ReactNode } from 'react';

import { handlesHan, splitChineseRuns } from '@/shared/chinese-runs.mjs';

type ZhRunsProps = {
  children: ReactNode;
  /** The language of the text around, when it is not the page's: Chinese needs no mark. */
  lang?: string;
};

/**
 * Text with its Chinese runs marked `lang="zh-CN"`, so a Spanish or English page reads a quoted
 * name or term (企业微信, 界面新闻) in Chinese. Runs are marked where they are rendered, here
 * and in MDX prose (scripts/rehype-chinese-runs.mjs), so `next dev` shows what the export
 * ships. Strings among `children` are marked; elements pass through.
 */
export function ZhRuns({ children, lang }: ZhRunsProps) {
  if (lang && handlesHan(lang)) return children;
  return Children.map(children, (child) =>
    typeof child === 'string'
      ? splitChineseRuns(child).map((part, index) =>
          part.chinese ? (
            <span key={index} lang="zh-CN">
              {part.text}
            </span>
          ) : (
            part.text
          ),
        )
      : child,
  );
}
