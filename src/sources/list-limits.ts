/** The bounds of a listed gallery, light enough for an element to import: the most credentials a list holds, and a page's size. */
export const MAX_LIST_ENTRIES = 10_000;
/** The providers cap a page at 100. */
export const MAX_PAGE_SIZE = 100;
