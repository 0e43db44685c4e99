// Original file: protos/liaison/v1/history.proto


export interface GetTimelineRequest {
  'recordId'?: (string);
}

export interface GetTimelineRequest__Output {
  'recordId': (string);
}
