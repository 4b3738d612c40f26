// Where a piece of JavaScript comes from, coarsely, by the file it was compiled from: Node, a package
// (Nest, Fastify, pg, the others) or this project and its bench servers. Shared by the bench's
// instruction count (JIT code named by --perf-basic-prof) and its allocation profile.

/** The origin of code compiled from `where` (a path, a file: URL or a node: specifier). */
export function originOfSource(where) {
  if (where.startsWith('node:')) return "Node's own";
  if (where.includes('/dist/src/') || where.includes('/bench/')) return 'this project / bench server';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1];
  if (pkg?.startsWith('@nestjs/') || pkg === 'reflect-metadata') return 'Nest';
  if (pkg && /^(fastify|find-my-way|@fastify\/|fast-querystring|light-my-request|avvio)/.test(pkg)) return 'Fastify';
  if (pkg && /^(pg|pg-.*|postgres-.*)$/.test(pkg)) return 'pg';
  if (!where) return 'no script (V8, Node)';
  return 'other packages';
}
