/** Where a page of a list stands, as the review queue, the calendar and the feed return it. */
export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}
