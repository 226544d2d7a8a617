"""Tables as a reader sees them: figure rows with links and values in 万/亿, and their CSV.
Pure functions over the DataFrames of dashboard.queries."""

from __future__ import annotations

import pandas as pd

from dashboard.fmt import exact_text, format_figure, is_missing, page_href

FIGURE_COLUMNS = ("value", "value_high", "unit", "measure", "basis")  # what format_figure reads
CSV_COLUMNS = ("fact_id", "mention", "value", "value_high", "unit", "kind", "approx", "measure", "basis", "metric",
               "region_code", "region_name", "period", "topic_name", "doc_name")


def figure_table(rows: pd.DataFrame) -> pd.DataFrame:
    """Figure rows (queries.figure_rows) as shown: the mention linking to its fact page, the value in 万/亿,
    metric, region, period, topic, document and the sentence (private identifiers come masked from the serving
    copy)."""
    return pd.DataFrame({
        "数字": [page_href("fact", m, id=i) for i, m in zip(rows["fact_id"], rows["mention"])],
        "数值": [format_figure(r) for r in rows[list(FIGURE_COLUMNS)].to_dict("records")],
        "指标": rows["metric"],
        "地区": rows["region_name"],
        "时间": rows["period"].fillna("—"),
        "主题": rows["topic_name"],
        "文档": rows["doc_name"],
        "原句": rows["sentence"],
    })


def csv_bytes(rows: pd.DataFrame, shown: pd.DataFrame) -> bytes:
    """What the table shows, with exact values, ids and links, as CSV in UTF-8 with a BOM (Excel reads it)."""
    export = rows[list(CSV_COLUMNS)].assign(
        value=[exact_text(v) for v in rows["value"]],
        value_high=["" if is_missing(v) else exact_text(v) for v in rows["value_high"]],
        display=shown["数值"].to_numpy(),
        sentence=shown["原句"].to_numpy(),
        url=[page_href("fact", id=i) for i in rows["fact_id"]],
    )
    return export.to_csv(index=False).encode("utf-8-sig")
