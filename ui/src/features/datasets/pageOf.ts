import type { Page, PageQuery } from '../../api/types';

/** One page of a list the API gives whole, searched by the text of each item, for PagedTable. */
export function pageOf<T>(items: T[], { page, size, term }: PageQuery, text: (item: T) => string): Page<T> {
  const needle = term?.toLowerCase();
  const matching = needle ? items.filter((item) => text(item).toLowerCase().includes(needle)) : items;
  return { items: matching.slice((page - 1) * size, page * size), page, size, total: matching.length };
}
