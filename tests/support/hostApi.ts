import type { CallResult } from '../../src-main/common/api/callResult'
import type { MainApi, MainApiChannel } from '../../src-main/common/api/contract'
import type { RunningHost } from './browserHost'

/**
 * Call the running browser host's API the way the page does (POST with the token), for setting up a scene that
 * the test is not about. Plain JSON arguments only (no file bytes).
 */
export async function callHost<C extends MainApiChannel>(
  host: RunningHost,
  channel: C,
  ...args: Parameters<MainApi[C]>
): Promise<ReturnType<MainApi[C]>> {
  const response = await fetch(`${host.origin}/api/call/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ args }),
  })
  const result = (await response.json()) as CallResult<ReturnType<MainApi[C]>>
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
  return result.value
}
