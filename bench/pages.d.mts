export const locales: string[];
export const benchPages: {
  locale: string;
  kind: string;
  path: string;
  budget: 'reading' | 'quiz';
}[];
