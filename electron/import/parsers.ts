// What the service's import handlers call, gathered in one module that they load on the first
// import rather than at start-up: behind these parsers sit pdf.js, mammoth, linkedom, Readability,
// commonmark, iconv-lite and chardet, megabytes of code most sessions never run.
export { parseFile } from './index';
export { parseHtmlString } from './html';
export { parseText } from './text';
