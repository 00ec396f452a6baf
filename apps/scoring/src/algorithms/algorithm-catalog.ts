import { Injectable } from '@nestjs/common';
import type { Algorithm } from './algorithm';
import { TALK_RATIO } from './talk-ratio.algorithm';

/** The built-in algorithms and which of them run on a call by default. */
@Injectable()
export class AlgorithmCatalog {
  private readonly builtIn: readonly Algorithm[] = [TALK_RATIO];

  defaults(): readonly Algorithm[] {
    return this.builtIn;
  }
}
