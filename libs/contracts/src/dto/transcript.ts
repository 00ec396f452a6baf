import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RedactionEntity } from '../config';

export class TranscriptSegment {
  @ApiProperty({ example: 'Rep' })
  speaker: string;

  @ApiProperty({ example: 'Thanks for joining.' })
  text: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Seconds from the start of the call' })
  start: number | null;

  @ApiProperty({ type: Number, nullable: true })
  end: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Mean word confidence from 0 to 1, when the engine gives one',
  })
  confidence?: number | null;

  @ApiPropertyOptional({
    description: 'The recognised words with their times (seconds) and confidence, when the engine gives them',
    type: 'array',
    items: {
      type: 'object',
      required: ['word', 'start', 'end', 'confidence'],
      properties: {
        word: { type: 'string' },
        start: { type: 'number' },
        end: { type: 'number' },
        confidence: { type: 'number', nullable: true },
      },
    },
  })
  words?: TranscriptWord[];
}

/** A recognised word with its time; kept with the stored transcript (events carry segments only, to stay small). */
export interface TranscriptWord {
  word: string;
  start: number;
  end: number;
  confidence: number | null;
}

/** The shapes a supplied transcript can come in (see `@callsight/transcript-formats`). */
export type SuppliedTranscriptFormat = 'speaker_lines' | 'webvtt' | 'srt' | 'json';

/** What redaction did to a transcript before it was stored: the kinds it looked for and how many of each it replaced. */
export interface TranscriptRedaction {
  entities: RedactionEntity[];
  counts: Record<RedactionEntity, number>;
}
