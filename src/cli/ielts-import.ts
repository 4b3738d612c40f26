import { extname } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { importResults, readImportRecords, type ImportFormat } from '../ielts/result-import.js';
import { ResultIngestService } from '../ielts/result-ingest.service.js';
import { IeltsModule } from '../ielts/ielts.module.js';
import { withCliContext } from './cli-context.js';
import { runCommand } from './run-command.js';

// npm run ielts:import -- FILE [--format ndjson|csv]: loads IELTS results; exits 3 when rows failed.
async function main(): Promise<number> {
  const [file, flag, value] = process.argv.slice(2);
  if (!file) {
    console.error('Usage: npm run ielts:import -- FILE.ndjson|FILE.csv [--format ndjson|csv]');
    return 2;
  }
  const format = (flag === '--format' ? value : extname(file).slice(1).toLowerCase()) as ImportFormat;
  if (format !== 'ndjson' && format !== 'csv') {
    console.error('The format is ndjson or csv (from --format or the file extension)');
    return 2;
  }
  const report = await withCliContext(loadConfig(), [IeltsModule], (context) =>
    importResults(readImportRecords(file, format), context.get(ResultIngestService)),
  );
  for (const error of report.errors) {
    for (const problem of error.problems)
      console.log(`row ${error.row}${error.trfNumber ? ` (${error.trfNumber})` : ''}: ${problem.field}: ${problem.message}`);
  }
  console.log(
    `${report.rows} rows: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.shares} new shares, ${report.failed} failed`,
  );
  return report.failed > 0 ? 3 : 0;
}

runCommand(main);
