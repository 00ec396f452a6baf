export interface SniffedAudio {
  contentType: string;
  extension: string;
}

/** How many leading bytes `sniffAudio` needs to decide. */
export const SNIFF_BYTES = 64;

const startsWith = (head: Buffer, bytes: number[], offset = 0): boolean =>
  bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (head: Buffer, text: string, offset = 0): boolean =>
  head.subarray(offset, offset + text.length).toString('latin1') === text;

/** MP3 frames start with an 11-bit sync word and a valid MPEG version/layer; AAC ADTS with a 12-bit one. */
const isMpegAudioFrame = (head: Buffer): boolean =>
  head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0 && (head[1] & 0x18) !== 0x08;
const isAdts = (head: Buffer): boolean => head[0] === 0xff && (head[1] & 0xf6) === 0xf0;

/**
 * The audio container of a file from its first bytes; null when it is not an audio format we decode.
 * What the client says the type is does not count: only the bytes do.
 */
export function sniffAudio(head: Buffer): SniffedAudio | null {
  if (ascii(head, 'RIFF') && ascii(head, 'WAVE', 8)) return { contentType: 'audio/wav', extension: 'wav' };
  if (ascii(head, 'ID3') || isMpegAudioFrame(head)) return { contentType: 'audio/mpeg', extension: 'mp3' };
  if (ascii(head, 'OggS')) return { contentType: 'audio/ogg', extension: 'ogg' };
  if (ascii(head, 'fLaC')) return { contentType: 'audio/flac', extension: 'flac' };
  if (ascii(head, 'ftyp', 4)) return { contentType: 'audio/mp4', extension: 'm4a' };
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return { contentType: 'audio/webm', extension: 'webm' };
  if (ascii(head, '#!AMR')) return { contentType: 'audio/amr', extension: 'amr' };
  if (ascii(head, 'FORM') && (ascii(head, 'AIFF', 8) || ascii(head, 'AIFC', 8)))
    return { contentType: 'audio/aiff', extension: 'aiff' };
  if (ascii(head, 'caff')) return { contentType: 'audio/x-caf', extension: 'caf' };
  if (isAdts(head)) return { contentType: 'audio/aac', extension: 'aac' };
  return null;
}
