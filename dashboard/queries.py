"""Every SQL statement the dashboard runs. Pure functions: a DuckDB connection (or cursor) in, a DataFrame out.

The dashboard knows the warehouse only through its SQL surface (warehouse/schema/*.sql): the `facts` view and
the base tables. Every value is a bound parameter. Aggregates read `figures` directly (the view joins every
sentence and document, which a count does not need); rows shown to a reader come from `facts`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace

import duckdb
import pandas as pd


COUNTRY = "000000"


@dataclass(frozen=True, slots=True)
class Filters:
    """What the overview is narrowed to. Codes and slugs, never labels; None means no filter.

    ``province`` is a province code (510000) or COUNTRY for figures about the whole country; ``city`` a
    region directly under that province (a city, or a district of a municipality).
    """

    province: str | None = None
    city: str | None = None
    topic: str | None = None
    kind: str | None = None
    unit: str | None = None
    period: str | None = None
    doc_id: str | None = None

    def without(self, *names: str) -> Filters:
        return replace(self, **{name: None for name in names})


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
    for column in ("topic", "kind", "unit", "period", "doc_id"):
        value = getattr(filters, column)
        if value is not None:
            clauses.append(f"{alias}.{column} = ?")
            params.append(value)
    return ("where " + " and ".join(clauses)) if clauses else "", params


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | tuple[object, ...] = ()) -> pd.DataFrame:
    return con.execute(sql, list(params)).df()


# --- overview ---------------------------------------------------------------------------------------------


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


def by_column(con: duckdb.DuckDBPyConnection, filters: Filters, column: str, limit: int) -> pd.DataFrame:
    """Figures per value of one column of `figures` (topic, kind, unit or period): value, figures."""
    if column not in ("topic", "kind", "unit", "period"):
        raise ValueError(f"cannot group figures by {column!r}")
    clause, params = where(filters)
    return _df(
        con,
        f"""select f.{column} as value, count(*) as figures
        from figures as f {clause}
        group by all order by figures desc, value limit ?""",
        [*params, limit],
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
    """Distinct kinds, units or periods with figures: value, figures (periods newest first)."""
    frame = by_column(con, Filters(), column, limit=10_000)
    if column == "period":
        return frame.sort_values("value", ascending=False, ignore_index=True)
    return frame


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

FACT_COLUMNS = """fact_id, doc_id, doc_name, sentence_id, sentence, mention, char_start, char_end, value,
    value_high, unit, kind, approx, measure, basis, refers_to, metric, period, period_basis, region_code,
    region_name, region_level, province_code, province_name, topic, topic_name, rule"""

# The rows of the `facts` view for a few figures picked in `hits` (a CTE over figures as h). Same columns and
# joins as the view, but joined after the pick: the view itself would join every sentence first. Values are
# exact decimal text (DuckDB hands DECIMAL to pandas as float).
_FACT_ROWS = """select h.fact_id, h.doc_id, d.doc_name, h.sentence_id, s.text as sentence, h.mention, h.char_start,
        h.char_end, cast(h.value as varchar) as value, cast(h.value_high as varchar) as value_high, h.unit,
        h.kind, h.approx, h.measure, h.basis, h.refers_to, h.metric, h.period, h.period_basis, h.region_code,
        r.name as region_name, r.level as region_level, p.region_code as province_code, p.name as province_name,
        h.topic, t.name as topic_name, h.rule
    from hits as h
    join documents as d on d.doc_id = h.doc_id
    join sentences as s on s.sentence_id = h.sentence_id
    join regions as r on r.region_code = h.region_code
    left join regions as p on r.level <> 'country' and p.region_code = substr(h.region_code, 1, 2) || '0000'
    join topics as t on t.topic = h.topic"""


def figure_rows(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int) -> pd.DataFrame:
    """The first ``limit`` matching figures in document order, with their sentence and context. The figures
    are picked by rowid first: sorting only the sort keys, then reading whole rows for the few picked, is
    about twice as fast over a million figures as sorting whole rows."""
    clause, params = where(filters)
    return _df(
        con,
        f"""with picked as (select f.rowid as id from figures as f {clause} order by f.doc_id, f.char_start limit ?),
        hits as (select f.* from figures as f where f.rowid in (select id from picked))
        {_FACT_ROWS}
        order by h.doc_id, h.char_start""",
        [*params, limit],
    )


# --- one fact -----------------------------------------------------------------------------------------------


def _exact(column: str) -> str:
    """A select item; values as exact decimal text."""
    name = column.split(".")[-1]
    return f"cast({column} as varchar) as {name}" if name in ("value", "value_high") else column


def fact(con: duckdb.DuckDBPyConnection, fact_id: str) -> pd.DataFrame:
    """The fact with this id, how its region was found, its document's title and date (no row when unknown)."""
    return _df(
        con,
        f"""select {", ".join(_exact("x." + c.strip()) for c in FACT_COLUMNS.split(","))},
            x.article_title, d.title as doc_title, x.doc_date, s.paragraph_index, s.article_index,
            g.region_how
        from facts as x
        join figures as g on g.fact_id = x.fact_id
        join documents as d on d.doc_id = x.doc_id
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
            select * from figures where metric = ? and measure = ? and fact_id <> ?
            order by period desc nulls last, region_code, fact_id limit ?
        )
        {_FACT_ROWS}
        order by h.period desc nulls last, h.region_code, h.fact_id""",
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
    """Every figure of a document in text order: fact_id, char_start, char_end, mention, value, unit, kind,
    approx, measure, metric, region_name, period, topic_name."""
    return _df(
        con,
        """select f.fact_id, f.char_start, f.char_end, f.mention, cast(f.value as varchar) as value,
            cast(f.value_high as varchar) as value_high, f.unit, f.kind, f.approx,
            f.measure, f.basis, f.metric, r.name as region_name, f.period, t.name as topic_name
        from figures as f
        join regions as r on r.region_code = f.region_code
        join topics as t on t.topic = f.topic
        where f.doc_id = ? order by f.char_start""",
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
