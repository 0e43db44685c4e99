// Original file: protos/liaison/v1/platform_smoke.proto


export interface HeartbeatsView {
  'streamId'?: (string);
  'projectedVersion'?: (number);
  'count'?: (number);
  'lastNote'?: (string);
  'lastAt'?: (string);
}

export interface HeartbeatsView__Output {
  'streamId': (string);
  'projectedVersion': (number);
  'count': (number);
  'lastNote': (string);
  'lastAt': (string);
}
