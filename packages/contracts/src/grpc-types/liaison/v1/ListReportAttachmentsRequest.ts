// Original file: protos/liaison/v1/intake.proto


export interface ListReportAttachmentsRequest {
  'reportId'?: (string);
}

export interface ListReportAttachmentsRequest__Output {
  'reportId': (string);
}
