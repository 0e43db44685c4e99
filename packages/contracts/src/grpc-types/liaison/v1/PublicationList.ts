// Original file: protos/liaison/v1/credit.proto

import type { Publication as _liaison_v1_Publication, Publication__Output as _liaison_v1_Publication__Output } from '../../liaison/v1/Publication';

export interface PublicationList {
  'publications'?: (_liaison_v1_Publication)[];
}

export interface PublicationList__Output {
  'publications': (_liaison_v1_Publication__Output)[];
}
