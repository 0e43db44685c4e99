export * from './mongo-projection';
