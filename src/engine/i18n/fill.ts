/**
 * Fills a message's `{name}` placeholders; a name without a value stays as written, so a missing
 * parameter shows rather than vanishes.
 * @example fillParams('Case {number} is yours', { number: 42 }) // 'Case 42 is yours'
 */
export function fillParams(template: string, params: Readonly<Record<string, string | number | undefined>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
