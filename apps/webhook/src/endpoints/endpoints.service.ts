import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CreateWebhookEndpointRequest,
  DomainError,
  ErrorCodes,
  FieldError,
  MAX_WEBHOOK_ENDPOINTS,
  UpdateWebhookEndpointRequest,
  WebhookCredentialsInput,
  WebhookEndpointCreated,
  WebhookEndpointList,
  WebhookEndpointSecret,
  WebhookEndpointView,
  WebhookSecretRotated,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import type { SecretBox } from '@callsight/common/secrets';
import { credentialErrors, credentialHeader, endpointErrors, splitUrl } from './endpoint-rules';
import { EndpointHealth, EndpointsRepository } from './endpoints.repository';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export const SECRET_BOX = Symbol('SECRET_BOX');

/** After a rotation the old secret signs too for this long, so receivers can switch without missing a message. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

/** What a delivery to an endpoint is sent with: where, the secrets that sign it, and the headers it carries. */
export interface EndpointSending {
  url: string;
  format: WebhookEndpointEntity['format'];
  secrets: string[];
  headers: Record<string, string>;
}

const generateSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;
const secretContext = (id: string) => `webhook-endpoint:${id}:secret`;
const credentialsContext = (id: string) => `webhook-endpoint:${id}:credentials`;

