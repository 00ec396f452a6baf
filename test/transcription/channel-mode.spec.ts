import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelMode, DUAL_MONO_RESIDUAL_DB, SILENCE_DB } from '../../apps/transcription/src/audio/channel-mode';
import { measureChannels } from '../../apps/transcription/src/audio/media-tools';
import { ffmpeg, sox, speak, VOICES } from '../support/speech';

/** Stereo files made from real speech (Festival), measured by ffmpeg, and how each is heard. */
describe('how the channels of a stereo recording are heard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-channels-'));
  const at = (name: string) => join(dir, name);

  beforeAll(async () => {
    await sox(
      await speak(dir, 'agent', 'Good morning, this is the dental office. How can I help you today?', VOICES.agent),
      '-r',
      '16000',
      at('a.wav'),
    );
    await sox(
      await speak(dir, 'customer', 'Hello, I would like to make an appointment for a checkup.', VOICES.customer),
      '-r',
      '16000',
      at('c.wav'),
    );
    // Two parties taking turns, each on their own line: the agent first, then the customer.
    await sox(at('a.wav'), at('agent-quiet.wav'), 'vol', '0');
    await sox(at('c.wav'), at('customer-quiet.wav'), 'vol', '0');
    await sox(at('a.wav'), at('customer-quiet.wav'), at('agent-line.wav'));
    await sox(at('agent-quiet.wav'), at('c.wav'), at('customer-line.wav'));
    await sox('-M', at('agent-line.wav'), at('customer-line.wav'), at('two-parties.wav'));
    // Each line hears the other at a tenth of its level, as a hybrid or a headset leaks.
    await sox('-m', at('agent-line.wav'), '-v', '0.1', at('customer-line.wav'), at('agent-leaky.wav'));
    await sox('-m', at('customer-line.wav'), '-v', '0.1', at('agent-line.wav'), at('customer-leaky.wav'));
    await sox('-M', at('agent-leaky.wav'), at('customer-leaky.wav'), at('crosstalk.wav'));
    await sox('-M', at('a.wav'), at('a.wav'), at('copy.wav'));
    await ffmpeg(at('copy.wav'), at('copy.ogg'), '-c:a', 'libopus', '-b:a', '16k');
    await ffmpeg(at('copy.wav'), at('copy.m4a'), '-c:a', 'aac', '-b:a', '64k');
    // The same call coded twice apart, at low rates (mp3 32k and Opus 16k), then put side by side.
    await ffmpeg(at('a.wav'), at('a.mp3'), '-c:a', 'libmp3lame', '-b:a', '32k');
    await ffmpeg(at('a.wav'), at('a.opus.ogg'), '-c:a', 'libopus', '-b:a', '16k');
    await ffmpeg(at('a.mp3'), at('a-from-mp3.wav'), '-ar', '16000', '-t', '4');
    await ffmpeg(at('a.opus.ogg'), at('a-from-opus.wav'), '-ar', '16000', '-t', '4');
    await sox('-M', at('a-from-mp3.wav'), at('a-from-opus.wav'), at('coded-apart.wav'));
    await sox(at('a.wav'), at('a-half.wav'), 'vol', '0.5');
    await sox('-M', at('a.wav'), at('a-half.wav'), at('copy-quieter.wav'));
    await sox(at('a.wav'), at('a-inverted.wav'), 'vol', '-1');
    await sox('-M', at('a.wav'), at('a-inverted.wav'), at('copy-inverted.wav'));
    await sox('-M', at('agent-quiet.wav'), at('a.wav'), at('right-only.wav'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['two parties on their own lines', 'two-parties.wav'],
    ['two parties whose lines leak into each other', 'crosstalk.wav'],
  ])('keeps %s as stereo, far from the threshold', async (_label, file) => {
    const levels = await measureChannels(at(file));
    expect(levels.residualDb).toBeGreaterThan(DUAL_MONO_RESIDUAL_DB + 10);
    expect(channelMode(2, levels)).toEqual({ kind: 'stereo' });
  });

  it.each([
    ['an exact copy', 'copy.wav'],
    ['a copy in Opus', 'copy.ogg'],
    ['a copy in AAC', 'copy.m4a'],
    ['a copy coded apart in two lossy codecs', 'coded-apart.wav'],
    ['a copy at half the level', 'copy-quieter.wav'],
    ['a copy with its polarity inverted', 'copy-inverted.wav'],
  ])('hears %s as mono', async (_label, file) => {
    const levels = await measureChannels(at(file));
    expect(levels.residualDb).toBeLessThanOrEqual(DUAL_MONO_RESIDUAL_DB - 3);
    expect(channelMode(2, levels)).toMatchObject({ kind: 'dual_mono', residualDb: levels.residualDb });
  });

  it('hears a call on one channel, the other silent, from the live channel only', async () => {
    const levels = await measureChannels(at('right-only.wav'));
    expect(levels.peakDb[0]).toBeLessThan(SILENCE_DB);
    expect(channelMode(2, levels)).toEqual({ kind: 'one_channel', channel: 1 });
  });
});
