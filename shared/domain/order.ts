// Code-unit order of strings, for ids and ISO dates: locale-independent, and some fifty times
// faster than localeCompare, which matters when tens of thousands of items are sorted. Names and
// titles, which people read, use localeCompare.
export const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
