/** Where bench/lib/project-without-router-server.mjs serves its hand-written lookup route. */
export const DIRECT_PREFIX = '/direct';
