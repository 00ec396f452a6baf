import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Two distinct Festival voices (Debian festvox-us-slt-hts and festvox-kallpc16k) that PocketSphinx hears well. */
export const VOICES = { agent: '(voice_cmu_us_slt_arctic_hts)', customer: '(voice_kal_diphone)' } as const;

/** Speaks `text` with a Festival voice into a WAV file. */
export async function speak(dir: string, name: string, text: string, voice: string): Promise<string> {
  const textFile = join(dir, `${name}.txt`);
  const wav = join(dir, `${name}.wav`);
  await writeFile(textFile, text);
  await run('text2wave', ['-eval', voice, textFile, '-o', wav]);
  return wav;
}

/** Runs sox with the given arguments (mixing, padding, silence). */
export const sox = (...args: string[]): Promise<unknown> => run('sox', args);

/** Converts with ffmpeg (mp3, ogg/opus, flac…), by the output's extension. */
export const ffmpeg = (input: string, output: string, ...args: string[]): Promise<unknown> =>
  run('ffmpeg', ['-v', 'error', '-y', '-i', input, ...args, output]);

const normalise = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Word error rate: word-level edit distance between what was said and what was heard, over the words said. */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const said = normalise(reference);
  const heard = normalise(hypothesis);
  let previous = Array.from({ length: heard.length + 1 }, (_, index) => index);
  for (let i = 1; i <= said.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= heard.length; j += 1) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (said[i - 1] === heard[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return said.length === 0 ? 0 : previous[heard.length] / said.length;
}
