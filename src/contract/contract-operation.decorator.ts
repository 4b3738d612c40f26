import type { ExecutionContext } from '@nestjs/common';

/** What the contract says of an operation, for the guard, the negotiation and the metrics. */
export interface ContractOperationMetadata {
  operationId: string;
  module: string;
  /** Scopes any of which grants access; null when the operation is public (`security: []`). */
  scopes: string[] | null;
  produces: string[];
  consumes: string[];
  successStatus: number;
  /** A public operation limited per caller address (`x-throttled` in the contract). */
  throttled?: boolean;
}

// Held by handler rather than as reflect-metadata: four guards read it on every request, and
// Reflector.get walks reflect-metadata's registry each time (about 1.1k instructions a read).
const operations = new WeakMap<object, ContractOperationMetadata>();

/** Marks a generated route handler with its operation in the contract. */
export const ContractOperation =
  (metadata: ContractOperationMetadata): MethodDecorator =>
  (_target, _key, descriptor) => {
    operations.set(descriptor.value as object, metadata);
  };

/** The contract's operation behind the route being handled; undefined for a route the contract does not describe. */
export function contractOperationOf(context: ExecutionContext): ContractOperationMetadata | undefined {
  return operations.get(context.getHandler());
}

/** The operation a generated route handler is marked with, if any. */
export function contractOperationOfHandler(handler: object): ContractOperationMetadata | undefined {
  return operations.get(handler);
}
