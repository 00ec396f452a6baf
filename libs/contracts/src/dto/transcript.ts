import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TranscriptSegment {
  @ApiProperty({ example: 'Rep' })
  speaker: string;

  @ApiProperty({ example: 'Thanks for joining.' })
  text: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Seconds from the start of the call' })
  start: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  end: number | null;
}
