export * from './recording-signer';
export * from './recording-links';
export * from './signed-links.env';
