/**
 * The KestrelVoice plan an API key stands for, and what each allows (KestrelVoice's Rate Limits table,
 * `../shared/reference/kestrelvoice-api.txt`). A plan decides the key's requests a minute on the
 * KestrelVoice routes only; the native API's limit is the workspace's. Imports nothing, so the CLI can
 * describe plans without loading the DTOs.
 */
export const API_KEY_PLANS = ['personal', 'business', 'business_plus'] as const;
export type ApiKeyPlan = (typeof API_KEY_PLANS)[number];

/** KestrelVoice's smallest plan: a key gets more only when an operator says so (docs/decisions.md). */
export const DEFAULT_API_KEY_PLAN: ApiKeyPlan = 'personal';

/** Requests a minute per API key on the KestrelVoice routes, by the key's plan. */
export const KESTREL_REQUESTS_PER_MINUTE: Readonly<Record<ApiKeyPlan, number>> = {
  personal: 100,
  business: 500,
  business_plus: 1000,
};

/** The table as words, for help texts and the API document: `personal 100, business 500, business_plus 1000`. */
export const KESTREL_PLAN_LIMITS_TEXT = API_KEY_PLANS.map(
  (plan) => `${plan} ${KESTREL_REQUESTS_PER_MINUTE[plan]}`,
).join(', ');
