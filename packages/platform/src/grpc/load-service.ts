import { isAbsolute } from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import type * as grpc from '@grpc/grpc-js';
import { PROTO_LOADER_OPTIONS, protoFile } from '@liaison/contracts';

/** One gRPC service out of a .proto file, with what the server, client and reflection need. */
export interface LoadedService {
  /** Fully qualified, e.g. `liaison.v1.LeadsService`. */
  name: string;
  definition: grpc.ServiceDefinition;
  /** The whole loaded package (all files it imports), as the handlers see it. */
  packageDefinition: protoLoader.PackageDefinition;
  /** The .proto file and include dirs it came from: server reflection reloads them as written. */
  protoFile: string;
  includeDirs: string[];
}

/**
 * Loads `serviceName` from a proto under `protos/liaison/v1` (`'leads'`) or from an absolute
 * path (test fixtures), with the shared loader options so every service sees messages the same
 * way (camelCase fields, enums as strings, longs as numbers, defaults filled in).
 */
export function loadServiceDefinition(protoFileName: string, serviceName: string, extraIncludeDirs: string[] = []): LoadedService {
  const file = isAbsolute(protoFileName) ? protoFileName : protoFile(protoFileName.replace(/\.proto$/, ''));
  const includeDirs = [...PROTO_LOADER_OPTIONS.includeDirs, ...extraIncludeDirs];
  const packageDefinition = protoLoader.loadSync(file, { ...PROTO_LOADER_OPTIONS, includeDirs });
  const found = packageDefinition[serviceName];
  if (!found || 'format' in found) {
    const services = Object.entries(packageDefinition)
      .filter(([, definition]) => !('format' in definition))
      .map(([name]) => name);
    throw new Error(`service ${serviceName} not found in ${file}; it defines: ${services.join(', ') || 'no services'}`);
  }
  return { name: serviceName, definition: found as unknown as grpc.ServiceDefinition, packageDefinition, protoFile: file, includeDirs };
}
