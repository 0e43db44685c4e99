// Original file: protos/liaison/v1/intake.proto


export interface GetReportStatusRequest {
  'receiptCode'?: (string);
}

export interface GetReportStatusRequest__Output {
  'receiptCode': (string);
}
