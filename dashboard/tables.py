"""Tables as a reader sees them: figure rows with links, the value as a number (it sorts) beside the value as
written (5%左右, 60万人以上), document titles; and downloads of every matching row, CSV (UTF-8 with a BOM, which Excel
reads) or Parquet, written batch by batch as DuckDB reads them. Pure functions over dashboard.queries' results."""

from __future__ import annotations

import io
from typing import BinaryIO

import pandas as pd

from dashboard.fmt import exact_text, format_figure, is_missing, label, page_href, period_label

FIGURE_COLUMNS = ("value", "value_high", "unit", "approx", "measure", "basis")  # what format_figure reads
TABLE_ROWS = 200  # rows of a table of matching figures shown on a page; the downloads hold every matching row


def _link(page: str, text: object, **params: str) -> str | None:
    return None if is_missing(text) else page_href(page, str(text), **params)


def figure_table(rows: pd.DataFrame) -> pd.DataFrame:
    """Figure rows (queries.figure_rows) as shown: the mention linking to its fact page, the value as a number and
    as written, the sentence (private identifiers come masked from the serving copy), indicator (linking to its
    page), status, region, period, metric, topic and the document's title (linking to the document page, whose
    address carries its id)."""
    records = rows.to_dict("records")
    return pd.DataFrame({
        "数字": [page_href("fact", r["mention"], id=r["fact_id"]) for r in records],
        "数值": rows["number"],
        "写法": [format_figure(r) for r in records],
        "原句": rows["sentence"],
        "指标": [_link("indicator", r["indicator_name"], id=r["indicator"]) for r in records],
        "状态": [label("status", s) or "—" for s in rows["status"]],
        "地区": rows["region_name"],
        "时间": [period_label(p) or "—" for p in rows["period"]],
        "描述": rows["metric"],
        "主题": rows["topic_name"],
        "文档": [page_href("document", _title(r), id=r["doc_id"]) for r in records],
    })


def _title(row: dict) -> str:
    title = row.get("doc_title")
    return str(title) if not is_missing(title) and str(title).strip() else str(row["doc_name"])


def _extra_columns(batch) -> dict[str, list[str]]:
    """What a download adds to the warehouse's columns: the value as written and the address of the fact page."""
    columns = batch.to_pydict()
    rows = [dict(zip(FIGURE_COLUMNS, values)) for values in zip(*(columns[c] for c in FIGURE_COLUMNS))]
    return {"display": [format_figure(r) for r in rows],
            "url": [page_href("fact", id=i) for i in columns["fact_id"]]}


def csv_file(reader) -> BinaryIO:
    """Every row of a pyarrow RecordBatchReader (queries.export_reader) as CSV in UTF-8 with a BOM: exact values
    as plain digits, the value as written (display) and the fact page's address (url) added."""
    out = io.BytesIO()  # Streamlit keeps a download in memory whatever it is handed (bytes or a BytesIO)
    out.write("\ufeff".encode())
    header = True
    for batch in reader:
        frame = batch.to_pandas()
        extra = _extra_columns(batch)
        frame = frame.assign(
            value=[exact_text(v) for v in frame["value"]],
            value_high=["" if is_missing(v) else exact_text(v) for v in frame["value_high"]],
            **extra,
        )
        out.write(frame.to_csv(index=False, header=header).encode("utf-8"))
        header = False
    if header:  # no rows: the header alone
        out.write(pd.DataFrame(columns=[f.name for f in reader.schema] + ["display", "url"]).to_csv(index=False)
                  .encode("utf-8"))
    out.seek(0)
    return out


def parquet_file(reader) -> BinaryIO:
    """Every row of a pyarrow RecordBatchReader as Parquet: exact values as decimal(38,10), the value as written
    and the fact page's address added."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = io.BytesIO()
    schema = reader.schema.append(pa.field("display", pa.string())).append(pa.field("url", pa.string()))
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for batch in reader:
            extra = _extra_columns(batch)
            arrays = batch.columns + [pa.array(extra["display"], pa.string()), pa.array(extra["url"], pa.string())]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
    out.seek(0)
    return out
