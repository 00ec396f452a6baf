import { sniffAudio } from './audio-sniffer';

const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('sniffAudio', () => {
  it.each<[string, Buffer, string]>([
    ['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
    ['MP3 with ID3', bytes('ID3', [4, 0, 0]), 'audio/mpeg'],
    ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg'],
    ['Ogg/Opus', bytes('OggS', [0, 2]), 'audio/ogg'],
    ['FLAC', bytes('fLaC', [0, 0, 0, 34]), 'audio/flac'],
    ['M4A', bytes([0, 0, 0, 0x20], 'ftypM4A '), 'audio/mp4'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), 'audio/webm'],
    ['AMR', bytes('#!AMR\n'), 'audio/amr'],
    ['AAC ADTS', bytes([0xff, 0xf1, 0x50, 0x80]), 'audio/aac'],
  ])('recognises %s', (_label, head, contentType) => {
    expect(sniffAudio(head)?.contentType).toBe(contentType);
  });

  it.each<[string, Buffer]>([
    ['a PNG', bytes([0x89], 'PNG\r\n')],
    ['a PDF', bytes('%PDF-1.7')],
    ['a text file named .mp3', bytes('hello world')],
    ['an AVI (RIFF but not WAVE)', bytes('RIFF', [0, 0, 0, 0], 'AVI ')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_label, head) => {
    expect(sniffAudio(head)).toBeNull();
  });
});