/** A workspace's webhook endpoints: validated, with secrets and credentials sealed at rest and never shown again. */
@Injectable()
export class EndpointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly endpoints: EndpointsRepository,
    @Inject(SECRET_BOX) private readonly box: SecretBox | null,
  ) {}

  async list(workspaceId: string): Promise<WebhookEndpointList> {
    return { data: (await this.endpoints.list(workspaceId)).map(viewOf) };
  }

  async get(workspaceId: string, id: string): Promise<WebhookEndpointView> {
    return viewOf(await this.existing(workspaceId, id));
  }

  async create(workspaceId: string, request: CreateWebhookEndpointRequest): Promise<WebhookEndpointCreated> {
    const box = this.sealer();
    const id = newId('ep');
    const { url, credentials } = this.urlAndCredentials(request.url, request.credentials);
    const now = new Date();
    const secret = generateSecret();
    const endpoint: WebhookEndpointEntity = {
      id,
      workspaceId,
      url,
      description: request.description ?? null,
      format: request.format ?? 'native',
      eventTypes: [...new Set(request.event_types ?? [])],
      enabled: request.enabled ?? true,
      disabledReason: null,
      failingSince: null,
      httpsOnly: request.https_only ?? false,
      headers: request.headers ?? {},
      rateLimit: request.rate_limit ?? null,
      ...sealedCredentials(box, id, credentials ?? null),
      secretSealed: box.seal(secret, secretContext(id)),
      previousSecretSealed: null,
      previousSecretExpiresAt: null,
      createdAt: now,
      updatedAt: now,
    };
    assertValid(endpoint);
    await this.dataSource.transaction(async (manager) => {
      await this.endpoints.lock(workspaceId, manager);
      if ((await this.endpoints.count(workspaceId, manager)) >= MAX_WEBHOOK_ENDPOINTS)
        throw new DomainError(
          ErrorCodes.conflict,
          `A workspace has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`,
        );
      await this.endpoints.insert(workspaceId, endpoint, manager);
    });
    return { ...viewOf(endpoint), secret };
  }

  async update(workspaceId: string, id: string, changes: UpdateWebhookEndpointRequest): Promise<WebhookEndpointView> {
    return this.dataSource.transaction(async (manager) => {
      await this.endpoints.lock(workspaceId, manager);
      const current = await this.existing(workspaceId, id, manager);
      const { url, credentials } = changes.url
        ? this.urlAndCredentials(changes.url, changes.credentials)
        : { url: current.url, credentials: changes.credentials };
      const next: WebhookEndpointEntity = {
        ...current,
        url,
        description: changes.description !== undefined ? changes.description : current.description,
        format: changes.format ?? current.format,
        eventTypes: changes.event_types ? [...new Set(changes.event_types)] : current.eventTypes,
        enabled: changes.enabled ?? current.enabled,
        disabledReason: changes.enabled === true ? null : current.disabledReason,
        failingSince: changes.enabled === true ? null : current.failingSince,
        httpsOnly: changes.https_only ?? current.httpsOnly,
        headers: changes.headers ?? current.headers,
        rateLimit: changes.rate_limit !== undefined ? changes.rate_limit : current.rateLimit,
        ...(credentials !== undefined ? sealedCredentials(this.sealer(), id, credentials) : {}),
        updatedAt: new Date(),
      };
      assertValid(next);
      await this.endpoints.save(workspaceId, next, manager);
      return viewOf(next);
    });
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    if (!(await this.endpoints.delete(workspaceId, id))) throw DomainError.notFound(`Webhook endpoint ${id}`);
  }

  /** A new secret, shown once; the one before keeps signing beside it for a day. */
  async rotateSecret(workspaceId: string, id: string): Promise<WebhookSecretRotated> {
    const box = this.sealer();
    return this.dataSource.transaction(async (manager) => {
      await this.endpoints.lock(workspaceId, manager);
      const current = await this.existing(workspaceId, id, manager);
      const secret = generateSecret();
      const expiresAt = new Date(Date.now() + ROTATION_OVERLAP_MS);
      await this.endpoints.save(
        workspaceId,
        {
          ...current,
          secretSealed: box.seal(secret, secretContext(id)),
          previousSecretSealed: current.secretSealed,
          previousSecretExpiresAt: expiresAt,
          updatedAt: new Date(),
        },
        manager,
      );
      return { secret, previous_secret_expires_at: expiresAt.toISOString() };
    });
  }

  async revealSecret(workspaceId: string, id: string): Promise<WebhookEndpointSecret> {
    const endpoint = await this.existing(workspaceId, id);
    return { secret: this.sealer().open(endpoint.secretSealed, secretContext(id)) };
  }

  /** Stops deliveries to an endpoint that said it is gone for good (410), saying so on the endpoint. */
  async disable(workspaceId: string, id: string, reason: string, manager: EntityManager): Promise<void> {
    await this.endpoints.disable(workspaceId, id, reason, manager);
  }

  /** Where a workspace's events go besides its config section's endpoint: its enabled endpoints. */
  async enabledOf(workspaceId: string, manager?: EntityManager): Promise<WebhookEndpointEntity[]> {
    return this.endpoints.enabled(workspaceId, manager);
  }

  /** Ends the endpoint's failing streak on a success, starts it on a failure; what it is now (null: deleted). */
  recordOutcome(
    manager: EntityManager,
    workspaceId: string,
    id: string,
    delivered: boolean,
  ): Promise<EndpointHealth | null> {
    return this.endpoints.recordOutcome(workspaceId, id, delivered, manager);
  }

  /**
   * How a delivery to this endpoint goes out at this attempt (its URL, secrets and headers as they are
   * now), or why it cannot: the endpoint was deleted or disabled since the delivery was made.
   */
  async sending(workspaceId: string, id: string): Promise<EndpointSending | { refusal: string }> {
    const endpoint = await this.endpoints.find(workspaceId, id);
    if (!endpoint) return { refusal: `webhook endpoint ${id} was deleted` };
    if (!endpoint.enabled) return { refusal: `webhook endpoint ${id} is disabled` };
    return this.sendingOf(endpoint);
  }

  private sendingOf(endpoint: WebhookEndpointEntity): EndpointSending {
    const box = this.sealer();
    const secrets = [box.open(endpoint.secretSealed, secretContext(endpoint.id))];
    if (endpoint.previousSecretSealed && previousSecretLive(endpoint))
      secrets.push(box.open(endpoint.previousSecretSealed, secretContext(endpoint.id)));
    const credentials = endpoint.credentialsSealed
      ? (JSON.parse(box.open(endpoint.credentialsSealed, credentialsContext(endpoint.id))) as WebhookCredentialsInput)
      : null;
    const header = credentials ? credentialHeader(credentials) : null;
    return {
      url: endpoint.url,
      format: endpoint.format,
      secrets,
      headers: { ...endpoint.headers, ...(header ? { [header[0]]: header[1] } : {}) },
    };
  }

  /** Inside a transaction, read on its connection: another would wait for the pool the transactions hold. */
  private async existing(workspaceId: string, id: string, manager?: EntityManager): Promise<WebhookEndpointEntity> {
    const endpoint = await this.endpoints.find(workspaceId, id, manager);
    if (!endpoint) throw DomainError.notFound(`Webhook endpoint ${id}`);
    return endpoint;
  }

  private sealer(): SecretBox {
    if (this.box) return this.box;
    throw new DomainError(
      ErrorCodes.conflict,
      'This deployment has no CALLSIGHT_SECRETS_KEY: webhook endpoints keep their secrets and credentials encrypted with it. Set it on the webhook service (see the configuration table in the README)',
    );
  }

  /** A `user:pass@` in the URL becomes basic credentials, unless credentials are given as well (then it is an error). */
  private urlAndCredentials(
    text: string,
    credentials: WebhookCredentialsInput | null | undefined,
  ): { url: string; credentials: WebhookCredentialsInput | null | undefined } {
    const split = splitUrl(text);
    if (!split) throw invalid([{ field: 'url', message: 'must be an http:// or https:// URL' }]);
    if (!split.userinfo) return { url: split.url, credentials };
    if (credentials)
      throw invalid([
        { field: 'url', message: 'carries a user and password as well as `credentials`: give them once' },
      ]);
    return { url: split.url, credentials: { type: 'basic', ...split.userinfo } };
  }
}

