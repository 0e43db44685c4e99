// Original file: protos/liaison/v1/intake.proto


export interface DownloadReportAttachmentRequest {
  'reportId'?: (string);
  'attachmentId'?: (string);
}

export interface DownloadReportAttachmentRequest__Output {
  'reportId': (string);
  'attachmentId': (string);
}
