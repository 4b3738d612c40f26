import { SetMetadata } from '@nestjs/common';

export const CONTRACT_OPERATION = 'contract:operation';

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

export const ContractOperation = (metadata: ContractOperationMetadata) => SetMetadata(CONTRACT_OPERATION, metadata);
