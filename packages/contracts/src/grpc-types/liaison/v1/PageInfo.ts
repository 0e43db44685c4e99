// Original file: protos/liaison/v1/common.proto


export interface PageInfo {
  /**
   * Empty when there is no further page.
   */
  'nextCursor'?: (string);
}

export interface PageInfo__Output {
  /**
   * Empty when there is no further page.
   */
  'nextCursor': (string);
}
