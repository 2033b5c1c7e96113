import { errors } from './errors'
import { search } from './search'
import { settings } from './settings'
import { shell } from './shell'

/** The English catalogue: one section per feature, each in its own file. */
export const en = { shell, settings, errors, search }
