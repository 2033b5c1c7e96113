/**
 * The contract between the renderer and main: every call the renderer can make and every event main can send.
 * Each domain keeps its part in its own file (`<domain>Api.ts`); this module joins them. Both transports (Electron
 * IPC and the browser host) validate arguments against `mainApiArgs` before a handler runs.
 */
import type { ArgSchemas, Client, Handlers } from './callMap'
import { appArgs, type AppApi, type AppEvents } from './appApi'
import { settingsArgs, type SettingsApi, type SettingsEvents } from './settingsApi'
import { documentsArgs, type DocumentsApi, type DocumentsEvents } from './documentsApi'
import { annotationsArgs, type AnnotationsApi, type AnnotationsEvents } from './annotationsApi'
import { tagsArgs, type TagsApi, type TagsEvents } from './tagsApi'
import { searchArgs, type SearchApi, type SearchEvents } from './searchApi'
import { exportArgs, type ExportApi, type ExportEvents } from './exportApi'
import { draftsArgs, type DraftsApi, type DraftsEvents } from './draftsApi'
import { studyArgs, type StudyApi, type StudyEvents } from './studyApi'
import { teamArgs, type TeamApi, type TeamEvents } from './teamApi'

/** Calls from the renderer to main. */
export type MainApi = AppApi &
  SettingsApi &
  DocumentsApi &
  DraftsApi &
  AnnotationsApi &
  TagsApi &
  SearchApi &
  ExportApi &
  StudyApi &
  TeamApi

/** Events from main to the renderer. Names are facts: `<domain>.did<Something>`. */
export type MainEvents = AppEvents &
  SettingsEvents &
  DocumentsEvents &
  DraftsEvents &
  AnnotationsEvents &
  TagsEvents &
  SearchEvents &
  ExportEvents &
  StudyEvents &
  TeamEvents

/** Argument validators for every channel; the compiler keeps this complete. */
export const mainApiArgs: ArgSchemas<MainApi> = {
  ...appArgs,
  ...settingsArgs,
  ...documentsArgs,
  ...draftsArgs,
  ...annotationsArgs,
  ...tagsArgs,
  ...searchArgs,
  ...exportArgs,
  ...studyArgs,
  ...teamArgs,
}

export type MainApiChannel = keyof MainApi
export type MainEventName = keyof MainEvents
export type MainApiHandlers = Handlers<MainApi>
export type MainApiClient = Client<MainApi>

/** True when `channel` names a call in the contract. */
export function isMainApiChannel(channel: string): channel is MainApiChannel {
  return Object.hasOwn(mainApiArgs, channel)
}
