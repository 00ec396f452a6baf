export * from './recording-signer';
export * from './recording-links';
