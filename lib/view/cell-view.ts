import type { SourcedValue } from '../data/caveat';
import { formatValueParts, interpolate, joinUnit } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { presentCell, type FactCell } from '../data/fact-lookup';
import { trustClaim } from './trust';
import type { Absence, AlternativeKind } from '../schema/vocabulary';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';

/**
 * A fact cell as display parts: the one place that turns a value, its unit, condition,
 * alternatives and caveat into words. Tables, row actions, share images, inline figures and the
 * quiz all render these parts, so a figure reads the same wherever it appears.
 */

/** The messages a cell's words come from (a slice, so the quiz's browser code stays small). */
export type CellMessages = Pick<
  Messages,
  'units' | 'enums' | 'booleans' | 'conditions' | 'alternatives' | 'absent' | 'punctuation'
>;

export type CellContext = {
  locale: Locale;
  messages: CellMessages;
  /** The caveat of a value: `valueCaveat` on the server, `caveatIn(…, sources)` in the quiz. */
  caveatOf: (claim: SourcedValue) => CaveatKind;
};

/** One value as a reader sees it. */
export type ValueView = {
  /** The value as data (`String(value)`), for attributes tests and scripts read. */
  raw: string;
  /** "20.000", "sí". */
  main: string;
  /** "clientes por empleado", when the value is a number with a unit. */
  unit?: string;
  /** `main` and `unit` together. */
  text: string;
  /** The caveat in full (a value other sources dispute is `disputed`). */
  caveat: CaveatKind;
  /** True when the value carries the compact mark ("*"): any caveat but official (`trustClaim`). */
  marked: boolean;
  sources: readonly string[];
};

export type AlternativeView = ValueView & {
  kind: AlternativeKind;
  /** The alternative in a sentence: "otras fuentes: 100 miembros". */
  label: string;
  /** True for another value of a dispute; false for an older figure, which is history. */
  disputes: boolean;
};

export type CellView =
  | (ValueView & {
      present: true;
      /** "cuando la empresa está verificada", or null. */
      condition: string | null;
      /** The condition in brackets, full-width in Chinese, or null. */
      conditionNote: string | null;
      alternatives: AlternativeView[];
    })
  | { present: false; absence: Absence; text: string };

/** The display parts of one account's cell. */
export function cellView(cell: FactCell, context: CellContext): CellView {
  const present = presentCell(cell);
  const { messages } = context;
  if (!present) {
    const absence = 'absent' in cell ? cell.absent : 'not-found';
    return { present: false, absence, text: messages.absent[absence] };
  }
  const view = (claim: SourcedValue & { value: typeof present.value }): ValueView => {
    const parts = formatValueParts(context.locale, messages, claim.value, present.unit);
    const caveat = context.caveatOf(claim);
    return {
      raw: String(claim.value),
      main: parts.main,
      ...(parts.unit !== undefined && { unit: parts.unit }),
      text: parts.unit === undefined ? parts.main : joinUnit(parts.main, parts.unit),
      caveat,
      marked: trustClaim(caveat).marked,
      sources: claim.sources,
    };
  };
  const condition = present.condition ? messages.conditions[present.condition] : null;
  return {
    present: true,
    ...view(present),
    condition,
    conditionNote:
      condition && `${messages.punctuation.open.trim()}${condition}${messages.punctuation.close}`,
    alternatives: (present.alternatives ?? []).map((alt) => {
      const altView = view(alt);
      return {
        ...altView,
        kind: alt.kind,
        label: interpolate(messages.alternatives[alt.kind], { value: altView.text }),
        disputes: alt.kind !== 'older-figure',
      };
    }),
  };
}

/**
 * The values of a dispute, main value first, then each value another page or source gives;
 * null when nothing disputes the cell (an older figure is history, not a dispute). Every surface
 * that shows a disputed figure shows all of these, each with its own sources.
 */
export function disputedValues(cell: CellView): readonly ValueView[] | null {
  if (!cell.present) return null;
  const others = cell.alternatives.filter((alt) => alt.disputes);
  return others.length === 0 ? null : [cell, ...others];
}

export type DisputeMessages = Pick<Messages, 'dispute' | 'punctuation'>;

/**
 * A dispute in one line of text, for surfaces that carry no links (structured data, alt text):
 * "A (source 1) / B (source 2): sources disagree". `sourceName` names a cited source.
 */
export function disputeText(
  values: readonly ValueView[],
  messages: DisputeMessages,
  sourceName: (id: string) => string,
): string {
  const { punctuation, dispute } = messages;
  const items = values.map((value) =>
    value.sources.length === 0
      ? value.text
      : `${value.text}${punctuation.open}${value.sources.map(sourceName).join(punctuation.separator)}${punctuation.close}`,
  );
  return interpolate(dispute.text, { values: items.join(dispute.separator) });
}
