import { useEffect, useState } from 'react'

/** Files dragged onto the window: true while they hover, and `onDrop` with them when let go. */
export function useFileDrop(onDrop: (files: File[]) => void): boolean {
  const [hovering, setHovering] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the window is really left.
    let depth = 0
    const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files')
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth++
      setHovering(true)
    }
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setHovering(false)
    }
    const onDropEvent = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      // Never let the browser navigate to a dropped file.
      event.preventDefault()
      depth = 0
      setHovering(false)
      const files = Array.from(event.dataTransfer?.files ?? [])
      if (files.length > 0) onDrop(files)
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragover', onOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', onDropEvent)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', onDropEvent)
    }
  }, [onDrop])

  return hovering
}
