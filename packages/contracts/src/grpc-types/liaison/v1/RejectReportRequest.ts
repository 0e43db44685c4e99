// Original file: protos/liaison/v1/intake.proto


export interface RejectReportRequest {
  'commandId'?: (string);
  'reportId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface RejectReportRequest__Output {
  'commandId': (string);
  'reportId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
