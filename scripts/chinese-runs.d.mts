export const chineseRun: RegExp;
export function splitChineseRuns(text: string): { text: string; chinese: boolean }[];
export function handlesHan(lang: string): boolean;
