// Original file: protos/liaison/v1/leads.proto


export interface ProposedWindow {
  'startsAt'?: (string);
  'endsAt'?: (string);
}

export interface ProposedWindow__Output {
  'startsAt': (string);
  'endsAt': (string);
}
