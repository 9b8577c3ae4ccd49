const ROWS = ["first", "second", "third", "fourth", "fifth", "sixth"];

export function SkeletonList({ rows = 3, label }: { rows?: number; label: string }) {
  return (
    <div className="skeleton-list" role="status" aria-busy="true" aria-label={label}>
      {ROWS.slice(0, rows).map((row) => (
        <div className="skeleton-row" key={row}>
          <div className="skeleton-line skeleton-short" />
          <div className="skeleton-line" />
        </div>
      ))}
    </div>
  );
}
