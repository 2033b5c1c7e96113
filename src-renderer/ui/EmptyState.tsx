/** A calm message in an empty area telling the user what to do next. */
export function EmptyState({ title, hint }: { title: string; hint: string }) {
  return (
    <div className="empty-state" role="status">
      <p className="empty-state__title">{title}</p>
      <p className="empty-state__hint">{hint}</p>
    </div>
  )
}
