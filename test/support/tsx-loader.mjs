/**
 * Loads the test files and src/ through tsx (see .taprc), plus one hook for coverage: tsx leaves the
 * original text out of its source maps (`sourcesContent: [null]`), and v8-to-istanbul, behind tap's
 * coverage report, then reads null as the file's text and counts each file as one line. The hook
 * puts the text in, so the report maps coverage onto the real lines of src/.
 */
import { register } from 'node:module';
import 'tsx';

// Registered after tsx, so it runs first and sees what tsx returns.
register('./source-content-hook.mjs', import.meta.url);
