// The request builder's pure logic, in one import for the UI.
export * from './types';
export * from './wire';
export * from './get-list';
export * from './delete-conversation';
export * from './c2c-unread';
export * from './contact-group';
export * from './endpoints';
export * from './raw';
export * from './navigation';
export * from './validate';
export * from './schema';
export * from './regions';
export * from './assist-flags';
export * from './url';
export * from './codegen';
export * from './pagination';
export { scanJson, lineColumnOf, type JsonScan, type JsonMember } from './json-scan';
