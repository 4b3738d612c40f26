import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * The promise of the pipeline: a parameter renamed in a contract, once regenerated, fails the build
 * until the controller follows. Runs the real generator and compiler on a copy of the project.
 */
describe('a contract change the code does not follow breaks the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contract-change-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renaming trfNumber in openapi/ielts.yaml fails compilation where the controller reads it', () => {
    for (const entry of ['src', 'tools', 'openapi', 'tsconfig.json', 'tsconfig.build.json', 'tsconfig.tools.json', 'package.json']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const contract = join(dir, 'openapi', 'ielts.yaml');
    const original = readFileSync(contract, 'utf8');
    expect(original).toContain('- name: trfNumber');
    writeFileSync(contract, original.replace('- name: trfNumber', '- name: certificateNumber'));

    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.tools.json'], { cwd: dir });
    execFileSync(process.execPath, [join(dir, 'dist-tools', 'tools', 'openapi-codegen', 'cli.js'), dir], { cwd: dir });
    expect(readFileSync(join(dir, 'src', 'ielts', 'generated', 'ielts.dto.ts'), 'utf8')).toContain('certificateNumber?: string;');

    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noEmit'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/src\/ielts\/result-verification-query\.ts.*Property 'trfNumber' does not exist/);
  }, 180_000);
});
