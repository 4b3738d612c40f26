// The Assessment API platform SDK: one typed function per operation, generated from the contracts.
export * from './generated/sdk.gen.js';
export type * from './generated/types.gen.js';
export { createAssessmentClient, type AssessmentClientOptions, type Credentials } from './assessment-client.js';
export { ApiProblemError, type Problem, type ProblemDetail } from './problem-error.js';
export type { RetryOptions } from './retrying-fetch.js';
export { signFulfillment, type FulfillmentKey } from './fulfillment-signing.js';
export { verifyWebhook, WebhookVerificationError, type WebhookEvent } from './webhook-verification.js';
export { resultVerificationPages, type ResultVerificationPagesOptions } from './result-verification-pages.js';
export { followEventFeed, type FollowEventFeedOptions } from './event-feed-follower.js';
// The earlier spellings, kept so that code written against them still builds.
export { signFulfillment as signFulfilment, type FulfillmentKey as FulfilmentKey } from './fulfillment-signing.js';
