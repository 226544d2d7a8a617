"""Every SQL statement the dashboard runs. Pure functions: a DuckDB connection (or cursor) in, a DataFrame out.

The dashboard knows the warehouse only through its SQL surface (warehouse/schema/*.sql): rows shown to a reader
come from the `facts` view, values of indicators from `indicator_points` (40_dashboard.sql, over indicator_series),
and counts from the `figures` table (a count needs none of the view's joins). Every value is a bound parameter.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace

import duckdb
import pandas as pd


COUNTRY = "000000"


@dataclass(frozen=True, slots=True)
class Filters:
    """What the overview is narrowed to. Codes and slugs, never labels; None means no filter.

    ``province`` is a province code (510000) or COUNTRY for figures about the whole country; ``city`` a
    region directly under that province (a city, or a district of a municipality); ``year`` the year of the
    figure's period (warehouse macro period_year); ``text`` words its sentence contains.
    """

    province: str | None = None
    city: str | None = None
    topic: str | None = None
    kind: str | None = None
    unit: str | None = None
    year: int | None = None
    period: str | None = None
    doc_id: str | None = None
    indicator: str | None = None
    status: str | None = None
    text: str | None = None

    def without(self, *names: str) -> Filters:
        return replace(self, **{name: None for name in names})

    def any(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))


# Filters that are a column of `figures` compared for equality.
_EQUAL = ("topic", "kind", "unit", "period", "doc_id", "indicator", "status")


def where(filters: Filters, alias: str = "f") -> tuple[str, list[object]]:
    """A `where` clause over the figures table (or the facts view) named ``alias``, with its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if filters.province == COUNTRY:
        clauses.append(f"{alias}.region_code = ?")
        params.append(COUNTRY)
    elif filters.province is not None:
        clauses.append(f"{alias}.region_code <> ? and left({alias}.region_code, 2) = left(?, 2)")
        params += [COUNTRY, filters.province]
    if filters.city is not None:
        clauses.append(
            f"{alias}.region_code in (select region_code from regions where region_code = ? or parent_code = ?)"
        )
        params += [filters.city, filters.city]
    for column in _EQUAL:
        value = getattr(filters, column)
        if value is not None:
            clauses.append(f"{alias}.{column} = ?")
            params.append(value)
    if filters.year is not None:
        clauses.append(f"period_year({alias}.period) = ?")
        params.append(int(filters.year))
    if filters.text:
        clauses.append(f"{alias}.sentence_id in (select sentence_id from sentences where contains(text, ?))")
        params.append(filters.text)
    return ("where " + " and ".join(clauses)) if clauses else "", params


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | tuple[object, ...] = ()) -> pd.DataFrame:
    return con.execute(sql, list(params)).df()


# --- overview: counts -----------------------------------------------------------------------------------------


