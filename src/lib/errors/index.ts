// What ErrorCodes mean and what to do about them.
export * from './codes';
