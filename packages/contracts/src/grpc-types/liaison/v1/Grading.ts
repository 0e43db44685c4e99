// Original file: protos/liaison/v1/leads.proto


export interface Grading {
  /**
   * A (reliable) | B (usually reliable) | C (fairly reliable) | X (cannot be judged)
   */
  'sourceReliability'?: (string);
  /**
   * 1 (known true) | 2 (known to the source) | 3 (not known, corroborated) | 4 (cannot be judged)
   */
  'information'?: (number);
}

export interface Grading__Output {
  /**
   * A (reliable) | B (usually reliable) | C (fairly reliable) | X (cannot be judged)
   */
  'sourceReliability': (string);
  /**
   * 1 (known true) | 2 (known to the source) | 3 (not known, corroborated) | 4 (cannot be judged)
   */
  'information': (number);
}
