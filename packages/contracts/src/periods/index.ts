export * from './calendar';
export * from './due-by';
