// Types of figures.mjs, for its unit test.
export declare function threeDigits(value: number): string;
