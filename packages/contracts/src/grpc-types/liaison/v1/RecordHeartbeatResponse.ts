// Original file: protos/liaison/v1/platform_smoke.proto


export interface RecordHeartbeatResponse {
  'streamId'?: (string);
  'version'?: (number);
  'duplicate'?: (boolean);
}

export interface RecordHeartbeatResponse__Output {
  'streamId': (string);
  'version': (number);
  'duplicate': (boolean);
}
