// Provisioning: Kafka jars from Maven Central, FerretDB binary built with the Go toolchain.
// Everything lands under the cache root, keyed by version, and is reused by later runs.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  FERRETDB_MODULE_DIR,
  FERRETDB_VERSION,
  KAFKA_VERSION,
  cacheRoot,
  kafkaPom,
  parseJavaMajor,
} from "./config";
import {
  InfraError,
  progress,
  runLogged,
  runSync,
  which,
  withLock,
} from "./proc";

export interface KafkaDist {
  version: string;
  java: string;
  libDir: string;
  /** Java classpath (`<libDir>/*`). */
  classpath: string;
}

export interface MongoDist {
  kind: "ferretdb" | "mongod";
  binary: string;
  /** e.g. "FerretDB 1.24.2 (SQLite)" or "MongoDB 7.0.14". */
  description: string;
}

function requireTool(cmd: string, why: string, hint: string): string {
  const p = which(cmd);
  if (!p)
    throw new InfraError(
      `\`${cmd}\` not found on PATH: it is needed ${why}. ${hint}`,
    );
  return p;
}

export function findJava(): string {
  const javaHome = process.env.JAVA_HOME;
  const fromHome = javaHome ? path.join(javaHome, "bin", "java") : undefined;
  const java = fromHome && fs.existsSync(fromHome) ? fromHome : which("java");
  if (!java)
    throw new InfraError(
      "`java` not found (PATH or JAVA_HOME): Kafka needs a Java 11+ runtime. Install e.g. `apt-get install -y openjdk-17-jre-headless`.",
    );
  const major = parseJavaMajor(runSync(java, ["-version"]));
  if (major !== undefined && major < 11)
    throw new InfraError(
      `${java} is Java ${major}; Kafka ${KAFKA_VERSION} needs Java 11 or newer.`,
    );
  return java;
}

/** Jars for Apache Kafka, resolved once into `<cache>/kafka-<version>/libs`. */
export async function provisionKafka(
  version = KAFKA_VERSION,
): Promise<KafkaDist> {
  const java = findJava();
  const dir = path.join(cacheRoot(), `kafka-${version}`);
  const libDir = path.join(dir, "libs");
  const marker = path.join(dir, ".complete");
  const dist = { version, java, libDir, classpath: `${libDir}/*` };
  if (fs.existsSync(marker)) return dist;
  return withLock(
    path.join(cacheRoot(), `kafka-${version}.lock`),
    "Kafka provisioning",
    async () => {
      if (fs.existsSync(marker)) return dist;
      const mvn = requireTool(
        "mvn",
        `once to download the Kafka ${version} jars from Maven Central`,
        "Install it with `apt-get install -y maven`.",
      );
      fs.rmSync(libDir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "pom.xml"), kafkaPom(version));
      progress(`resolving Kafka ${version} jars from Maven Central…`);
      const t0 = Date.now();
      await runLogged(
        mvn,
        [
          "-q",
          "-B",
          "dependency:copy-dependencies",
          "-DincludeScope=runtime",
          `-DoutputDirectory=${libDir}`,
        ],
        {
          cwd: dir,
          logFile: path.join(dir, "mvn.log"),
        },
      );
      const jars = fs.readdirSync(libDir).filter((f) => f.endsWith(".jar"));
      if (!jars.some((j) => j.startsWith(`kafka_2.13-${version}`)))
        throw new InfraError(
          `Maven finished but ${libDir} has no kafka_2.13-${version}.jar`,
        );
      fs.writeFileSync(
        marker,
        `${new Date().toISOString()} ${jars.length} jars\n`,
      );
      progress(
        `Kafka ${version}: ${jars.length} jars in ${libDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
      return dist;
    },
  );
}

/** Hash of the committed Go module so edits to main.go/go.mod trigger a rebuild. */
function ferretdbSourceHash(): string {
  const h = createHash("sha256");
  for (const f of ["go.mod", "go.sum", "main.go"])
    h.update(f).update(fs.readFileSync(path.join(FERRETDB_MODULE_DIR, f)));
  return h.digest("hex").slice(0, 12);
}

/**
 * MongoDB wire-protocol server: a real `mongod` on PATH if present (and LIAISON_MONGO_SERVER is not
 * "ferretdb"), otherwise FerretDB built from infra/local/ferretdb into `<cache>/ferretdb-<ver>-<hash>/`.
 */
export async function provisionMongo(): Promise<MongoDist> {
  const pref = process.env.LIAISON_MONGO_SERVER ?? "auto";
  if (pref !== "ferretdb") {
    const mongod = which("mongod");
    if (mongod) {
      const m = /db version v(\S+)/.exec(runSync(mongod, ["--version"]));
      return {
        kind: "mongod",
        binary: mongod,
        description: `MongoDB ${m?.[1] ?? "unknown"}`,
      };
    }
    if (pref === "mongod")
      throw new InfraError(
        "LIAISON_MONGO_SERVER=mongod but no `mongod` on PATH.",
      );
  }
  const dir = path.join(
    cacheRoot(),
    `ferretdb-${FERRETDB_VERSION}-${ferretdbSourceHash()}`,
  );
  const binary = path.join(dir, "liaison-ferretdb");
  const dist: MongoDist = {
    kind: "ferretdb",
    binary,
    description: `FerretDB ${FERRETDB_VERSION} (SQLite)`,
  };
  if (fs.existsSync(binary)) return dist;
  return withLock(
    path.join(cacheRoot(), `ferretdb-${FERRETDB_VERSION}.lock`),
    "FerretDB build",
    async () => {
      if (fs.existsSync(binary)) return dist;
      const go = requireTool(
        "go",
        `once to build FerretDB ${FERRETDB_VERSION} from the Go module proxy`,
        "Install Go 1.24+ (https://go.dev/dl/) and put it on PATH.",
      );
      fs.mkdirSync(dir, { recursive: true });
      progress(
        `building FerretDB ${FERRETDB_VERSION} with ${runSync(go, ["version"]).trim()} (first time takes ~1-2 min)…`,
      );
      const t0 = Date.now();
      const tmp = `${binary}.${process.pid}.tmp`;
      await runLogged(
        go,
        [
          "build",
          "-trimpath",
          "-mod=readonly",
          "-buildvcs=false",
          "-o",
          tmp,
          ".",
        ],
        {
          cwd: FERRETDB_MODULE_DIR,
          logFile: path.join(dir, "go-build.log"),
          env: { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? "0" },
        },
      );
      fs.renameSync(tmp, binary);
      progress(
        `FerretDB ${FERRETDB_VERSION} built: ${binary} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
      return dist;
    },
  );
}
