/**
 * The id of a prose heading, from its text: what a search result or a shared link lands on.
 * Letters and digits of any script stay (Chinese headings keep their characters; browsers show
 * them in the address bar as they are), accents go, anything else becomes one hyphen.
 */
export function headingId(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
