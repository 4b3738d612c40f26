// Types of goals.mjs, for the unit test that holds its verdicts to the thresholds.
export declare const GOALS: {
  trfRatio: number;
  trfP99Ratio: number;
  pageShareOfDatabase: number;
  photoBodyMBps: number;
  photoPeakRssMb: number;
  fulfillmentPerSecond: number;
  loadResults: number;
  loadSeconds: number;
};

export interface Measured {
  load?: { results: number; seconds: number };
  lookups: Array<{ scenario: string; connections: number; ratio: number; p99Ratio: number }>;
  page?: { rps: number };
  databasePage?: { tps: number };
  photos?: { bodyMBps: number; peakRssMb: number };
  fulfillment?: { rate: number; duplicates: number };
}

export declare function goalVerdicts(measured: Measured): Array<{ goal: string; measured: string; verdict: string }>;
