import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSpeechEngine, startupWarning } from './engine-availability';

/** A host laid out in a temporary directory: a PATH directory and a model directory, filled in by each test. */
describe('checkSpeechEngine', () => {
  let root: string;
  let bin: string;
  let model: string;
  const location = () => ({ bin: 'pocketsphinx_continuous', modelDir: model });

  const tool = (name: string) => {
    writeFileSync(join(bin, name), '#!/bin/sh\n');
    chmodSync(join(bin, name), 0o755);
  };
  const modelFiles = () => {
    mkdirSync(join(model, 'en-us'), { recursive: true });
    for (const file of ['en-us/mdef', 'en-us/means', 'en-us.lm.bin', 'cmudict-en-us.dict'])
      writeFileSync(join(model, file), '');
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'callsight-engine-check-'));
    bin = join(root, 'bin');
    model = join(root, 'model');
    mkdirSync(bin);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds everything PocketSphinx needs', async () => {
    ['ffmpeg', 'ffprobe', 'pocketsphinx_continuous'].forEach(tool);
    modelFiles();
    expect(await checkSpeechEngine('pocketsphinx', location(), bin)).toEqual({
      available: true,
      missing: [],
      install: null,
    });
  });

  it('names the missing binary and model with their packages and one install command', async () => {
    ['ffmpeg', 'ffprobe'].forEach(tool);
    const availability = await checkSpeechEngine('pocketsphinx', location(), bin);
    expect(availability.available).toBe(false);
    expect(availability.missing.map((item) => item.package)).toEqual(['pocketsphinx', 'pocketsphinx-en-us']);
    expect(availability.missing[0].what).toBe('pocketsphinx_continuous is not on PATH');
    expect(availability.missing[1].what).toContain(join(model, 'en-us', 'mdef'));
    expect(availability.install).toBe('apt-get install pocketsphinx pocketsphinx-en-us');
  });

  it('wants the model even when the binary is there', async () => {
    ['ffmpeg', 'ffprobe', 'pocketsphinx_continuous'].forEach(tool);
    mkdirSync(model);
    const availability = await checkSpeechEngine('pocketsphinx', location(), bin);
    expect(availability.missing.map((item) => item.package)).toEqual(['pocketsphinx-en-us']);
    expect(availability.install).toBe('apt-get install pocketsphinx pocketsphinx-en-us');
  });

  it('does not take a file that cannot be run for the binary', async () => {
    ['ffmpeg', 'ffprobe'].forEach(tool);
    writeFileSync(join(bin, 'pocketsphinx_continuous'), '');
    modelFiles();
    expect((await checkSpeechEngine('pocketsphinx', location(), bin)).missing.map((item) => item.package)).toEqual([
      'pocketsphinx',
    ]);
  });

  it('follows PATH in order and accepts a binary given as a path', async () => {
    const other = join(root, 'other');
    mkdirSync(other);
    ['ffmpeg', 'ffprobe'].forEach(tool);
    writeFileSync(join(other, 'psx'), '');
    chmodSync(join(other, 'psx'), 0o755);
    symlinkSync(join(other, 'psx'), join(other, 'pocketsphinx_continuous'));
    modelFiles();
    expect((await checkSpeechEngine('pocketsphinx', location(), `${bin}:${other}`)).available).toBe(true);
    expect((await checkSpeechEngine('pocketsphinx', { bin: join(other, 'psx'), modelDir: model }, bin)).available).toBe(
      true,
    );
    expect(
      (await checkSpeechEngine('pocketsphinx', { bin: join(other, 'gone'), modelDir: model }, bin)).missing,
    ).toEqual([{ what: `${join(other, 'gone')} does not exist`, package: 'pocketsphinx' }]);
  });

  it('needs only ffmpeg for an engine on a server, whatever PocketSphinx lacks', async () => {
    expect(await checkSpeechEngine('openai_compatible', location(), bin)).toEqual({
      available: false,
      missing: [
        { what: 'ffmpeg is not on PATH', package: 'ffmpeg' },
        { what: 'ffprobe is not on PATH', package: 'ffmpeg' },
      ],
      install: 'apt-get install ffmpeg',
    });
    ['ffmpeg', 'ffprobe'].forEach(tool);
    expect((await checkSpeechEngine('openai_compatible', location(), bin)).available).toBe(true);
  });

  it('warns at startup with the install command, and says nothing when all is there', async () => {
    const missing = await checkSpeechEngine('pocketsphinx', location(), bin);
    const warning = startupWarning('pocketsphinx', missing);
    expect(warning).toContain('Warning: audio cannot be transcribed');
    expect(warning).toContain('package ffmpeg, pocketsphinx, pocketsphinx-en-us');
    expect(warning).toContain('sudo apt-get install pocketsphinx pocketsphinx-en-us ffmpeg');
    expect(startupWarning('pocketsphinx', { available: true, missing: [], install: null })).toBeNull();
  });
});
