// Original file: protos/liaison/v1/leads.proto


export interface CountLeadsRequest {
  'postedFrom'?: (string);
  'postedTo'?: (string);
}

export interface CountLeadsRequest__Output {
  'postedFrom': (string);
  'postedTo': (string);
}
