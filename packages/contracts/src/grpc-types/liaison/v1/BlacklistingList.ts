// Original file: protos/liaison/v1/credit.proto

import type { Blacklisting as _liaison_v1_Blacklisting, Blacklisting__Output as _liaison_v1_Blacklisting__Output } from '../../liaison/v1/Blacklisting';

export interface BlacklistingList {
  'blacklistings'?: (_liaison_v1_Blacklisting)[];
}

export interface BlacklistingList__Output {
  'blacklistings': (_liaison_v1_Blacklisting__Output)[];
}
