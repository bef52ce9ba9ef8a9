// The quote-suggestion engine the service runs by default: shared/suggest's. Kept in one place so
// the handlers and the workbench name it once.
export { suggestQuotes as defaultSuggestEngine } from '../../shared/suggest/index';
