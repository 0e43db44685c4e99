// Original file: protos/liaison/v1/common.proto


/**
 * Cursor pagination for list calls. A page_size of 0 means the server's default.
 */
export interface PageRequest {
  'pageSize'?: (number);
  /**
   * Opaque; empty for the first page, else PageInfo.next_cursor of the previous page.
   */
  'cursor'?: (string);
}

/**
 * Cursor pagination for list calls. A page_size of 0 means the server's default.
 */
export interface PageRequest__Output {
  'pageSize': (number);
  /**
   * Opaque; empty for the first page, else PageInfo.next_cursor of the previous page.
   */
  'cursor': (string);
}
