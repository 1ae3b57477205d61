const escapes: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text safe in an element or a double-quoted attribute of markup written as a string. */
export function escapeHtml(text: string): string {
  return text.replace(/[&"<>]/g, (char) => escapes[char]!);
}
