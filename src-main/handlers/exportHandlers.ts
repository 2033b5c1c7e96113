import type { Handlers } from '../common/api/callMap'
import type { ExportApi } from '../common/api/exportApi'
import type { ExchangeService } from '../services/exchangeService'
import type { ExportService } from '../services/exportService'

/** export.* and exchange.* calls. */
export function createExportHandlers(exports: ExportService, exchange: ExchangeService): Handlers<ExportApi> {
  return {
    'export.run': (request) => exports.run(request),
    'export.cancel': (jobId) => exports.cancel(jobId),
    'exchange.importW3c': (documentId, file) => exchange.importW3c(documentId, file.bytes),
  }
}
