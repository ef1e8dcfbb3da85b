// A module-customization hook (test/support/tsx-loader.mjs registers it): adds the original source
// to the inline source map tsx writes for a file of this project, where tsx leaves it out.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { URL } from 'node:url';

const INLINE_MAP = '//# sourceMappingURL=data:application/json;base64,';

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.startsWith('file:') || url.includes('/node_modules/') || result.source == null) return result;
  const source = String(result.source);
  const at = source.lastIndexOf(INLINE_MAP);
  if (at === -1) return result;
  const map = JSON.parse(Buffer.from(source.slice(at + INLINE_MAP.length).trim(), 'base64').toString());
  if (map.sources?.length !== 1 || map.sourcesContent?.some((content) => content != null)) return result;
  map.sourcesContent = [await readFile(new URL(url), 'utf8')];
  return { ...result, source: `${source.slice(0, at)}${INLINE_MAP}${Buffer.from(JSON.stringify(map)).toString('base64')}\n` };
}
