import type { TranslationOf } from '../catalogue'
import type { en } from '../en'
import { annotations } from './annotations'
import { drafts } from './drafts'
import { errors } from './errors'
import { importing } from './importing'
import { library } from './library'
import { reader } from './reader'
import { search } from './search'
import { exportDialog } from './export'
import { settings } from './settings'
import { shell } from './shell'
import { tags } from './tags'
import { study } from './study'
import { team } from './team'

/** The Vietnamese catalogue; the compiler checks it has every English key. */
export const vi: TranslationOf<typeof en> = {
  shell,
  settings,
  errors,
  library,
  reader,
  importing,
  annotations,
  drafts,
  tags,
  search,
  export: exportDialog,
  study,
  team,
}
