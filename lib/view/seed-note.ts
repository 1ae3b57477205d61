import { formatValue, interpolate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { getFact, asFactId, presentCell } from '../data/facts';
import type { Messages } from '../i18n/messages';

/** A seed note in words: its title, what common articles said and what holds now. */
export type SeedNoteText = { title: string; before: string; now: string };

/**
 * The words of the "before / now" note on a figure that common articles still copy, filled in
 * from the data ({seed0}, {now}, {alt}): the note box and the changes feed say the same.
 * Throws (failing the build) for a fact without a seed claim or a note.
 */
export function seedNoteText(id: string, locale: Locale, messages: Messages): SeedNoteText {
  const fact = getFact(asFactId(id));
  const note = messages.seed.notes[fact.id];
  if (!fact.seed || !note) throw new Error(`<SeedNote id="${id}">: no seed note for this fact`);
  const cell = presentCell(fact.wecom) ?? presentCell(fact.wechat);
  const format = (value: Parameters<typeof formatValue>[2]) =>
    formatValue(locale, messages, value, cell?.unit);
  const values: Record<string, string> = Object.fromEntries(
    fact.seed.values.map((value, index) => [
      `seed${index}`,
      formatValue(locale, messages, value, undefined),
    ]),
  );
  if (cell) values.now = format(cell.value);
  const alt = cell?.alternatives?.[0];
  if (alt) values.alt = format(alt.value);
  return {
    title: messages.seed.statusTitle[fact.seed.status],
    before: interpolate(note.before, values),
    now: interpolate(note.now, values),
  };
}
