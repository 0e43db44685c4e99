import mongoose, { type Connection } from 'mongoose';

/**
 * One connection per service database (docs/architecture.md: each service owns its database, named after
 * it). `retryWrites` is off because FerretDB and a standalone mongod have no retryable writes.
 */
export async function connectMongo(uri: string, dbName: string, options: { maxPoolSize?: number } = {}): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    retryWrites: false,
    maxPoolSize: options.maxPoolSize ?? 20,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
  });
  await connection.asPromise();
  return connection;
}

/** Server name and version as the wire protocol reports it (FerretDB says so in buildInfo). */
export async function describeMongoServer(connection: Connection): Promise<string> {
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  const ferret = info.ferretdbVersion ?? info.ferretdb?.version;
  if (!ferret) return `MongoDB ${info.version}`;
  // The embedded build (infra/local/ferretdb) cannot know its own version; infra/local names it.
  return ferret === 'unknown'
    ? `FerretDB (embedded build, MongoDB ${info.version} compatible)`
    : `FerretDB ${ferret} (MongoDB ${info.version} compatible)`;
}
