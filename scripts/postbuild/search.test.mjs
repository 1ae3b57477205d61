import { describe, expect, it } from 'vitest';

import { searchIndex, searchRecords } from './search.mjs';

/** A page as the export writes it, in the parts the search step reads. */
function page({ lang = 'es', slug = 'contacts', searchable = true, rows = '' } = {}) {
  return {
    url: `/${lang}/${slug}/`,
    html:
      `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>` +
      `<main id="main"${searchable ? ' data-pagefind-body=""' : ''}>` +
      `<h1 class="page-title">Contactos <span lang="zh-CN">企业微信</span> &amp; más</h1>` +
      `<table><tbody>${rows}</tbody></table></main></body></html>`,
  };
}

const row = (/** @type {string} */ id, label = 'Plazo') =>
  `<tr id="${id}" class="fact-row [&amp;&gt;*]:p-3"><th scope="row">` +
  `<span class="fact-label block font-medium">${label}</span>` +
  `<span class="row-actions"><a href="#${id}">#</a></span></th>` +
  `<td data-label="WeCom"><span>48 horas</span></td><td>—</td></tr>`;

describe('searchRecords', () => {
  it('indexes marked pages whole, and each of their own rows at its anchor', () => {
    const records = searchRecords([
      page({ rows: row('contacts.reply-window') + row('groups.max-members') }),
      page({ slug: 'comparison', searchable: false, rows: row('contacts.reply-window') }),
    ]);
    expect(records.map((record) => record.url)).toEqual([
      '/es/contacts/',
      '/es/contacts/#contacts.reply-window',
    ]);
    const html = records[1]?.html ?? '';
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(
      '<main data-pagefind-body data-pagefind-meta="page:Contactos 企业微信 &amp; más">',
    );
    expect(html).toContain('<h1>Plazo</h1>');
    // The label is the title, once; adjacent tags get a space, so their words stay apart.
    expect(html).toContain('<th scope="row"> <span class="row-actions">');
    expect(html).toContain(
      '<td data-label="WeCom"> <span>48 horas</span> </td> <td>—</td> </tr> </table>',
    );
  });

  it('keeps a label’s own markup whole (Chinese runs are spans inside it)', () => {
    const label = 'Grupos por <span lang="zh-CN">群活码</span> <span><span>x</span></span>';
    const [, record] = searchRecords([page({ slug: 'groups', rows: row('groups.qr', label) })]);
    expect(record?.html).toContain(`<h1>${label.replaceAll('><', '> <')} </h1>`);
    expect(record?.html).toContain('<title>Grupos por 群活码 x</title>');
  });

  it('names the page when a searchable page lacks what the index needs', () => {
    expect(() => searchRecords([{ url: '/es/x/', html: '<main data-pagefind-body="">' }])).toThrow(
      '/es/x/: no <html lang> or no <h1>',
    );
    const broken = page({ rows: row('contacts.a').replace('fact-label', 'label') });
    expect(() => searchRecords([broken])).toThrow(
      '/es/contacts/: the row contacts.a has no fact-label',
    );
    const unclosed = page({ rows: row('contacts.a').replace('</tr>', '') });
    unclosed.html = unclosed.html.replace(/<\/tbody>[\s\S]*/, '');
    expect(() => searchRecords([unclosed])).toThrow(/a <tr> at \d+ is never closed/);
  });
});

describe('searchIndex', () => {
  it('writes one index per language, without Pagefind’s ready-made interfaces', async () => {
    const records = searchRecords([
      page({ rows: row('contacts.reply-window') }),
      page({ lang: 'zh-CN', rows: row('contacts.reply-window', '回复期限') }),
    ]);
    const files = [...(await searchIndex(records, 'out/pagefind')).keys()];
    expect(files).toContain('out/pagefind/pagefind.js');
    expect(files).toContain('out/pagefind/pagefind-entry.json');
    expect(files.some((file) => /pagefind\.es_\w+\.pf_meta$/.test(file))).toBe(true);
    expect(files.some((file) => /pagefind\.zh-cn_\w+\.pf_meta$/.test(file))).toBe(true);
    expect(files.filter((file) => /-ui\.|highlight/.test(file))).toEqual([]);
  });
});
