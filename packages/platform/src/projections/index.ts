export * from './mongo-projection';
export * from './derived-rows';
