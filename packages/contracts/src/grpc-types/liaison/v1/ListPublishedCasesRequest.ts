// Original file: protos/liaison/v1/credit.proto


export interface ListPublishedCasesRequest {
}

export interface ListPublishedCasesRequest__Output {
}
