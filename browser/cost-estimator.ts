/**
 * The costs page's estimator, on the form the server rendered (components/costs/cost-estimator.tsx):
 * six answers in, a yearly range out, recomputed as the reader types. A field that does not hold
 * a whole number says why, in words, and the last good estimate stays. Until this runs the
 * fields are read-only, so nothing a reader types is lost; without it the page shows the first
 * worked example's estimate. Built to `browser/cost-estimator.js` (scripts/build-browser.mjs).
 */

import { estimate } from '../lib/costs/estimate';
import { estimatorResultHtml, resultClass, type EstimatorData } from '../lib/costs/estimate-html';
import { parseCount, type ParsedCount } from '../lib/costs/parse-count';
import { countFields, estimatorIds, type CountField } from '../lib/costs/estimator-ids';

/** Same kind of node: the same tag, class and stale marker (for elements), or both text. */
function sameKind(current: Node, next: Node): boolean {
  if (current.nodeName !== next.nodeName) return false;
  if (!(current instanceof Element) || !(next instanceof Element)) return true;
  return (
    current.className === next.className &&
    current.hasAttribute('data-stale') === next.hasAttribute('data-stale')
  );
}

/**
 * Makes `parent`'s children look like `next`'s, changing only what differs (a text, an
 * attribute; an element that appeared or went), as a framework would: the live region then
 * announces what changed rather than the whole estimate again.
 */
function morphChildren(parent: Node, next: Node): void {
  let at = parent.firstChild;
  for (const wanted of [...next.childNodes]) {
    let match = at;
    while (match && !sameKind(match, wanted)) match = match.nextSibling;
    if (!match) {
      parent.insertBefore(wanted, at);
      continue;
    }
    while (at !== match) {
      const gone: ChildNode = at!;
      at = gone.nextSibling;
      gone.remove();
    }
    if (match instanceof Element && wanted instanceof Element) {
      for (const { name } of [...match.attributes]) {
        if (!wanted.hasAttribute(name)) match.removeAttribute(name);
      }
      for (const { name, value } of [...wanted.attributes]) {
        if (match.getAttribute(name) !== value) match.setAttribute(name, value);
      }
      morphChildren(match, wanted);
    } else if (match.nodeValue !== wanted.nodeValue) {
      match.nodeValue = wanted.nodeValue;
    }
    at = match.nextSibling;
  }
  while (at) {
    const gone: ChildNode = at;
    at = gone.nextSibling;
    gone.remove();
  }
}

function start(): void {
  const root = document.getElementById(estimatorIds.root);
  const form = root?.querySelector('form');
  const dataBlock = document.getElementById(estimatorIds.data);
  // The live region: the estimate and its warnings.
  const region = form?.querySelector('section[aria-live]');
  if (!(form instanceof HTMLFormElement) || !dataBlock || !region) return;
  const data = JSON.parse(dataBlock.textContent ?? '') as EstimatorData;

  const inputs = countFields.map((field) => {
    const input = document.getElementById(estimatorIds.field(field)) as HTMLInputElement;
    return { field, input, error: null as HTMLParagraphElement | null };
  });
  // The last whole number each field held, so a field being edited ("1.0" on the way to
  // "1.000") never empties the estimate.
  const last = {} as Record<CountField, number>;
  for (const { field, input } of inputs) {
    const parsed = parseCount(input.value);
    last[field] = parsed.ok ? parsed.value : 0;
  }
  const radios = (name: 'verified' | 'mainland') => [
    ...form.querySelectorAll<HTMLInputElement>(`input[name="${estimatorIds.choice(name)}"]`),
  ];
  // The first button of each pair is "yes".
  const yes = (name: 'verified' | 'mainland') => radios(name)[0]?.checked ?? false;

  const showField = (entry: (typeof inputs)[number], parsed: ParsedCount) => {
    const { field, input } = entry;
    const hint = estimatorIds.hint(field);
    input.setAttribute('aria-invalid', String(!parsed.ok));
    if (parsed.ok) {
      input.setAttribute('aria-describedby', hint);
      entry.error?.remove();
      entry.error = null;
      return;
    }
    input.setAttribute('aria-describedby', `${hint} ${estimatorIds.error(field)}`);
    if (!entry.error) {
      entry.error = document.createElement('p');
      entry.error.id = estimatorIds.error(field);
      entry.error.className = 'estimator-error';
      input.after(entry.error);
    }
    const words = data.estimator.errors[parsed.error];
    if (entry.error.textContent !== words) entry.error.textContent = words;
  };

  const update = () => {
    let stale = false;
    for (const entry of inputs) {
      const parsed = parseCount(entry.input.value);
      if (parsed.ok) last[entry.field] = parsed.value;
      else stale = true;
      showField(entry, parsed);
    }
    const result = estimate(
      { ...last, verified: yes('verified'), mainland: yes('mainland') },
      data.prices,
    );
    region.className = resultClass(stale);
    const next = document.createElement('template');
    next.innerHTML = estimatorResultHtml(result, stale, data);
    morphChildren(region, next.content);
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const { input } of inputs) input.readOnly = false;
  for (const radio of [...radios('verified'), ...radios('mainland')]) radio.disabled = false;
}

start();
