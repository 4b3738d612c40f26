// Types of percentile.mjs, for its unit test.
export declare function percentile(sorted: readonly number[], q: number): number;
export declare function median(values: readonly number[]): number;
