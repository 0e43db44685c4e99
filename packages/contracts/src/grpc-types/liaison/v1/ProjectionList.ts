// Original file: protos/liaison/v1/projections.proto

import type { ProjectionInfo as _liaison_v1_ProjectionInfo, ProjectionInfo__Output as _liaison_v1_ProjectionInfo__Output } from '../../liaison/v1/ProjectionInfo';

export interface ProjectionList {
  'projections'?: (_liaison_v1_ProjectionInfo)[];
}

export interface ProjectionList__Output {
  'projections': (_liaison_v1_ProjectionInfo__Output)[];
}
