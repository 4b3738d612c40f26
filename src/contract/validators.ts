import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * OpenAPI `multipleOf`. class-validator's IsDivisibleBy truncates the divisor to an integer, so it
 * cannot say "half bands" (0.5); this compares the quotient with its nearest integer instead.
 */
export function IsMultipleOf(step: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMultipleOf',
      constraints: [step],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value / step - Math.round(value / step)) < 1e-9,
      },
    },
    options,
  );
}
