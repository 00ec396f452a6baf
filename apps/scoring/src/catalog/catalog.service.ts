import { Injectable } from '@nestjs/common';
import {
  mergePatch,
  AlgorithmList,
  AlgorithmVariablesView,
  AlgorithmView,
  CopyAlgorithmCommand,
  DomainError,
  ErrorCodes,
  FieldError,
  ListAlgorithmsQuery,
} from '@callsight/contracts';
import type { Algorithm } from '../algorithms/algorithm';
import { AlgorithmRegistry } from '../algorithms/algorithm-registry';
import type { WorkspaceAlgorithms } from '../runs/run-plan';
import { CatalogRepository, WorkspaceAlgorithmSeed } from './catalog.repository';
import type { WorkspaceAlgorithmEntity } from './workspace-algorithm.entity';

/** A workspace keeps at most this many copies: each is a row read on every job. */
const MAX_COPIES = 200;
const HISTORY_SHOWN = 50;
/** Built-in ids are snake_case without dots or hyphens, so a copy's id with one can never clash with a future built-in. */
const BUILTIN_ID = /^[a-z0-9_]+$/;

/** An id as the workspace sees it: the built-in code that runs and the workspace's row, if any. */
interface Resolved {
  id: string;
  base: Algorithm;
  entry: WorkspaceAlgorithmEntity | null;
}

const isCopy = (entry: WorkspaceAlgorithmEntity | null): entry is WorkspaceAlgorithmEntity =>
  entry !== null && entry.baseAlgorithmId !== entry.algorithmId;

/**
 * The catalog as one workspace sees it: the built-ins with its variables and deprecations, and the
 * copies it made. Variables are checked against the algorithm's schema before a version is stored.
 */
@Injectable()
export class CatalogService {
  constructor(
    private readonly registry: AlgorithmRegistry,
    private readonly catalog: CatalogRepository,
  ) {}

  async list(workspaceId: string, query: ListAlgorithmsQuery): Promise<AlgorithmList> {
    const entries = new Map((await this.catalog.list(workspaceId)).map((entry) => [entry.algorithmId, entry]));
    const builtins = this.registry
      .all()
      .map((base) => viewOf({ id: base.id, base, entry: entries.get(base.id) ?? null }));
    const copies = [...entries.values()].filter(isCopy).flatMap((entry) => {
      const base = this.registry.find(entry.baseAlgorithmId);
      return base ? [viewOf({ id: entry.algorithmId, base, entry })] : [];
    });
    const data = [...builtins, ...copies].filter(
      (view) =>
        (query.kind === undefined || view.kind === query.kind) &&
        (query.deprecated === undefined || view.deprecated === query.deprecated),
    );
    return { data };
  }

  async get(workspaceId: string, id: string): Promise<AlgorithmView> {
    return viewOf(await this.resolve(workspaceId, id));
  }

  async variables(workspaceId: string, id: string): Promise<AlgorithmVariablesView> {
    const resolved = await this.resolve(workspaceId, id);
    return this.variablesView(workspaceId, resolved);
  }

  /** Merges the patch into the current values; stores a new version only when the result is valid. */
  async patchVariables(
    workspaceId: string,
    id: string,
    patch: Record<string, unknown>,
  ): Promise<AlgorithmVariablesView> {
    const resolved = await this.resolve(workspaceId, id);
    const stored = await this.catalog.nextVariables<FieldError[]>(workspaceId, id, seedOf(resolved), (current) => {
      const variables = mergePatch(current, patch) as Record<string, unknown>;
      const checked = this.registry.schemas.withDefaultsApplied(resolved.base.variablesSchema, variables);
      if ('problems' in checked)
        return {
          refused: checked.problems.map((p) => ({
            field: p.field === '(root)' ? 'variables' : `variables.${p.field}`,
            message: p.message,
          })),
        };
      return { variables };
    });
    if ('refused' in stored)
      throw new DomainError(ErrorCodes.validationFailed, `The variables do not fit ${id}'s schema`, stored.refused);
    return this.variablesView(workspaceId, { ...resolved, entry: stored });
  }

