// Original file: protos/liaison/v1/meetings.proto


export interface ComplianceFigure {
  'measure'?: (string);
  'due'?: (number);
  'onTime'?: (number);
  'rate'?: (number | string);
  'hasRate'?: (boolean);
  'minRate'?: (number | string);
}

export interface ComplianceFigure__Output {
  'measure': (string);
  'due': (number);
  'onTime': (number);
  'rate': (number);
  'hasRate': (boolean);
  'minRate': (number);
}
