import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import type { Algorithm } from './algorithm';
import { TALK_RATIO } from './talk-ratio.algorithm';

export type Selection = { algorithms: Algorithm[]; unknown: string[] };

/** The built-in algorithms and which of them run on a call by default. */
@Injectable()
export class AlgorithmCatalog {
  private readonly builtIn: readonly Algorithm[] = [TALK_RATIO];

  defaults(): readonly Algorithm[] {
    return this.builtIn;
  }

  /** The named algorithms (or the defaults for null), and the names that match none. */
  select(ids: readonly string[] | null | undefined): Selection {
    if (!ids?.length) return { algorithms: [...this.builtIn], unknown: [] };
    const unique = [...new Set(ids)];
    return {
      algorithms: unique.flatMap((id) => this.builtIn.filter((algorithm) => algorithm.id === id)),
      unknown: unique.filter((id) => !this.builtIn.some((algorithm) => algorithm.id === id)),
    };
  }

  /** Like select, but an unknown name is the caller's mistake. */
  require(ids: readonly string[] | null | undefined): Algorithm[] {
    const { algorithms, unknown } = this.select(ids);
    if (unknown.length === 0) return algorithms;
    throw new DomainError(
      ErrorCodes.validationFailed,
      `Unknown algorithm(s): ${unknown.join(', ')}`,
      unknown.map((id) => ({ field: 'algorithm_ids', message: `no algorithm named ${id}` })),
    );
  }
}
