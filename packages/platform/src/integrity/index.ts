export * from './integrity-service';
