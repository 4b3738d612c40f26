import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiDocument } from '../../src/contract/contract-document.js';
import { ClassCollector, renderClass } from './schema-classes.js';
import { collectOperations, renderTagController } from './operations.js';
import { assertEnforceable } from './enforceable.js';
import { renderParameterParsers } from './parameter-parsers.js';

export interface GeneratedFile {
  path: string;
  source: string;
}

/** Generates the DTO classes and the per-tag controller contracts of one module contract, bundled (all refs local). */
export function generateModule(doc: OpenApiDocument, moduleName: string): GeneratedFile[] {
  assertEnforceable(doc);
  const components = doc.components?.schemas ?? {};
  const collector = new ClassCollector(components);
  for (const [name, schema] of Object.entries<Record<string, any>>(components)) collector.addComponent(name, schema);
  const operations = collectOperations(doc, collector);
  const dtoFile = `${moduleName}.dto.ts`;
  const files: GeneratedFile[] = [];
  const classes = collector.ordered();
  if (classes.length > 0) {
    const validators = [
      'ArrayMaxSize',
      'ArrayMinSize',
      'IsArray',
      'IsBoolean',
      'IsDefined',
      'IsIn',
      'IsInt',
      'IsNumber',
      'IsObject',
      'IsOptional',
      'IsString',
      'Matches',
      'Max',
      'MaxLength',
      'Min',
      'MinLength',
      'ValidateIf',
      'ValidateNested',
    ];
    const body = classes.map((spec) => renderClass(collector, spec)).join('\n\n');
    const used = validators.filter((v) => new RegExp(`@${v}\\(`).test(body));
    const transformers = ['Transform', 'Type'].filter((t) => new RegExp(`@${t}\\(`).test(body));
    const imports = [
      `import { ApiProperty } from '@nestjs/swagger';`,
      transformers.length ? `import { ${transformers.join(', ')} } from 'class-transformer';` : '',
      used.length ? `import { ${used.join(', ')} } from 'class-validator';` : '',
      contractValidatorImport(body),
    ].filter(Boolean);
    files.push({
      path: dtoFile,
      source: `// Generated from openapi/${moduleName}.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.\n${imports.join('\n')}\n\n${body}\n`,
    });
  }
  const parametersFile = `${moduleName}.parameters.ts`;
  const parsers = renderParameterParsers(collector, classes, moduleName, dtoFile);
  if (parsers) files.push({ path: parametersFile, source: parsers });
  const tags = [...new Set(operations.map((op) => op.tag))];
  for (const tag of tags) {
    const { file, source } = renderTagController(
      moduleName,
      tag,
      operations.filter((op) => op.tag === tag),
      dtoFile,
      parametersFile,
    );
    files.push({ path: file, source });
  }
  return files;
}

/** Writes a module's generated folder anew, so that files of removed tags disappear. */
export function writeGenerated(outDir: string, files: GeneratedFile[]): void {
  mkdirSync(outDir, { recursive: true });
  for (const existing of readdirSync(outDir)) rmSync(join(outDir, existing));
  for (const file of files) writeFileSync(join(outDir, file.path), file.source);
}

const CONTRACT_VALIDATORS = ['CredentialField', 'IsContractFormat', 'IsMultipleOf', 'fromJsonString', 'toBooleanParameter', 'toIntegerParameter'];

function contractValidatorImport(body: string): string {
  const used = CONTRACT_VALIDATORS.filter((name) => new RegExp(`\\b${name}\\(`).test(body));
  return used.length ? `import { ${used.join(', ')} } from '../../contract/validators.js';` : '';
}