  /** A workspace-owned copy with its own id and version history, starting from the source's current values. */
  async copy(workspaceId: string, command: CopyAlgorithmCommand): Promise<AlgorithmView> {
    const source = await this.resolve(workspaceId, command.algorithmId);
    if ((await this.catalog.countCopies(workspaceId)) >= MAX_COPIES)
      throw new DomainError(ErrorCodes.conflict, `A workspace may keep at most ${MAX_COPIES} algorithm copies`);
    const seed: WorkspaceAlgorithmSeed = {
      baseAlgorithmId: source.base.id,
      copiedFrom: source.id,
      name: command.name ?? `${nameOf(source)} (copy)`,
      description: command.description ?? descriptionOf(source),
    };
    const variables = source.entry?.variables ?? {};
    if (command.id !== undefined && BUILTIN_ID.test(command.id))
      throw new DomainError(ErrorCodes.validationFailed, 'A copy needs an id no built-in can take', [
        { field: 'id', message: "id must contain a '.' or '-' (built-in ids never do)" },
      ]);
    const id = command.id ?? (await this.freeCopyId(workspaceId, source.id));
    if (!(await this.catalog.insertCopy(workspaceId, id, seed, variables)))
      throw new DomainError(ErrorCodes.conflict, `An algorithm named ${id} already exists`, [
        { field: 'id', message: `${id} is taken` },
      ]);
    return this.get(workspaceId, id);
  }

  async setDeprecated(workspaceId: string, id: string, deprecated: boolean): Promise<AlgorithmView> {
    const resolved = await this.resolve(workspaceId, id);
    const entry = await this.catalog.setDeprecated(workspaceId, id, seedOf(resolved), deprecated);
    return viewOf({ ...resolved, entry });
  }

  /** The workspace's rows as the run plan reads them. */
  async forRuns(workspaceId: string): Promise<WorkspaceAlgorithms> {
    const entries = await this.catalog.list(workspaceId);
    return new Map(
      entries.map((entry) => [
        entry.algorithmId,
        {
          id: entry.algorithmId,
          baseId: entry.baseAlgorithmId,
          version: entry.version,
          variables: entry.variables,
          deprecated: entry.deprecatedAt !== null,
        },
      ]),
    );
  }

  private async resolve(workspaceId: string, id: string): Promise<Resolved> {
    const builtin = this.registry.find(id);
    const entry = await this.catalog.find(workspaceId, id);
    const base = builtin ?? (entry ? this.registry.find(entry.baseAlgorithmId) : undefined);
    if (!base) throw DomainError.notFound(`Algorithm ${id}`);
    return { id, base, entry };
  }

  private async freeCopyId(workspaceId: string, sourceId: string): Promise<string> {
    const taken = new Set((await this.catalog.list(workspaceId)).map((entry) => entry.algorithmId));
    const stem = sourceId.slice(0, 64 - '.copy_000'.length);
    let n = 1;
    while (taken.has(`${stem}.copy_${n}`)) n += 1;
    return `${stem}.copy_${n}`;
  }

  private async variablesView(workspaceId: string, resolved: Resolved): Promise<AlgorithmVariablesView> {
    const variables = resolved.entry?.variables ?? {};
    const effective = this.registry.schemas.withDefaultsApplied<Record<string, unknown>>(
      resolved.base.variablesSchema,
      variables,
    );
    const history = await this.catalog.history(workspaceId, resolved.id, HISTORY_SHOWN);
    return {
      algorithm_id: resolved.id,
      version: resolved.entry?.version ?? 0,
      variables,
      // Values stored before a schema change may no longer fit; the run reports that, the view shows the values.
      effective: 'value' in effective ? effective.value : variables,
      history: history.map((row) => ({
        version: row.version,
        variables: row.variables,
        created_at: row.createdAt.toISOString(),
      })),
    };
  }
}

const seedOf = (resolved: Resolved): WorkspaceAlgorithmSeed => ({
  baseAlgorithmId: resolved.base.id,
  copiedFrom: resolved.entry?.copiedFrom ?? null,
  name: resolved.entry?.name ?? null,
  description: resolved.entry?.description ?? null,
});

const nameOf = ({ base, entry }: Resolved): string => entry?.name ?? base.name;
const descriptionOf = ({ base, entry }: Resolved): string => entry?.description ?? base.description;

function viewOf(resolved: Resolved): AlgorithmView {
  const { id, base, entry } = resolved;
  const copy = isCopy(entry);
  return {
    id,
    version: copy ? entry.version : base.version,
    name: nameOf(resolved),
    description: descriptionOf(resolved),
    kind: base.kind,
    enabled_by_default: copy ? false : base.enabledByDefault,
    depends_on: [...base.dependsOn],
    deprecated: entry?.deprecatedAt != null,
    origin: copy ? 'copy' : 'builtin',
    copied_from: copy ? entry.copiedFrom : null,
    base_algorithm_id: base.id,
    variables_version: entry?.version ?? 0,
    variables_schema: base.variablesSchema,
    output_schema: base.outputSchema,
  };
}
