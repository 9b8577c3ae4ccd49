import { useId, useState } from "react";
import { formatDay, formatNumber } from "../../../lib/format";
import { saveBlob } from "./analytics-api";
import { useAnalyticsTranslation } from "./analytics-i18n";

export type Cell = string | number | null;

/** Text a spreadsheet would run as a formula gets a leading `'` (as the API's export does). */
const neutralise = (value: Cell) =>
  typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

export function toCsv(columns: string[], rows: Cell[][]): string {
  const field = (value: Cell) => {
    const text = value === null ? "" : String(neutralise(value));
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[columns, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

export type ChartKind = "columns" | "bars" | "heatmap";

/**
 * One figure: a small CSS chart (no chart library: bars and a grid are a few divs, and they
 * follow the page's direction in RTL), the same data as a table, and a CSV download.
 * `rows[i][0]` is the label, `rows[i][valueColumn]` the value drawn.
 */
export function ChartCard({
  title,
  columns,
  rows,
  kind,
  valueColumn = 1,
  file,
}: {
  title: string;
  columns: string[];
  rows: Cell[][];
  kind: ChartKind;
  valueColumn?: number;
  file: string;
}) {
  const { t, locale } = useAnalyticsTranslation();
  const [table, setTable] = useState(false);
  const id = useId();
  const values = rows.map((row) =>
    typeof row[valueColumn] === "number" ? (row[valueColumn] as number) : 0,
  );
  const max = Math.max(
    1,
    ...(kind === "heatmap" ? rows.flatMap((r) => r.slice(1) as number[]) : values),
  );
  // What the reader sees: numbers in their digits, dates in their calendar; the CSV keeps the
  // raw values (ISO dates, plain numbers) for the spreadsheet.
  const show = (value: Cell) =>
    value === null
      ? t("none")
      : typeof value === "number"
        ? formatNumber(value, locale)
        : formatDay(value, locale);

  return (
    <section className="card analytics-card" aria-labelledby={`${id}-title`}>
      <header className="analytics-card-header">
        <h3 id={`${id}-title`}>{title}</h3>
        <div className="analytics-card-tools">
          <button
            type="button"
            className="button"
            onClick={() => setTable(!table)}
            aria-pressed={table}
          >
            {table ? t("chart.showChart") : t("chart.showTable")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              saveBlob(
                new Blob([toCsv(columns, rows)], { type: "text/csv;charset=utf-8" }),
                `${file}.csv`,
              )
            }
          >
            {t("chart.download")}
          </button>
        </div>
      </header>
      {rows.length === 0 ? (
        <p className="hint">{t("chart.empty")}</p>
      ) : (
        <>
          {/* The table is always there for screen readers; the chart only draws it. */}
          <div className={table ? "analytics-table-wrap" : "visually-hidden"}>
            <table className="analytics-table">
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional figures
                  <tr key={i}>
                    {row.map((cell, j) =>
                      j === 0 ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                        <th key={j} scope="row">
                          {show(cell)}
                        </th>
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                        <td key={j}>{show(cell)}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {table ? null : kind === "heatmap" ? (
            <div className="analytics-heatmap" aria-hidden="true">
              {rows.map((row) => (
                <div key={String(row[0])} className="analytics-heatmap-row">
                  <span className="analytics-heatmap-label">{row[0]}</span>
                  {row.slice(1).map((cell, hour) => (
                    <span
                      // biome-ignore lint/suspicious/noArrayIndexKey: 24 fixed hours
                      key={hour}
                      className="analytics-heatmap-cell"
                      style={{ opacity: 0.08 + (0.92 * (cell as number)) / max }}
                      title={`${row[0]} ${columns[hour + 1] ?? hour} — ${show(cell)}`}
                    />
                  ))}
                </div>
              ))}
            </div>
          ) : kind === "columns" ? (
            <div className="analytics-columns" aria-hidden="true">
              {rows.map((row, i) => (
                <span
                  key={String(row[0])}
                  className="analytics-column"
                  style={{ blockSize: `${((values[i] as number) / max) * 100}%` }}
                  title={`${show(row[0] ?? null)}: ${show(row[valueColumn] ?? null)}`}
                />
              ))}
            </div>
          ) : (
            <ul className="analytics-bars" aria-hidden="true">
              {rows.map((row, i) => (
                <li key={String(row[0])}>
                  <span className="analytics-bar-label">{show(row[0] ?? null)}</span>
                  <span className="analytics-bar-track">
                    <span
                      className="analytics-bar"
                      style={{ inlineSize: `${((values[i] as number) / max) * 100}%` }}
                    />
                  </span>
                  <span className="analytics-bar-value">{show(row[valueColumn] ?? null)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
