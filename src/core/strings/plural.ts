import { formatNumber } from '../../model/format.js';

/** The forms of one counted word, `#` standing for the number; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Counted words for one language: the form is chosen by that language's `Intl.PluralRules`
 * (Arabic has six, Japanese one) and the number written by `formatNumber`, as the rest of the
 * element writes numbers in that language.
 */
export function counter(locale: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replace('#', formatNumber(n, locale));
}
