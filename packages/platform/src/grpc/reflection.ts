import * as protoLoader from '@grpc/proto-loader';
import { FileDescriptorProto } from 'protobufjs/ext/descriptor';
import { protoPath as healthProtoPath } from 'grpc-health-check';

interface FieldDescriptor {
  name: string;
  typeName?: string;
}
interface MessageDescriptor {
  name: string;
  field?: FieldDescriptor[];
  nestedType?: MessageDescriptor[];
  options?: { mapEntry?: boolean } | null;
}
interface FileDescriptor {
  package?: string;
  messageType?: MessageDescriptor[];
}

/** protoc's name for a map field's entry message: `by_category` → `ByCategoryEntry`. */
export const mapEntryName = (fieldName: string): string =>
  fieldName.replace(/(?:^|_)([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()).replace(/_/g, '') + 'Entry';

/**
 * protobufjs names a map field's synthetic entry message after the field (`Statuses`), where
 * protoc — and Go's protobuf, which grpcurl and grpc_health_probe use — require
 * `<Field>Entry` (`StatusesEntry`): "HealthListResponse.statuses is an invalid map: incorrect
 * implicit map entry name". Renames each entry message and points its field at it, by full name.
 */
function fixMapEntries(messages: MessageDescriptor[] | undefined, scope: string): void {
  for (const message of messages ?? []) {
    const messageScope = `${scope}.${message.name}`;
    const entries = new Map((message.nestedType ?? []).filter((nested) => nested.options?.mapEntry).map((nested) => [nested.name, nested]));
    for (const field of message.field ?? []) {
      const entry = field.typeName ? entries.get(field.typeName) : undefined;
      if (!entry) continue;
      entry.name = mapEntryName(field.name);
      field.typeName = `${messageScope}.${entry.name}`;
    }
    fixMapEntries(message.nestedType, messageScope);
  }
}

export function fixFileDescriptor(bytes: Uint8Array): Buffer {
  const file = FileDescriptorProto.decode(bytes) as unknown as FileDescriptor;
  fixMapEntries(file.messageType, file.package ? `.${file.package}` : '');
  return Buffer.from(FileDescriptorProto.encode(file as never).finish());
}

/**
 * What server reflection describes: the services' protos and grpc.health.v1, loaded with their
 * own field names (snake_case, as written; the handlers' camelCase load would make grpcurl show
 * `officerId`) and with protoc-compatible map entries, so `grpcurl list`, `describe` and
 * `grpc.health.v1.Health/Check` work.
 */
export function reflectionPackage(protoFiles: string[], includeDirs: string[]): protoLoader.PackageDefinition {
  const loaded = protoLoader.loadSync([healthProtoPath, ...protoFiles], { keepCase: true, includeDirs });
  const fixed = new Map<Buffer, Buffer>();
  const result: protoLoader.PackageDefinition = {};
  for (const [name, definition] of Object.entries(loaded)) {
    const descriptors = (definition as { fileDescriptorProtos?: Buffer[] }).fileDescriptorProtos;
    if (!Array.isArray(descriptors)) {
      result[name] = definition;
      continue;
    }
    const fileDescriptorProtos = descriptors.map((bytes) => {
      const known = fixed.get(bytes);
      if (known) return known;
      const repaired = fixFileDescriptor(bytes);
      fixed.set(bytes, repaired);
      return repaired;
    });
    result[name] = Object.assign(Object.create(Object.getPrototypeOf(definition) as object) as object, definition, {
      fileDescriptorProtos,
    }) as typeof definition;
  }
  return result;
}
