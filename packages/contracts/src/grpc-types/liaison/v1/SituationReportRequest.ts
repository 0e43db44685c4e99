// Original file: protos/liaison/v1/meetings.proto


export interface SituationReportRequest {
  'from'?: (string);
  'to'?: (string);
  /**
   * category | jurisdiction | status | ownerUnit (default category)
   */
  'groupBy'?: (string);
  /**
   * leads | operations | evidence: list the records behind (drill_context, drill_key)
   */
  'drillContext'?: (string);
  'drillKey'?: (string);
  /**
   * a jurisdiction id: only records of that region ('' every region)
   */
  'region'?: (string);
}

export interface SituationReportRequest__Output {
  'from': (string);
  'to': (string);
  /**
   * category | jurisdiction | status | ownerUnit (default category)
   */
  'groupBy': (string);
  /**
   * leads | operations | evidence: list the records behind (drill_context, drill_key)
   */
  'drillContext': (string);
  'drillKey': (string);
  /**
   * a jurisdiction id: only records of that region ('' every region)
   */
  'region': (string);
}
