import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FeedbackPage, FeedbackView } from '@callsight/contracts';

const CSV_COLUMNS = [
  'feedback_id',
  'run_id',
  'job_id',
  'algorithm_id',
  'algorithm_version',
  'verdict',
  'label',
  'corrected_value',
  'comment',
  'created_at',
] as const;

/** Every item of every page, fetching the next page only when the reader wants more. */
export async function* allFeedback(
  first: FeedbackPage,
  next: (cursor: string) => Promise<FeedbackPage>,
): AsyncGenerator<FeedbackView> {
  let page = first;
  for (;;) {
    yield* page.data;
    if (!page.next_cursor) return;
    page = await next(page.next_cursor);
  }
}

const csvRow = (feedback: FeedbackView): Record<(typeof CSV_COLUMNS)[number], string | number> => ({
  feedback_id: feedback.feedback_id,
  run_id: feedback.run_id,
  job_id: feedback.job_id,
  algorithm_id: feedback.algorithm_id,
  algorithm_version: feedback.algorithm_version,
  verdict: feedback.verdict,
  label: feedback.label ?? '',
  corrected_value: feedback.corrected_value === null ? '' : JSON.stringify(feedback.corrected_value),
  comment: feedback.comment ?? '',
  created_at: feedback.created_at,
});

/**
 * CSV for spreadsheets. Labels, comments and corrected values are the client's text, so a cell that
 * starts with = + - @ or a tab or carriage return is prefixed with ' (csv-stringify's escape_formulas)
 * and a spreadsheet shows it rather than evaluating it.
 */
export function feedbackCsv(items: AsyncIterable<FeedbackView>): Readable {
  const rows = Readable.from(
    (async function* () {
      for await (const item of items) yield csvRow(item);
    })(),
  );
  return rows.pipe(stringify({ header: true, columns: [...CSV_COLUMNS], escape_formulas: true }));
}

export function feedbackNdjson(items: AsyncIterable<FeedbackView>): Readable {
  return Readable.from(
    (async function* () {
      for await (const item of items) yield `${JSON.stringify(item)}\n`;
    })(),
  );
}
