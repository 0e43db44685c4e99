// Original file: protos/liaison/v1/platform_smoke.proto


export interface RecordHeartbeatRequest {
  'requestId'?: (string);
  'source'?: (string);
  'note'?: (string);
}

export interface RecordHeartbeatRequest__Output {
  'requestId': (string);
  'source': (string);
  'note': (string);
}