def counts(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """One row: documents, figures, regions, topics among the figures that match."""
    clause, params = where(filters)
    return _df(
        con,
        f"""select count(distinct f.doc_id) as documents, count(*) as figures,
            count(distinct f.region_code) as regions, count(distinct f.topic) as topics
        from figures as f {clause}""",
        params,
    )


def by_province(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Figures per province (and one row for the country as a whole): code, name, short_name, figures."""
    clause, params = where(filters)
    return _df(
        con,
        f"""with g as (
            select case when f.region_code = '{COUNTRY}' then '{COUNTRY}'
                        else left(f.region_code, 2) || '0000' end as code,
                count(*) as figures
            from figures as f {clause}
            group by all
        )
        select g.code, coalesce(r.name, g.code) as name, coalesce(r.short_name, r.name, g.code) as short_name,
            g.figures
        from g left join regions as r on r.region_code = g.code
        order by g.figures desc, g.code""",
        params,
    )


def by_subregion(con: duckdb.DuckDBPyConnection, filters: Filters, province: str) -> pd.DataFrame:
    """Figures of one province per region directly under it (a figure of a county counts for its city);
    figures about the province itself are one row with the province's own code."""
    clause, params = where(filters)
    return _df(
        con,
        f"""with g as (
            select case when r.region_code = ? or r.parent_code = ? then r.region_code
                        when p.parent_code = ? then p.region_code
                        else ? end as code,
                count(*) as figures
            from figures as f
            join regions as r on r.region_code = f.region_code
            left join regions as p on p.region_code = r.parent_code
            {clause} {"and" if clause else "where"} f.region_code <> '{COUNTRY}'
                and left(f.region_code, 2) = left(?, 2)
            group by all
        )
        select g.code, coalesce(r.name, g.code) as name, coalesce(r.short_name, g.code) as short_name,
            g.figures
        from g left join regions as r on r.region_code = g.code
        order by g.figures desc, g.code""",
        [province, province, province, province, *params, province],
    )


def by_column(con: duckdb.DuckDBPyConnection, filters: Filters, column: str) -> pd.DataFrame:
    """Figures per value of one column of `figures` (kind, unit, period, status): value, figures."""
    if column not in ("kind", "unit", "period", "status"):
        raise ValueError(f"cannot group figures by {column!r}")
    clause, params = where(filters)
    return _df(
        con,
        f"""select f.{column} as value, count(*) as figures
        from figures as f {clause}
        group by all order by figures desc, value""",
        params,
    )


def by_year(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Figures per year of their period, oldest first (null: figures without a period): year, figures."""
    clause, params = where(filters)
    return _df(
        con,
        f"""select period_year(f.period) as year, count(*) as figures
        from figures as f {clause}
        group by all order by year nulls last""",
        params,
    )


def by_topic(con: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Figures per topic: topic, name, figures."""
    clause, params = where(filters)
    return _df(
        con,
        f"""with g as (select f.topic, count(*) as figures from figures as f {clause} group by all)
        select g.topic, coalesce(t.name, g.topic) as name, g.figures
        from g left join topics as t using (topic)
        order by g.figures desc, g.topic""",
        params,
    )


# --- filter options: from all figures, so that a bound URL value stays valid whatever else is chosen --------


def province_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The country (when it has figures) and every province with figures: code, name, figures."""
    return by_province(con, Filters())[["code", "name", "figures"]]


def subregion_options(con: duckdb.DuckDBPyConnection, province: str) -> pd.DataFrame:
    """Regions directly under a province that have figures: code, name, figures."""
    frame = by_subregion(con, Filters(), province)
    return frame[frame["code"] != province][["code", "name", "figures"]].reset_index(drop=True)


def topic_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Topics with figures: topic, name, figures."""
    return by_topic(con, Filters())


def value_options(con: duckdb.DuckDBPyConnection, column: str) -> pd.DataFrame:
    """Distinct kinds, units, periods or statuses with figures: value, figures (periods newest first)."""
    frame = by_column(con, Filters(), column)
    frame = frame[frame["value"].notna()]
    if column == "period":
        return frame.sort_values("value", ascending=False, ignore_index=True)
    return frame.reset_index(drop=True)


def year_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Years with figures, newest first: year, figures."""
    frame = by_year(con, Filters())
    return frame[frame["year"].notna()].astype({"year": int}).sort_values("year", ascending=False, ignore_index=True)


def indicator_options(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Indicators with figures, most figures first: indicator, name, unit, figures."""
    return _df(
        con,
        """with n as (select indicator, count(*) as figures from figures where indicator is not null group by all)
        select i.indicator, i.name, i.unit, n.figures
        from indicators as i join n using (indicator)
        order by n.figures desc, i.indicator""",
    )


def document_options(con: duckdb.DuckDBPyConnection, limit: int, include: str | None = None) -> pd.DataFrame:
    """Documents with figures, newest first, at most ``limit`` plus the one named ``include`` (a doc_name):
    doc_id, doc_name, title, date, figures."""
    return _df(
        con,
        """with n as (select doc_id, count(*) as figures from figures group by all),
        d as (
            select d.doc_id, d.doc_name, d.title, d.date, n.figures,
                row_number() over (order by d.date desc nulls last, d.doc_name) as rank
            from documents as d join n using (doc_id)
        )
        select doc_id, doc_name, title, date, figures from d
        where rank <= ? or doc_name = ?
        order by rank""",
        [limit, include],
    )


# --- rows ---------------------------------------------------------------------------------------------------

# Columns of a figure row as the dashboard shows and exports it: the `facts` view's, with exact values as text
# (DuckDB hands DECIMAL to pandas as float), the value as a double besides (for sorting), and the document's title.
ROW_COLUMNS = """x.fact_id, x.doc_id, x.doc_name, d.title as doc_title, x.article_title, x.sentence_id, x.sentence,
    x.mention, x.char_start, x.char_end, cast(x.value as varchar) as value, cast(x.value_high as varchar) as value_high,
    cast(x.value as double) as number, x.unit, x.kind, x.approx, x.measure, x.basis, x.refers_to, x.metric,
    x.indicator, x.indicator_name, x.status, x.period, x.period_basis, x.region_code, x.region_name, x.region_level,
    x.province_code, x.province_name, x.topic, x.topic_name, x.rule, x.doc_date"""

# How the matching figures may be ordered: key → `order by` over figures (f) and over the facts view (x).
ORDERS = {
    "document": ("f.doc_id, f.char_start", "x.doc_id, x.char_start"),
    "value_desc": ("f.value desc nulls last, f.fact_id", "x.value desc nulls last, x.fact_id"),
    "value_asc": ("f.value nulls last, f.fact_id", "x.value nulls last, x.fact_id"),
    "period_desc": ("f.period desc nulls last, f.doc_id, f.char_start",
                    "x.period desc nulls last, x.doc_id, x.char_start"),
}


def figure_rows(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int, order: str = "document") -> pd.DataFrame:
    """The first ``limit`` matching figures in ``order`` (a key of ORDERS), as rows of the `facts` view with their
    document's title. The figures are picked in `figures` first (sorting only the sort keys), then only those rows
    are read from the view, joined on document and fact ids and filtered again: DuckDB then skips the parts of the
    view's tables that cannot hold them, instead of joining a million sentences."""
    picked, ordered = ORDERS[order]
    clause, params = where(filters)
    again, again_params = where(filters, "x")
    return _df(
        con,
        f"""with picked as (select f.fact_id, f.doc_id from figures as f {clause} order by {picked} limit ?)
        select {ROW_COLUMNS}
        from picked as k
        join facts as x on x.doc_id = k.doc_id and x.fact_id = k.fact_id
        join documents as d on d.doc_id = x.doc_id
        {again}
        order by {ordered}""",
        [*params, limit, *again_params],
    )


# Columns of a download of the matching figures: the `facts` view's, exact values as decimals, document titles.
EXPORT_COLUMNS = """x.fact_id, x.mention, x.value, x.value_high, x.unit, x.kind, x.approx, x.measure, x.basis, x.status,
    x.indicator, x.indicator_name, x.metric, x.region_code, x.region_name, x.province_name, x.period,
    x.period_basis, x.topic, x.topic_name, x.doc_id, x.doc_name, d.title as doc_title, x.sentence"""


def export_reader(con: duckdb.DuckDBPyConnection, filters: Filters, order: str = "document",
                  batch_rows: int = 50_000):
    """Every matching figure (EXPORT_COLUMNS), in ``order``, as a pyarrow RecordBatchReader straight from DuckDB:
    the rows are read batch by batch as the caller writes them out."""
    _, ordered = ORDERS[order]
    clause, params = where(filters, "x")
    return con.sql(
        f"""select {EXPORT_COLUMNS}
        from facts as x join documents as d on d.doc_id = x.doc_id
        {clause} order by {ordered}""",
        params=params,
    ).to_arrow_reader(batch_rows)


# --- indicators -----------------------------------------------------------------------------------------------


def indicator(con: duckdb.DuckDBPyConnection, indicator_id: str) -> pd.DataFrame:
    """The catalogue row of one indicator with its topic's name (no row when unknown)."""
    return _df(
        con,
        """select i.indicator, i.name, i.unit, i.kind, i.measure, i.topic, t.name as topic_name, i.additive,
            i.direction, i.description
        from indicators as i left join topics as t using (topic)
        where i.indicator = ?""",
        [indicator_id],
    )


def indicator_index(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every indicator with values: its catalogue row, how many values, sources and regions it has, its latest
    national value (national_*: of the newest single period, an outcome before a target; a plan's horizon, or a goal
    for a year more than one past the newest outcome (2030), only when there is nothing else, spans after those), the period and status in which most provinces give values (provincial_*: the
    newest covering at least half as many provinces as the best covered; as dashboard/indicators.default_moment)
    and the national outcomes year by year (spark: a list, oldest first)."""
    return _df(
        con,
        """with p as (select * from indicator_points),
        stats as (
            select indicator, count(*) as points, sum(n_sources) as sources,
                count(distinct region_code) as regions, count(*) filter (where conflict) as conflicts
            from p group by all
        ),
        national as (
            select indicator, period, status, cast(value as varchar) as value,
                cast(value_high as varchar) as value_high, unit, approx, measure, basis, fact_id,
                row_number() over (partition by indicator order by regexp_full_match(period, ?),
                    status is not distinct from 'plan' or year > newest_actual + 1, year desc nulls last,
                    case status when 'actual' then 0 when 'target' then 1 else 2 end, period desc) as rank
            from (select *, max(year) filter (where status = 'actual') over (partition by indicator) as newest_actual
                  from p where region_code = ?)
        ),
        spark as (
            select indicator, list(cast(value as double) order by year) as spark
            from p
            where region_code = ? and status = 'actual' and regexp_full_match(period, '[0-9]{4}')
            group by all
        ),
        moments as (
            select indicator, period, status, max(year) as year, count(*) as provinces,
                regexp_full_match(period, ?) as span, cast(min(value) as varchar) as low,
                cast(max(coalesce(value_high, value)) as varchar) as high
            from p join indicators as i using (indicator, unit)  -- the indicator's own unit (not 美元 beside 元)
            where p.region_level = 'province'
            group by indicator, period, status
        ),
        provincial as (
            select *, row_number() over (partition by indicator order by span, year desc nulls last, provinces desc)
                as rank
            from (select *, max(provinces) over (partition by indicator, span) as best from moments)
            where provinces * 2 >= best
        )
        select i.indicator, i.name, i.unit, i.measure as indicator_measure, i.topic, t.name as topic_name,
            stats.points, stats.sources, stats.regions, stats.conflicts,
            n.period as national_period, n.status as national_status, n.value as national_value,
            n.value_high as national_value_high, n.unit as national_unit, n.approx as national_approx,
            n.measure as national_measure, n.basis as national_basis, n.fact_id as national_fact_id,
            pr.period as provincial_period, pr.status as provincial_status, pr.provinces,
            pr.low as provincial_low, pr.high as provincial_high,
            spark.spark
        from indicators as i
        join stats using (indicator)
        left join topics as t on t.topic = i.topic
        left join national as n on n.indicator = i.indicator and n.rank = 1
        left join provincial as pr on pr.indicator = i.indicator and pr.rank = 1
        left join spark on spark.indicator = i.indicator
        order by stats.points desc, i.indicator""",
        [SPAN, COUNTRY, COUNTRY, SPAN],
    )


SPAN = "[0-9]{4}-[0-9]{4}"  # a period over several years: 2021-2025

_POINT_COLUMNS = """indicator, region_code, region_name, region_level, province_code, period, year, status,
    cast(value as varchar) as value, cast(value_high as varchar) as value_high, cast(value as double) as number,
    cast(value_high as double) as number_high, unit, approx, n_sources, conflict, fact_id, mention, measure, basis,
    period_basis,
    sentence, doc_id, doc_name, doc_title"""


def indicator_points(con: duckdb.DuckDBPyConnection, indicator_id: str) -> pd.DataFrame:
    """Every value of one indicator (indicator_points): each region, period and status, oldest first. One query
    per indicator: its series, regions, periods and provincial values are all taken from these rows
    (dashboard/indicators.py), since computing indicator_series is what costs."""
    return _df(
        con,
        f"""select {_POINT_COLUMNS} from indicator_points
        where indicator = ?
        order by year nulls first, period, status, region_code""",
        [indicator_id],
    )


def indicator_sources(con: duckdb.DuckDBPyConnection, indicator_id: str, region_code: str) -> pd.DataFrame:
    """Every figure of the indicator in the region (rows of the `facts` view with their document's title), newest
    period first, and whether its value is disputed (`conflict` of its series row)."""
    return _df(
        con,
        f"""select {ROW_COLUMNS}, coalesce(s.conflict, false) as conflict
        from facts as x
        join documents as d on d.doc_id = x.doc_id
        left join indicator_series as s
          on s.indicator = x.indicator and s.region_code = x.region_code and s.period = x.period
         and s.status = x.status and list_contains(s.fact_ids, x.fact_id)
        where x.indicator = ? and x.region_code = ?
        order by x.period desc nulls last, x.status, x.doc_date desc nulls last, x.fact_id""",
        [indicator_id, region_code],
    )


# --- one fact -----------------------------------------------------------------------------------------------


def fact(con: duckdb.DuckDBPyConnection, fact_id: str) -> pd.DataFrame:
    """The fact with this id (ROW_COLUMNS), where its sentence stands and how its region was found (no row when
    unknown)."""
    return _df(
        con,
        f"""select {ROW_COLUMNS}, s.paragraph_index, s.article_index, g.region_how
        from facts as x
        join documents as d on d.doc_id = x.doc_id
        join figures as g on g.fact_id = x.fact_id
        join sentences as s on s.sentence_id = x.sentence_id
        where x.fact_id = ?""",
        [fact_id],
    )


def region_chain(con: duckdb.DuckDBPyConnection, region_code: str) -> pd.DataFrame:
    """The region and its ancestors up to the country, nearest first: region_code, name, level, depth."""
    return _df(
        con,
        """with recursive up(region_code, name, level, parent_code, depth) as (
            select region_code, name, level, parent_code, 0 from regions where region_code = ?
            union all
            select r.region_code, r.name, r.level, r.parent_code, up.depth + 1
            from regions as r join up on r.region_code = up.parent_code
            where up.depth < 10
        )
        select region_code, name, level, depth from up order by depth""",
        [region_code],
    )


def paragraph(con: duckdb.DuckDBPyConnection, sentence_id: str) -> pd.DataFrame:
    """The sentences of the paragraph holding a sentence, in order: sentence_id, char_start, char_end, text."""
    return _df(
        con,
        """select s.sentence_id, s.char_start, s.char_end, s.text
        from sentences as s
        join sentences as k on k.doc_id = s.doc_id and k.article_index = s.article_index
            and k.paragraph_index = s.paragraph_index
        where k.sentence_id = ?
        order by s.sentence_index""",
        [sentence_id],
    )


def changes_of(con: duckdb.DuckDBPyConnection, fact_id: str) -> pd.DataFrame:
    """Changes that qualify this figure (同比增长18.4% for 223.6万人): fact_id, mention, value, unit, measure,
    basis, approx."""
    return _df(
        con,
        """select fact_id, mention, cast(value as varchar) as value, unit, measure, basis, approx from figures
        where refers_to = ? order by char_start""",
        [fact_id],
    )


def related(con: duckdb.DuckDBPyConnection, metric: str, measure: str, fact_id: str, limit: int) -> pd.DataFrame:
    """Other figures of the same metric and measure (levels with levels, changes with changes), newest first."""
    return _df(
        con,
        f"""with hits as (
            select fact_id from figures where metric = ? and measure = ? and fact_id <> ?
            order by period desc nulls last, region_code, fact_id limit ?
        )
        select {ROW_COLUMNS}
        from facts as x join documents as d on d.doc_id = x.doc_id
        where x.fact_id in (select fact_id from hits)
        order by x.period desc nulls last, x.region_code, x.fact_id""",
        [metric, measure, fact_id, limit],
    )


# --- one document -------------------------------------------------------------------------------------------


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> pd.DataFrame:
    """The document row (no row when unknown)."""
    return _df(
        con,
        """select doc_id, doc_name, source_path, title, date, region_hint, source, url, text, parser_version
        from documents where doc_id = ?""",
        [doc_id],
    )


def document_figures(con: duckdb.DuckDBPyConnection, doc_id: str) -> pd.DataFrame:
    """Every figure of a document in text order (rows of the `facts` view): fact_id, char_start, char_end, mention,
    value, value_high, unit, kind, approx, measure, basis, metric, region_name, period, topic_name."""
    return _df(
        con,
        """select fact_id, char_start, char_end, mention, cast(value as varchar) as value,
            cast(value_high as varchar) as value_high, unit, kind, approx, measure, basis, metric, region_name, period,
            topic_name
        from facts where doc_id = ? order by char_start""",
        [doc_id],
    )


def identifiers(con: duckdb.DuckDBPyConnection, doc_id: str) -> pd.DataFrame:
    """Identifiers of a document with their text as served (private ones masked): kind, char_start, char_end, text."""
    return _df(
        con,
        """select i.kind, i.char_start, i.char_end, substr(d.text, i.char_start + 1, i.char_end - i.char_start) as text
        from identifiers as i join documents as d using (doc_id)
        where i.doc_id = ? order by i.char_start""",
        [doc_id],
    )


# --- SQL console ---------------------------------------------------------------------------------------------

# What a console statement may be: one SELECT (DESCRIBE, SHOW, SUMMARIZE, VALUES and WITH … SELECT parse as
# SELECT); it may read the warehouse's tables and views, its own CTEs, information_schema, and these table
# functions. Everything else is refused before it runs. (It also runs on a locked connection of its own:
# dashboard/db.console.)
CONSOLE_TABLE_FUNCTIONS = frozenset({
    "range", "generate_series", "unnest", "duckdb_tables", "duckdb_views", "duckdb_columns", "duckdb_types",
    "pragma_table_info",
})
CONSOLE_SCHEMAS = frozenset({"", "main"})
CELL_CHARS = 2_000  # longer text cells are cut
RESULT_CHARS = 8_000_000  # a result stops once its text cells hold this many characters


def copy_kind(con: duckdb.DuckDBPyConnection) -> str | None:
    """What the open warehouse says it is: "serving", "full", or None for a file without warehouse_info."""
    try:
        row = con.execute("select value from warehouse_info where key = 'copy'").fetchone()
    except duckdb.CatalogException:
        return None
    return None if row is None else row[0]


def _parse_tree(con: duckdb.DuckDBPyConnection, sql: str) -> dict:
    (text,) = con.execute("select json_serialize_sql(?)", [sql]).fetchone()
    return json.loads(text)


def _nodes(tree: object) -> Iterator[dict]:
    """Every object of a parse tree, depth first."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _relations(con: duckdb.DuckDBPyConnection) -> frozenset[str]:
    rows = con.execute(
        "select lower(table_name) from information_schema.tables where table_catalog = current_database()"
    ).fetchall()
    return frozenset(name for (name,) in rows)


def _reference_problem(node: dict, allowed: frozenset[str], database: str) -> str | None:
    kind = node.get("type")
    if kind == "TABLE_FUNCTION":
        name = str(node["function"].get("function_name", "")).lower()
        if name not in CONSOLE_TABLE_FUNCTIONS:
            return f"控制台不提供表函数 {name}()。可用：{', '.join(sorted(CONSOLE_TABLE_FUNCTIONS))}。"
    elif kind == "BASE_TABLE":
        catalog, schema = node.get("catalog_name", "").lower(), node.get("schema_name", "").lower()
        name = node.get("table_name", "").lower()
        if schema == "information_schema" and catalog == "":
            return None
        if catalog not in ("", database) or schema not in CONSOLE_SCHEMAS or name not in allowed:
            return f"控制台只能查询数据仓库里的表和视图，不能读取 {'.'.join(node['qualified_name']['path'])}。"
    return None


def console_sql(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The statement the console runs for ``sql``, as DuckDB's parser writes it back (comments and a final
    semicolon gone), once it has passed the allow-list. Raises ValueError (in Chinese) when it may not run."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as error:
        raise ValueError(f"无法解析：{error}") from None
    if len(statements) != 1:
        raise ValueError("请输入一条查询语句。" if not statements else f"一次只能运行一条语句（收到 {len(statements)} 条）。")
    if statements[0].type != duckdb.StatementType.SELECT:
        raise ValueError(f"只允许查询语句（SELECT / WITH / DESCRIBE / SHOW / SUMMARIZE），不能运行 "
                         f"{statements[0].type.name} 语句。")
    tree = _parse_tree(con, sql)
    if tree.get("error"):
        raise ValueError(f"只允许查询语句：{tree.get('error_message', '')}")
    ctes = {str(entry["key"]).lower() for node in _nodes(tree) for entry in node.get("cte_map", {}).get("map", [])}
    allowed = _relations(con) | ctes
    (database,) = con.execute("select lower(current_database())").fetchone()
    for node in _nodes(tree):
        problem = _reference_problem(node, allowed, database)
        if problem is not None:
            raise ValueError(problem)
    (text,) = con.execute("select json_deserialize_sql(?)", [json.dumps(tree)]).fetchone()
    return text


# Columns of the serving copy whose text has private identifiers masked (etl/load/serving.py: documents.text and
# sentences.text by span, the FREE_TEXT columns by value), under their names in the tables and in the views that
# pass them on (facts.sentence, facts.article_title, indicator_points.doc_title …). A filter on one of them cannot
# find a masked ID-card or phone number; public hotlines (12345) are not masked.
MASKED_COLUMNS = frozenset({
    "text", "sentence", "mention", "metric", "title", "article_title", "doc_title", "doc_name", "source_path",
    "region_hint", "source", "url", "detail",
})
# Where a statement filters: its where, having and qualify clauses and its join conditions.
_FILTER_KEYS = ("where_clause", "having", "qualify", "condition")


def masked_filter_columns(con: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    """The masked columns (MASKED_COLUMNS) a condition of the statement reads, each once: a console
    search on them runs over the masked text. [] when there is none or the statement does not parse."""
    try:
        tree = _parse_tree(con, sql)
    except duckdb.Error:
        return []
    found: list[str] = []
    for node in _nodes(tree):
        for key in _FILTER_KEYS:
            for inner in _nodes(node.get(key)):
                if inner.get("class") == "COLUMN_REF":
                    name = str(inner["column_names"][-1]).lower()
                    if name in MASKED_COLUMNS and name not in found:
                        found.append(name)
    return found


_TEXT_TYPES = ("VARCHAR", "BLOB", "JSON", "BIT")


def _bounded(sql: str, description: list[tuple], limit: int) -> str:
    """``sql`` wrapped so that long text and nested cells are cut to CELL_CHARS and at most limit + 1 rows come."""
    items = []
    for i, column in enumerate(description):
        kind = str(column[1])
        nested = kind.endswith("]") or kind.startswith(("STRUCT", "MAP", "UNION"))
        expr = f"left(cast(c{i} as varchar), {CELL_CHARS})" if nested or kind in _TEXT_TYPES else f"c{i}"
        items.append(f"{expr} as {_quoted(column[0])}")
    aliases = ", ".join(f"c{i}" for i in range(len(description)))
    return f"select {', '.join(items)} from (\n{sql}\n) as q({aliases}) limit {int(limit) + 1}"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True, slots=True)
class QueryResult:
    frame: pd.DataFrame
    truncated: bool  # more rows than the limit, or more text than RESULT_CHARS


def run_console(con: duckdb.DuckDBPyConnection, sql: str, limit: int, timeout_s: float) -> QueryResult:
    """Run one console statement on a console connection (dashboard/db.console): at most ``limit`` rows, long cells
    cut, at most RESULT_CHARS characters of text; interrupted after ``timeout_s``.

    Raises ValueError when the statement may not run, duckdb.Error when it fails or is interrupted.
    """
    checked = console_sql(con, sql)
    timer = threading.Timer(timeout_s, con.interrupt)
    timer.start()
    try:
        description = con.execute(f"select * from (\n{checked}\n) limit 0").description
        con.execute(_bounded(checked, description, limit))
        rows, chars, truncated = [], 0, False
        while len(rows) <= limit and not truncated:
            chunk = con.fetchmany(256)
            if not chunk:
                break
            for row in chunk:
                chars += sum(len(v) for v in row if isinstance(v, str))
                if chars > RESULT_CHARS:
                    truncated = True
                    break
                rows.append(row)
    finally:
        timer.cancel()
    frame = pd.DataFrame.from_records(rows[:limit], columns=[d[0] for d in description])
    return QueryResult(frame, truncated or len(rows) > limit)
