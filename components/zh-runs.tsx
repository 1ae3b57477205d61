import { Children, type ReactNode } from 'react';

import { splitChineseRuns } from '@/shared/chinese-runs.mjs';

/**
 * Text with its Chinese runs marked `lang="zh-CN"`, for Spanish and English pages that hydrate
 * (the costs estimator): the build marks the reading pages' runs itself (scripts/postbuild/),
 * but React must render these. Strings among `children` are marked; elements pass through.
 */
export function ZhRuns({ children }: { children: ReactNode }) {
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
