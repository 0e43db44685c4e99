// Original file: protos/liaison/v1/intake.proto


export interface ReportPlace {
  'jurisdiction'?: (string);
  'address'?: (string);
}

export interface ReportPlace__Output {
  'jurisdiction': (string);
  'address': (string);
}
