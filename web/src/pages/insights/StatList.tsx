/** Numbers side by side, each under its name ("NPS 40.0", "Completion rate 83.3%"). */
export function StatList({ items }: { items: readonly { label: string; value: string }[] }) {
  return (
    <dl className="stat-list">
      {items.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
