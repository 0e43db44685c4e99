import { join } from 'node:path';

/** Root of `protos/`, the contract between services (`protos/liaison/v1/*.proto`). */
export const PROTO_ROOT = join(__dirname, '..', '..', '..', 'protos');

export const protoFile = (name: string): string => join(PROTO_ROOT, 'liaison', 'v1', `${name}.proto`);

/** Options every service uses with @grpc/proto-loader, so messages look the same everywhere. */
export const PROTO_LOADER_OPTIONS = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
} as const;
