"""Indicator values as a reader sees them: a period placed on a time axis, the rows of a series chart, of a map and
bars of regional values, of the index of indicators and of a sources table. Pure functions over the DataFrames of
dashboard.queries (indicator_points, province_values, indicator_index, indicator_sources); no SQL, no Streamlit."""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from dashboard.fmt import PERIOD_CODE, format_figure, format_value, is_missing, label, page_href, period_label

TIP_CHARS = 90  # a sentence in a tooltip is cut to this many characters
_YEAR = re.compile(r"(\d{4})")


class Position(NamedTuple):
    """Where a period stands on an axis of years: from ``x`` to ``x2`` (equal for a point), of ``kind`` year (2025
    at 2025), part (2025-Q1, 2025-H2, 2025-03, 2025-01..05: a point inside 2025's slot, 2024.5 to 2025.5) or span (2021-2025)."""

    x: float
    x2: float
    kind: str


def period_position(period: object) -> Position | None:
    """The place of a period on a time axis; None for a period without a year."""
    if is_missing(period):
        return None
    text = str(period)
    code = PERIOD_CODE.fullmatch(text)
    if code is None:
        year = _YEAR.match(text)
        return Position(float(year[1]), float(year[1]), "part") if year else None
    year, to, quarter, quarter_to, half, month, month_to, _ = code.groups()
    if to:
        return Position(float(year), float(to), "span")
    if quarter:  # quarters, or quarters a..b
        x = int(year) - 0.5 + (int(quarter) - 1 + int(quarter_to or quarter)) / 8  # the middle of their slots
    elif half:
        x = int(year) - 0.5 + (int(half) - 0.5) / 2
    elif month:  # a month (a day's month), or the months a..b (2016-01..05)
        x = int(year) - 0.5 + (int(month) - 1 + int(month_to or month)) / 24
    else:
        return Position(float(year), float(year), "year")
    return Position(x, x, "part")


def _tip(sentence: object) -> str:
    text = "" if is_missing(sentence) else " ".join(str(sentence).split())
    return text if len(text) <= TIP_CHARS else text[: TIP_CHARS - 1] + "…"


def _source(row: dict) -> str:
    title = row.get("doc_title")
    return str(title) if not is_missing(title) and str(title).strip() else str(row.get("doc_name") or "")


def value_label(row: dict) -> str:
    """An indicator value as a reader writes it: 5%左右, 4.5–5%, 1.2万人以上 (in the indicator's unit)."""
    return format_value(row["value"], str(row["unit"]), row.get("value_high"), row.get("approx"))


def series_frame(points: pd.DataFrame) -> pd.DataFrame:
    """Rows of charts.series_chart from indicator_points rows of one region (and one unit): the period's place,
    the value and its range, status and its Chinese label, how the value reads, the sentence and document it comes
    from, the link to its fact page, and ``run`` numbering the stretches of consecutive years of outcomes (the line
    breaks between them)."""
    rows = []
    for row in points.to_dict("records"):
        where = period_position(row["period"])
        if where is None or row.get("period_basis") == "cumulative":
            continue  # a total over several years (增长102%, 1979-1986) is no point of a series of years
        status = label("status", row["status"])
        value = value_label(row)
        rows.append({
            "x": where.x, "x2": where.x2, "mid": (where.x + where.x2) / 2, "kind": where.kind,
            "number": row["number"], "number_high": None if is_missing(row["number_high"]) else row["number_high"],
            "status": row["status"], "status_label": status, "label": value, "period": row["period"],
            "period_label": period_label(row["period"]),
            "tip": _tip(row["sentence"]), "source": _source(row),
            "sources": f"{row['n_sources']}" + ("（数值不一致）" if row["conflict"] else ""),
            "conflict": bool(row["conflict"]), "href": page_href("fact", id=row["fact_id"]),
            "description": f"{period_label(row['period'])}{status} {value}",
        })
    frame = pd.DataFrame(rows, columns=["x", "x2", "mid", "kind", "number", "number_high", "status", "status_label",
                                        "label", "period", "period_label", "tip", "source", "sources", "conflict", "href",
                                        "description", "run"])
    return _with_runs(frame)


def _with_runs(frame: pd.DataFrame) -> pd.DataFrame:
    """Number the stretches of consecutive years of outcomes (run); other rows get 0."""
    frame = frame.sort_values(["x", "status"], ignore_index=True)
    runs, run, previous = [], 0, None
    for kind, status, x in zip(frame["kind"], frame["status"], frame["x"]):
        if kind == "year" and status == "actual":
            if previous is None or x - previous > 1:
                run += 1
            previous = x
            runs.append(run)
        else:
            runs.append(0)
    return frame.assign(run=runs)


def region_frame(values: pd.DataFrame) -> pd.DataFrame:
    """Rows of the map (charts.china_map) and bars (charts.value_bars) from province_values rows: code, name,
    value, number, number_high, label, href (the fact page of the figure the value comes from), tip, source."""
    records = values.to_dict("records")
    return pd.DataFrame({
        "code": values["region_code"],
        "name": values["region_name"],
        "value": values["number"],
        "number": values["number"],
        "number_high": values["number_high"],
        "label": [value_label(r) for r in records],
        "href": [page_href("fact", id=i) for i in values["fact_id"]],
        "tip": [_tip(s) for s in values["sentence"]],
        "source": [_source(r) for r in records],
    })


class Moment(NamedTuple):
    """A period and status in which regions give values of an indicator (what its map shows)."""

    period: str
    status: str

    @property
    def key(self) -> str:
        """How it is written in the URL: 2026:target."""
        return f"{self.period}:{self.status}"

    @classmethod
    def parse(cls, key: object) -> Moment | None:
        if not isinstance(key, str) or ":" not in key:
            return None
        period, status = key.rsplit(":", 1)
        return cls(period, status)


