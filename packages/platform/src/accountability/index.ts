export { readAccountabilityRegister } from './register-reader';
