import type { z } from 'zod'

/** A map from channel name to the function signature the renderer sees (results arrive as promises). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CallMap = Record<string, (...args: any[]) => unknown>

/** One zod tuple per channel: the arguments are validated against it before any handler runs. */
export type ArgSchemas<M extends CallMap> = { [K in keyof M]: z.ZodType<Parameters<M[K]>> }

/** Main-side implementations of a call map: plain functions that know nothing of the transport. */
export type Handlers<M extends CallMap> = {
  [K in keyof M]: (...args: Parameters<M[K]>) => Awaited<ReturnType<M[K]>> | Promise<Awaited<ReturnType<M[K]>>>
}

/** What the renderer calls: every channel answers with a promise. */
export type Client<M extends CallMap> = {
  [K in keyof M]: (...args: Parameters<M[K]>) => Promise<Awaited<ReturnType<M[K]>>>
}
