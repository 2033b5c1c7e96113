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

/** The English catalogue: one section per feature, each in its own file. */
export const en = {
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
