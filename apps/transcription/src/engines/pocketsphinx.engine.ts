import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import {
  RecognisedSegment,
  RecognisedWord,
  RecognitionOptions,
  SpeechEngine,
  SpeechEngineUnavailable,
} from './speech-engine';

const run = promisify(execFile);

/** Debian's packages for the engine and its US English model. */
export const POCKETSPHINX_PACKAGES = ['pocketsphinx', 'pocketsphinx-en-us'];
export const INSTALL_POCKETSPHINX = `apt-get install ${POCKETSPHINX_PACKAGES.join(' ')}`;

/** Where PocketSphinx is looked for: the binary (a name on PATH, or a path) and the en-us model directory. */
export interface PocketSphinxLocation {
  bin: string;
  modelDir: string;
}

/** The files of Debian's pocketsphinx-en-us under its model directory, as the engine passes them (-hmm, -lm, -dict). */
export const pocketSphinxModel = (modelDir: string) => ({
  hmm: join(modelDir, 'en-us'),
  lm: join(modelDir, 'en-us.lm.bin'),
  dict: join(modelDir, 'cmudict-en-us.dict'),
});

const TIMING = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/;
const FILLER = /^(<s>|<\/s>|<sil>|\[[A-Z_]+\]|\+\+\w+\+\+)$/;

/**
 * Reads `pocketsphinx_continuous -time yes` output: per utterance a hypothesis line, then one line
 * per word with its start, end and confidence between <s> and </s>. Alternate pronunciations are
 * written `word(2)`.
 */
export function parsePocketSphinxOutput(output: string): RecognisedSegment[] {
  const segments: RecognisedSegment[] = [];
  let words: RecognisedWord[] = [];
  const close = () => {
    if (words.length > 0)
      segments.push({
        start: words[0].start,
        end: words[words.length - 1].end,
        text: words.map((word) => word.word).join(' '),
        words,
      });
    words = [];
  };
  for (const line of output.split('\n')) {
    const match = TIMING.exec(line.trim());
    if (!match) continue;
    const [, token, start, end, confidence] = match;
    if (token === '<s>' || token === '</s>') {
      close();
      continue;
    }
    if (FILLER.test(token)) continue;
    words.push({
      word: token.replace(/\(\d+\)$/, ''),
      start: Number(start),
      end: Number(end),
      confidence: Number(confidence),
    });
  }
  close();
  return segments;
}

/** CMU PocketSphinx (Debian's pocketsphinx and pocketsphinx-en-us): offline, US English, the embedded default. */
export class PocketSphinxEngine implements SpeechEngine {
  readonly id = 'pocketsphinx';

  constructor(private readonly location: PocketSphinxLocation) {}

  modelFor(): string {
    return 'en-us (cmusphinx-en-us-ptm)';
  }

  async transcribe(wavPath: string, _options: RecognitionOptions): Promise<RecognisedSegment[]> {
    // The model is named rather than left to the binary's built-in default, so it is the one the availability check looked at.
    const model = pocketSphinxModel(this.location.modelDir);
    const args = ['-infile', wavPath, '-time', 'yes', '-logfn', '/dev/null'];
    try {
      const { stdout } = await run(
        this.location.bin,
        [...args, '-hmm', model.hmm, '-lm', model.lm, '-dict', model.dict],
        { timeout: 30 * 60_000, maxBuffer: 64 * 1024 * 1024 },
      );
      return parsePocketSphinxOutput(stdout);
    } catch (error) {
      // Removed since the last availability check: as clear a failure as when it was never there.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new SpeechEngineUnavailable(
          `${this.location.bin} is not installed; install with: ${INSTALL_POCKETSPHINX}`,
        );
      throw error;
    }
  }
}
