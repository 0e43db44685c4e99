// Original file: protos/liaison/v1/common.proto


/**
 * One offending field of a rejected request, e.g. path "grading.reliability".
 */
export interface FieldIssue {
  'path'?: (string);
  'message'?: (string);
}

/**
 * One offending field of a rejected request, e.g. path "grading.reliability".
 */
export interface FieldIssue__Output {
  'path': (string);
  'message': (string);
}
