export * from './mongo-projection';
export * from './derived-rows';
export * from './generations';
export type { RebuildOptions, RebuildResult } from './live-rebuild';
