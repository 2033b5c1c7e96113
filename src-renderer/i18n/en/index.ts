import { errors } from './errors'
import { importing } from './importing'
import { library } from './library'
import { reader } from './reader'
import { search } from './search'
import { settings } from './settings'
import { shell } from './shell'

/** The English catalogue: one section per feature, each in its own file. */
export const en = { shell, settings, errors, library, reader, importing, search }
