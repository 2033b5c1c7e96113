import type { MainEventName, MainEvents } from '../common/api/contract'

/** Receives every event main publishes; each transport subscribes one to forward events to its pages. */
export type EventListener = <E extends MainEventName>(name: E, payload: MainEvents[E]) => void

/** Services publish facts here; transports forward them. Services never know who is listening. */
export class EventBus {
  private readonly listeners = new Set<EventListener>()

  /** Publish an event to every subscriber. A failing subscriber does not stop the others. */
  emit<E extends MainEventName>(name: E, payload: MainEvents[E]): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload)
      } catch (error) {
        console.error(`[marginalia] event '${name}' listener failed:`, error)
      }
    }
  }

  /** Subscribe; returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
