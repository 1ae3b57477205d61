import { describe, expect, it } from 'vitest';

import { formatValue } from '../i18n/format';
import { locales } from '../i18n/locales';
import { getFacts, presentCell } from '../data/facts';
import { getMessages } from '../site/messages';
import { seedNoteText } from './seed-note';

describe.each(locales)('seedNoteText in %s', (locale) => {
  const messages = getMessages(locale);
  const noted = getFacts().filter((fact) => messages.seed.notes[fact.id]);

  it('fills every note with the seed claim and the current figure', () => {
    expect(noted.length).toBeGreaterThan(0);
    for (const fact of noted) {
      const text = seedNoteText(fact.id, locale, messages);
      const note = messages.seed.notes[fact.id]!;
      expect(text.title).toBe(messages.seed.statusTitle[fact.seed!.status]);
      expect(`${text.before} ${text.now}`, fact.id).not.toMatch(/[{}]/);
      if (note.before.includes('{seed0}'))
        expect(text.before).toContain(
          formatValue(locale, messages, fact.seed!.values[0]!, undefined),
        );
      const cell = presentCell(fact.wecom) ?? presentCell(fact.wechat);
      if (note.now.includes('{now}'))
        expect(text.now).toContain(formatValue(locale, messages, cell!.value, cell!.unit));
    }
  });

  it('refuses a fact that has no note', () => {
    const plain = getFacts().find((fact) => !messages.seed.notes[fact.id])!;
    expect(() => seedNoteText(plain.id, locale, messages)).toThrow(/no seed note/);
  });
});
