export type CorrectionsTarget =
  { kind: 'site' } | { kind: 'issue-form' | 'web' | 'mailto'; url: string };
export const issueFormTemplate: string;
export function parseCorrectionsUrl(value: string | undefined): CorrectionsTarget;
