// Original file: protos/liaison/v1/history.proto


export interface ArchiveLine {
  /**
   * One NDJSON line (no newline).
   */
  'line'?: (string);
}

export interface ArchiveLine__Output {
  /**
   * One NDJSON line (no newline).
   */
  'line': (string);
}
