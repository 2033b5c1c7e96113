import type { TranslationOf } from '../catalogue'
import type { en } from '../en'
import { errors } from './errors'
import { exportDialog } from './export'
import { settings } from './settings'
import { shell } from './shell'

/** The Vietnamese catalogue; the compiler checks it has every English key. */
export const vi: TranslationOf<typeof en> = { shell, settings, errors, export: exportDialog }
