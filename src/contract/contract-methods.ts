import { HTTP_METHODS, type OpenApiDocument } from './contract-document.js';

/**
 * The methods the contract serves at a concrete path, for answering 405 with `Allow` instead of
 * 404 when a known resource is called with a method it does not take. HEAD is served wherever GET
 * is (the contract's introduction says so), and listed after it.
 */
export function contractMethods(document: OpenApiDocument): (path: string) => string[] {
  const templates = Object.entries(document.paths).map(([template, item]) => ({
    pattern: pathPattern(template),
    methods: HTTP_METHODS.filter((method) => item[method])
      .map((method) => method.toUpperCase())
      .flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method])),
  }));
  return (path) => [...new Set(templates.filter((t) => t.pattern.test(path)).flatMap((t) => t.methods))];
}

/** A path template (`/v1/things/{id}`) as a regular expression matching the concrete paths it serves. */
export function pathPattern(template: string): RegExp {
  return new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
}
