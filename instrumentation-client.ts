// Runs in the browser before any of the app's code (Next.js loads this file first).
import { config } from 'zod/v4/core';

// zod compiles its object parsers with `new Function` where it may, and to find out it tries
// `Function('')` once as its first schema is built. The book's policy has no 'unsafe-eval', so
// that try is refused and reported as a Content-Security-Policy violation (the presentation
// and the playground built schemas at start). Told up front that it may not, it never tries;
// parsing works the same, without the compiled fast path.
config({ jitless: true });
