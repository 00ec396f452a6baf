export * from './audio-sniffer';
export * from './audio-storage';
export * from './audio-intake';
export * from './local-audio-storage';
export * from './s3-audio-storage';
export * from './storage-config';
