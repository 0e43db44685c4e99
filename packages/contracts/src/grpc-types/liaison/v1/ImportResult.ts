// Original file: protos/liaison/v1/history.proto


export interface ImportResult {
  'lines'?: (number);
  'eventsImported'?: (number);
  /**
   * Events already in the archive (an import retried after a failure).
   */
  'eventsAlreadyPresent'?: (number);
  'batches'?: (number);
  /**
   * The manifest's counts matched what was read.
   */
  'manifestChecked'?: (boolean);
}

export interface ImportResult__Output {
  'lines': (number);
  'eventsImported': (number);
  /**
   * Events already in the archive (an import retried after a failure).
   */
  'eventsAlreadyPresent': (number);
  'batches': (number);
  /**
   * The manifest's counts matched what was read.
   */
  'manifestChecked': (boolean);
}
