// Imported first by every bundle (main, preload, renderer): tells zod not to compile parsers with
// `new Function`. The CSP forbids eval, so zod's probe for it only raised a CSP violation on every
// page load; and zod decides per schema when the schema is built, so this must run before any is.
import { z } from 'zod';

z.config({ jitless: true });
