export interface Pause {
  start: number;
  end: number;
}

export interface ChunkRange {
  start: number;
  duration: number;
}

/** How far from the target length a cut may move to land in a pause. */
const SLACK = { before: 0.5, after: 0.25 } as const;

/**
 * Splits `durationSeconds` of audio into chunks of about `targetSeconds`, cutting in the middle of
 * the pause nearest each target point, so no word is cut in two. Without a pause close enough
 * (half a chunk earlier to a quarter later) the cut falls at the target point. A tail shorter than
 * the slack joins the chunk before it rather than being sent alone.
 */
export function planChunks(durationSeconds: number, targetSeconds: number, pauses: readonly Pause[]): ChunkRange[] {
  const chunks: ChunkRange[] = [];
  let cursor = 0;
  while (durationSeconds - cursor > targetSeconds * (1 + SLACK.after)) {
    const cut = cutNear(
      cursor + targetSeconds,
      cursor + targetSeconds * SLACK.before,
      cursor + targetSeconds * (1 + SLACK.after),
      pauses,
    );
    chunks.push({ start: round(cursor), duration: round(cut - cursor) });
    cursor = cut;
  }
  chunks.push({ start: round(cursor), duration: round(durationSeconds - cursor) });
  return chunks;
}

function cutNear(ideal: number, earliest: number, latest: number, pauses: readonly Pause[]): number {
  let best: number | null = null;
  for (const pause of pauses) {
    const middle = (pause.start + pause.end) / 2;
    if (middle <= earliest || middle >= latest) continue;
    if (best === null || Math.abs(middle - ideal) < Math.abs(best - ideal)) best = middle;
  }
  return best ?? ideal;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
