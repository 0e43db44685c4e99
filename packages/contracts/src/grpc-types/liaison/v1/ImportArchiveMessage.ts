// Original file: protos/liaison/v1/history.proto


export interface ImportArchiveMessage {
  /**
   * The first message may set batch_size (default 500); every message carries one line.
   */
  'batchSize'?: (number);
  'line'?: (string);
}

export interface ImportArchiveMessage__Output {
  /**
   * The first message may set batch_size (default 500); every message carries one line.
   */
  'batchSize': (number);
  'line': (string);
}
