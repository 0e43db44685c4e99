export * from './live-directory';
