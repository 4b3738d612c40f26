import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

/** The module contracts, in the order Swagger UI and the combined document list them. */
export const CONTRACT_MODULES = ['platform', 'ielts', 'results', 'booking', 'fulfillment'] as const;
export type ContractModule = (typeof CONTRACT_MODULES)[number];

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, any>>;
  components?: Record<string, Record<string, any>>;
  [key: string]: unknown;
};

type Json = any;

/**
 * Loads one module contract and inlines what it references in other files
 * (`./components.yaml#/components/...`) into its own `components`, so that the result is a
 * self-contained document whose refs are all local.
 */
export function bundleContract(file: string): OpenApiDocument {
  const cache = new Map<string, Json>();
  const load = (path: string): Json => {
    if (!cache.has(path)) cache.set(path, parse(readFileSync(path, 'utf8')));
    return cache.get(path);
  };
  const root = structuredClone(load(file)) as OpenApiDocument;
  root.components ??= {};
  const copied = new Set<string>();

  const rewrite = (node: Json, currentFile: string): Json => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, currentFile));
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        out.$ref = localise(value, currentFile);
      } else {
        out[key] = rewrite(value, currentFile);
      }
    }
    return out;
  };

  const localise = (ref: string, currentFile: string): string => {
    const [filePart, pointer = ''] = ref.split('#');
    const targetFile = filePart ? join(dirname(currentFile), filePart) : currentFile;
    if (targetFile === file) return `#${pointer}`;
    const segments = pointer.split('/').slice(1);
    if (segments[0] !== 'components' || segments.length !== 3) {
      throw new Error(`${currentFile}: only refs to components can cross files, got ${ref}`);
    }
    const [, kind, name] = segments;
    const key = `${kind}/${name}`;
    if (!copied.has(key)) {
      copied.add(key);
      const target = load(targetFile)?.components?.[kind]?.[name];
      if (target === undefined) throw new Error(`${currentFile}: unresolved ref ${ref}`);
      root.components![kind] ??= {};
      if (root.components![kind][name] !== undefined) {
        throw new Error(`${file}: component ${key} is defined twice`);
      }
      root.components![kind][name] = rewrite(target, targetFile);
    }
    return `#/components/${kind}/${name}`;
  };

  // A module may declare a component as a bare ref to the shared one of the same name (security
  // schemes, which operations name rather than reference): inline the shared definition there.
  for (const [kind, entries] of Object.entries(root.components)) {
    for (const [name, value] of Object.entries<Json>(entries ?? {})) {
      const ref = value?.$ref;
      if (typeof ref !== 'string' || Object.keys(value).length !== 1 || ref.startsWith('#')) continue;
      const [filePart, pointer] = ref.split('#');
      if (pointer !== `/components/${kind}/${name}`) continue;
      const targetFile = join(dirname(file), filePart);
      const target = load(targetFile)?.components?.[kind]?.[name];
      if (target === undefined) throw new Error(`${file}: unresolved ref ${ref}`);
      copied.add(`${kind}/${name}`);
      root.components[kind][name] = rewrite(target, targetFile);
    }
  }
  const { components, ...rest } = root;
  const bundled = rewrite(rest, file) as OpenApiDocument;
  const ownComponents = rewrite(components, file);
  // Own components first, then those copied from shared files while rewriting.
  bundled.components = mergeComponents(ownComponents, root.components);
  return bundled;
}

function mergeComponents(a: Json, b: Json): Json {
  const out: Json = {};
  for (const source of [a, b]) {
    for (const [kind, entries] of Object.entries(source ?? {})) {
      out[kind] = { ...(out[kind] ?? {}), ...(entries as object) };
    }
  }
  return out;
}

/** The one document served at /openapi.json: every module's paths, tagged by module. */
export function bundleAllContracts(openapiDir: string): OpenApiDocument {
  const combined: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: 'Assessment API platform',
      version: '1.0.0',
      description: readFileSync(join(openapiDir, 'README.md'), 'utf8'),
    },
    servers: [{ url: '/', description: 'The server that serves this document (the sandbox is http://localhost:3000 after npm start).' }],
    tags: [],
    paths: {},
    components: {},
  };
  for (const module of CONTRACT_MODULES) {
    const doc = bundleContract(join(openapiDir, `${module}.yaml`));
    combined.tags!.push(...(doc.tags ?? []));
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      if (combined.paths[path]) throw new Error(`${module}.yaml: path ${path} is also in another contract`);
      combined.paths[path] = item;
    }
    for (const [kind, entries] of Object.entries(doc.components ?? {})) {
      combined.components![kind] ??= {};
      for (const [name, value] of Object.entries(entries)) {
        const existing = combined.components![kind][name];
        if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(value)) {
          throw new Error(`${module}.yaml: component ${kind}/${name} differs from another contract's`);
        }
        combined.components![kind][name] = value;
      }
    }
  }
  return combined;
}
