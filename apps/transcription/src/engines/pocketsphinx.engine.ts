import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RecognisedSegment, RecognisedWord, RecognitionOptions, SpeechEngine } from './speech-engine';

const run = promisify(execFile);

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

  modelFor(): string {
    return 'en-us (cmusphinx-en-us-ptm)';
  }

  async transcribe(wavPath: string, _options: RecognitionOptions): Promise<RecognisedSegment[]> {
    const { stdout } = await run(
      'pocketsphinx_continuous',
      ['-infile', wavPath, '-time', 'yes', '-logfn', '/dev/null'],
      { timeout: 30 * 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return parsePocketSphinxOutput(stdout);
  }
}
