import { DOMParser } from '@xmldom/xmldom';

/** The attributes of each `<link>` or `<meta>` in a page's `<head>`, read with an HTML parser. */
export function headTags(html: string, name: 'link' | 'meta'): Record<string, string>[] {
  const document = new DOMParser({ onError: () => {} }).parseFromString(html, 'text/html');
  const head = document.getElementsByTagName('head')[0];
  if (!head) throw new Error('No <head>');
  return [...head.getElementsByTagName(name)].map((tag) =>
    Object.fromEntries([...tag.attributes].map((attribute) => [attribute.name, attribute.value])),
  );
}
