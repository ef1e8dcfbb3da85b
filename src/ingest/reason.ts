/** A reason (and the value it quotes) is cut to this in answers and in `rejected_samples`. */
export const MAX_REASON_CHARS = 300;

// Control characters a reason may quote from the file: Postgres text and jsonb refuse NUL, and the others garble a terminal.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A rejection reason as it may be stored and shown: the control characters it quotes written as
 * \u escapes, lone surrogates (half an emoji) replaced, and cut to MAX_REASON_CHARS, saying so.
 */
export function boundedReason(reason: string): string {
  const visible = reason.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Cut after escaping (escapes count), but never through one: a half \u00 escape reads as garbage.
  const cut = visible.length <= MAX_REASON_CHARS ? visible : `${visible.slice(0, MAX_REASON_CHARS - 1).replace(/\\(u[0-9a-f]{0,3})?$/, '')}…`;
  return cut.replace(LONE_SURROGATE, '\uFFFD');
}
