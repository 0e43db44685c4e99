// Original file: protos/liaison/v1/history.proto


export interface RecordView {
  'recordId'?: (string);
  'officerId'?: (string);
  'unitId'?: (string);
  /**
   * detail | timeline | as_of | export | report_drill_down
   */
  'what'?: (string);
  'purpose'?: (string);
  'viewedAt'?: (string);
}

export interface RecordView__Output {
  'recordId': (string);
  'officerId': (string);
  'unitId': (string);
  /**
   * detail | timeline | as_of | export | report_drill_down
   */
  'what': (string);
  'purpose': (string);
  'viewedAt': (string);
}
