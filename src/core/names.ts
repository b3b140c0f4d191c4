/**
 * Countries and languages may be written as codes (`KR`, `ko`) or as names (`South Korea`).
 * Codes are shown in the reader's language; names are shown as written.
 */
const cache = new Map<string, Intl.DisplayNames>();

function displayName(code: string, locale: string, type: 'region' | 'language'): string {
  const key = `${locale}|${type}`;
  let names = cache.get(key);
  try {
    if (!names) cache.set(key, (names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export const regionName = (value: string, locale: string) =>
  /^[A-Z]{2}$/.test(value) ? displayName(value, locale, 'region') : value;

export const languageName = (value: string, locale: string) =>
  /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? displayName(value, locale, 'language') : value;
