// Original file: protos/liaison/v1/intake.proto


export interface GetReportRequest {
  'reportId'?: (string);
}

export interface GetReportRequest__Output {
  'reportId': (string);
}
