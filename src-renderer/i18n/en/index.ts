import { errors } from './errors'
import { exportDialog } from './export'
import { settings } from './settings'
import { shell } from './shell'

/** The English catalogue: one section per feature, each in its own file. */
export const en = { shell, settings, errors, export: exportDialog }
