/**
 * A child process for the killed-indexing test: opens the library through the real store and indexes the queued
 * text slice by slice with the app's indexer, printing `indexed N` (the queue's next block) after each committed
 * slice. The parent kills it with SIGKILL part-way.
 */
import { openStore } from '../../src-main/db/openStore'
import { SearchTextQueueRepository } from '../../src-main/db/repositories/searchTextQueueRepository'
import { EventBus } from '../../src-main/services/eventBus'
import { SearchTextIndexer } from '../../src-main/services/searchTextIndexer'
import { transactionOn } from '../../src-main/services/transaction'

const [databasePath] = process.argv.slice(2)
if (!databasePath) throw new Error('usage: indexingWorker DB_PATH')

const store = openStore({ path: databasePath })
const queue = new SearchTextQueueRepository(store.db)
// Small slices, so that the kill lands between two of them or inside one, never after the last.
const indexer = new SearchTextIndexer(queue, transactionOn(store.db), new EventBus(), {
  sliceMs: 1,
  clearBatch: 20,
  settleMs: 0,
})

const indexSome = async () => {
  while (indexer.indexSlice()) {
    process.stdout.write(`indexed ${queue.first()?.nextBlock ?? 'all'}\n`)
    await new Promise((resolve) => setImmediate(resolve))
  }
  process.stdout.write('done\n')
}
void indexSome()
