/**
 * The project's own face in Swagger UI (/docs): a logo with its name in the top bar where Fastify's
 * would be, and a favicon. Inline SVG, so the bundled server (dist/server.mjs) needs no asset files.
 */

export const DOCS_TITLE = 'Bilateral trade statistics API';

// Two arrows crossing between two points: trade both ways.
const MARK = `<circle cx="6" cy="16" r="4" fill="#7fd3c5"/><circle cx="26" cy="16" r="4" fill="#f6c667"/>
<path d="M10 12 Q16 6 22 12" stroke="#fff" stroke-width="2.5" fill="none"/><path d="M22 20 Q16 26 10 20" stroke="#fff" stroke-width="2.5" fill="none"/>`;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1b4f72"/>${MARK}</svg>`;

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 330 32" width="330" height="32"><rect width="32" height="32" rx="6" fill="#1b4f72"/>${MARK}
<text x="42" y="22" font-family="sans-serif" font-size="17" font-weight="bold" fill="#fff">${DOCS_TITLE}</text></svg>`;
