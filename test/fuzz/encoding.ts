import fc from 'fast-check';

/**
 * How a client puts a value in a URL: properly (encodeURIComponent), with '+' for spaces (HTML
 * forms), carelessly (printable ASCII as it is, '%' and '&' included), or verbatim (already encoded,
 * for the odd sequences below).
 */
export type Style = 'component' | 'plus' | 'raw' | 'verbatim';

export const style: fc.Arbitrary<Style> = fc.oneof(
  { arbitrary: fc.constant<Style>('component'), weight: 8 },
  fc.constant<Style>('plus'),
  fc.constant<Style>('raw'),
);

const hex = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** encodeURIComponent, except that a lone surrogate (which it throws on) becomes the bytes a careless encoder writes for it. */
export function encodeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp >= 0xd800 && cp <= 0xdfff ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)].map(hex).join('') : encodeURIComponent(ch);
  }
  return out;
}

// In a path, '/' and '?' stay encoded even when careless: raw, they would make it another URL, not another value.
export function encode(text: string, how: Style, inPath: boolean): string {
  if (how === 'verbatim') return text;
  if (how === 'component') return encodeText(text);
  if (how === 'plus') return encodeText(text).replaceAll('%20', '+');
  return [...text].map((ch) => (/^[!-~]$/.test(ch) && ch !== '#' && !(inPath && (ch === '/' || ch === '?')) ? ch : encodeText(ch))).join('');
}

/** Percent signs no decoder agrees on: bare, truncated, not hex, overlong or invalid UTF-8, double encoded, NUL. */
export const ODD_ENCODINGS = [
  '%',
  '%%',
  '%zz',
  '%0',
  '%FF',
  '%C0%80',
  '%C0%AF',
  '%ED%A0%80',
  '%E2%82',
  '%252F',
  '%u0041',
  '%00',
  '+',
  '%2B',
  '%26',
  '%3D',
  '%23',
];
export const ODD_PATH_VALUES = [...ODD_ENCODINGS.filter((v) => v !== '+'), '%2F', '%2E%2E', '..', '.', '%20'];