function sealedCredentials(
  box: SecretBox,
  id: string,
  credentials: WebhookCredentialsInput | null,
): Pick<WebhookEndpointEntity, 'credentialsType' | 'credentialsHeaderName' | 'credentialsSealed'> {
  if (!credentials || credentials.type === 'none')
    return { credentialsType: 'none', credentialsHeaderName: null, credentialsSealed: null };
  const errors = credentialErrors(credentials);
  if (errors.length) throw invalid(errors);
  return {
    credentialsType: credentials.type,
    credentialsHeaderName: credentials.type === 'header' ? (credentials.header_name ?? null) : null,
    credentialsSealed: box.seal(JSON.stringify(credentials), credentialsContext(id)),
  };
}

function assertValid(endpoint: WebhookEndpointEntity): void {
  const errors = endpointErrors({
    url: endpoint.url,
    format: endpoint.format,
    eventTypes: endpoint.eventTypes,
    httpsOnly: endpoint.httpsOnly,
    headers: endpoint.headers,
  });
  if (errors.length) throw invalid(errors);
}

const invalid = (errors: FieldError[]): DomainError =>
  new DomainError(ErrorCodes.validationFailed, 'The webhook endpoint is not valid', errors);

/** The secret before the last rotation still signs, and the view says until when. */
const previousSecretLive = (endpoint: WebhookEndpointEntity): boolean =>
  endpoint.previousSecretExpiresAt !== null && endpoint.previousSecretExpiresAt > new Date();

function viewOf(endpoint: WebhookEndpointEntity): WebhookEndpointView {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    format: endpoint.format,
    event_types: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabled_reason: endpoint.disabledReason,
    https_only: endpoint.httpsOnly,
    headers: endpoint.headers,
    credentials: { type: endpoint.credentialsType, header_name: endpoint.credentialsHeaderName },
    rate_limit: endpoint.rateLimit,
    previous_secret_expires_at: previousSecretLive(endpoint) ? endpoint.previousSecretExpiresAt!.toISOString() : null,
    created_at: endpoint.createdAt.toISOString(),
    updated_at: endpoint.updatedAt.toISOString(),
  };
}
