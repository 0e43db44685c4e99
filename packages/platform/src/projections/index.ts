export * from './mongo-projection';
export * from './derived-rows';
export * from './generations';
export type { CollectionComparison, RebuildOptions, RebuildPhase, RebuildResult } from './live-rebuild';
export * from './projection-service';
