// Original file: protos/liaison/v1/intake.proto


export interface MergeReportRequest {
  'commandId'?: (string);
  'reportId'?: (string);
  'ifMatchVersion'?: (number);
  'intoReportId'?: (string);
}

export interface MergeReportRequest__Output {
  'commandId': (string);
  'reportId': (string);
  'ifMatchVersion': (number);
  'intoReportId': (string);
}