def moment_label(period: str, status: str, regions: int | None = None) -> str:
    """2026年目标（28）"""
    count = f"（{regions}）" if regions is not None else ""
    return f"{period_label(period)}{label('status', status)}{count}"


def moment_label_before(period: str, status: str) -> str:
    """How a moment was shown (and so written into links) before periods were shown in words: 2025 实际."""
    return f"{period} {label('status', status)}"


def default_moment(moments: pd.DataFrame) -> Moment | None:
    """Which period and status a map shows first: the newest whose values cover at least half as many provinces as
    the best covered one (a new year's targets, once most provinces have set them), else the best covered."""
    if moments.empty:
        return None
    enough = moments[moments["provinces"] * 2 >= moments["provinces"].max()]
    first = enough.iloc[0]  # moments come newest first
    return Moment(str(first["period"]), str(first["status"]))


def index_table(index: pd.DataFrame) -> pd.DataFrame:
    """The list of indicators (/indicators) from queries.indicator_index: a link to each indicator's page, its
    topic and unit, its latest national value (linked to its figure), the newest provincial period, a sparkline of
    the national outcomes, and how many values and sources it has."""
    rows = []
    for row in index.to_dict("records"):
        national = ""
        if not is_missing(row["national_value"]):
            value = format_value(row["national_value"], str(row["national_unit"]), row["national_value_high"],
                                 row["national_approx"])
            national = f"{value}（{period_label(row['national_period'])}{label('status', row['national_status'])}）"
        provincial = span = ""
        if not is_missing(row["provincial_period"]):
            provincial = moment_label(row["provincial_period"], row["provincial_status"], int(row["provinces"]))
            low, high = (format_value(row[c], str(row["unit"])) for c in ("provincial_low", "provincial_high"))
            span = low if low == high else f"{low} 至 {high}"
        spark = row["spark"]
        rows.append({
            "指标": page_href("indicator", row["name"], id=row["indicator"]),
            "主题": row["topic_name"],
            "单位": row["unit"],
            "全国最新": national,
            "全国出处": page_href("fact", "查看原句", id=row["national_fact_id"])
            if not is_missing(row["national_fact_id"]) else None,
            "各省最新（省份数）": provincial,
            "各省数值": span,
            "全国历年实际": list(spark) if isinstance(spark, (list, tuple)) or hasattr(spark, "tolist") else [],
            "数值": int(row["points"]),
            "来源": int(row["sources"]),
            "地区": int(row["regions"]),
        })
    return pd.DataFrame(rows)


def sources_table(sources: pd.DataFrame) -> pd.DataFrame:
    """The figures behind an indicator's values (queries.indicator_sources) as shown: each linked to its fact page
    with the value as written, period, status, the number for sorting, document title (linked to the document),
    sentence, and whether the sources of that value disagree."""
    records = sources.to_dict("records")
    return pd.DataFrame({
        "数字": [page_href("fact", format_figure(r), id=r["fact_id"]) for r in records],
        "时间": [period_label(p) or "—" for p in sources["period"]],
        "类型": [label("status", s) or "—" for s in sources["status"]],
        "数值": sources["number"],
        "单位": sources["unit"],
        "原句": sources["sentence"],
        "文档": [page_href("document", _source(r), id=r["doc_id"]) for r in records],
        "来源不一致": sources["conflict"].astype(bool),
    })


# --- one indicator's values, as taken from queries.indicator_points -------------------------------------------------


def regions_of(points: pd.DataFrame) -> pd.DataFrame:
    """Regions with values, the country first, then provinces, cities and counties by how many values they have:
    region_code, name, level, points."""
    order = {"country": 0, "province": 1, "city": 2, "county": 3}
    grouped = (points.groupby("region_code", as_index=False)
               .agg(name=("region_name", "first"), level=("region_level", "first"), points=("period", "size")))
    grouped = grouped.assign(rank=grouped["level"].map(order).fillna(4))
    return grouped.sort_values(["rank", "points", "region_code"], ascending=[True, False, True],
                               ignore_index=True).drop(columns="rank")


def moments_of(points: pd.DataFrame) -> pd.DataFrame:
    """Periods and statuses in which provinces give values: single years (and parts of years) newest first, then
    the best covered; multi-year periods after them: period, status, year, provinces."""
    provincial = points[points["region_level"] == "province"]
    if provincial.empty:
        return pd.DataFrame(columns=["period", "status", "year", "provinces"])
    grouped = (provincial.groupby(["period", "status"], as_index=False)
               .agg(year=("year", "max"), provinces=("region_code", "nunique")))
    spans = [position is not None and position.kind == "span" for position in map(period_position, grouped["period"])]
    grouped = grouped.assign(span=spans)
    return grouped.sort_values(["span", "year", "provinces", "period", "status"],
                               ascending=[True, False, False, False, True], ignore_index=True,
                               na_position="last").drop(columns="span")


def provincial(points: pd.DataFrame, moment: Moment) -> pd.DataFrame:
    """Each province's own value in one period and status (never a sum of its cities), largest first."""
    chosen = points[(points["region_level"] == "province") & (points["period"] == moment.period)
                    & (points["status"] == moment.status)]
    return chosen.sort_values(["number", "region_code"], ascending=[False, True], ignore_index=True)


def units_of(points: pd.DataFrame, main_unit: str) -> list[str]:
    """The units an indicator's values come in, its own first (a currency kept apart, 美元 beside 元, after it)."""
    units = list(dict.fromkeys(points["unit"]))
    return sorted(units, key=lambda unit: unit != main_unit)
