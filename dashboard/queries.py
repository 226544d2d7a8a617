"""Every SQL statement the dashboard runs. Pure functions: a DuckDB connection (or cursor) in, a DataFrame out.

The dashboard knows the warehouse only through its SQL surface (warehouse/schema/*.sql): the `facts` view and
the base tables. Every value is a bound parameter. Aggregates read `figures` directly (the view joins every
sentence and document, which a count does not need); rows shown to a reader come from `facts`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import duckdb
import pandas as pd

from dashboard.fmt import LONG_IDENTIFIER

COUNTRY = "000000"
# Statement types the SQL console runs; DESCRIBE, SHOW, SUMMARIZE, VALUES and WITH … SELECT parse as SELECT.
READ_ONLY_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})


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


def sentence_secrets(con: duckdb.DuckDBPyConnection, sentence_ids: list[str]) -> pd.DataFrame:
    """Identifiers inside the given sentences, as stored text (to be masked): sentence_id, kind, text."""
    return _df(
        con,
        """select s.sentence_id, i.kind, substr(d.text, i.char_start + 1, i.char_end - i.char_start) as text
        from sentences as s
        join identifiers as i on i.doc_id = s.doc_id and i.char_start < s.char_end and i.char_end > s.char_start
        join documents as d on d.doc_id = s.doc_id
        where s.sentence_id in (select unnest(?::varchar[]))""",
        [list(sentence_ids)],
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
    """Identifiers of a document with their stored text (to be masked): kind, char_start, char_end, text."""
    return _df(
        con,
        """select i.kind, i.char_start, i.char_end, substr(d.text, i.char_start + 1, i.char_end - i.char_start) as text
        from identifiers as i join documents as d using (doc_id)
        where i.doc_id = ? order by i.char_start""",
        [doc_id],
    )


# --- SQL console --------------------------------------------------------------------------------------------


def read_only_problem(sql: str) -> str | None:
    """Why ``sql`` may not run in the console (in Chinese), or None when it is one read-only statement."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as error:
        return f"无法解析：{error}"
    if not statements:
        return "请输入一条查询语句。"
    if len(statements) > 1:
        return f"一次只能运行一条语句（收到 {len(statements)} 条）。"
    kind = statements[0].type
    if kind not in READ_ONLY_STATEMENTS:
        allowed = "SELECT / WITH / DESCRIBE / SHOW / EXPLAIN"
        return f"只允许只读查询（{allowed}），不能运行 {kind.name} 语句：数据仓库以只读方式打开。"
    return None


# The console reads documents and sentences through these temporary views (they shadow the tables of the same
# name for its statement, and so also the views built on them, such as facts). Identifiers are masked as on the
# document page (fmt.mask: 1101＊＊＊＊＊＊＊＊＊＊＊＊14, 1＊＊＊5): each where it was found, and a long one (an
# ID-card or credit-code number) wherever its text recurs in its document; longer texts first, so a hotline
# inside an ID number cannot spoil the ID's mask. Lengths do not change, so every offset still holds.
_MASKED_VIEWS = """
create or replace temp macro cf_mask(t) as case
    when length(t) >= 8 then left(t, 4) || repeat('＊', length(t) - 6) || right(t, 2)
    when length(t) >= 3 then left(t, 1) || repeat('＊', length(t) - 2) || right(t, 1)
    else repeat('＊', length(t)) end;
create or replace temp view documents as
with found as (
    select i.doc_id, i.char_start as s, i.char_end as e, substr(d.text, i.char_start + 1, i.char_end - i.char_start) as t
    from {db}.main.identifiers as i join {db}.main.documents as d on d.doc_id = i.doc_id
), per_document as (
    select doc_id, list(struct_pack(s := s, e := e) order by s) as spans,
           list(distinct t order by length(t) desc, t) filter (where length(t) >= {long}) as long_texts
    from found group by doc_id
)
select d.* replace (list_reduce(coalesce(p.long_texts, []), lambda text, t: replace(text, t, cf_mask(t)),
    list_reduce(coalesce(p.spans, []),
        lambda text, span: substr(text, 1, span.s) || cf_mask(substr(text, span.s + 1, span.e - span.s))
                           || substr(text, span.e + 1),
        d.text)) as text)
from {db}.main.documents as d left join per_document as p on p.doc_id = d.doc_id;
create or replace temp view sentences as
with found as (
    select i.doc_id, i.char_start as s, i.char_end as e, substr(d.text, i.char_start + 1, i.char_end - i.char_start) as t
    from {db}.main.identifiers as i join {db}.main.documents as d on d.doc_id = i.doc_id
), per_sentence as (
    select s.sentence_id, list(distinct f.t order by length(f.t) desc, f.t) as texts
    from found as f join {db}.main.sentences as s on s.doc_id = f.doc_id
    where (f.s < s.char_end and f.e > s.char_start) or length(f.t) >= {long}
    group by s.sentence_id
)
select s.* replace (list_reduce(coalesce(p.texts, []), lambda text, t: replace(text, t, cf_mask(t)), s.text) as text)
from {db}.main.sentences as s left join per_sentence as p on p.sentence_id = s.sentence_id;
"""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def mask_identifiers(con: duckdb.DuckDBPyConnection, database: str) -> None:
    """Shadow documents and sentences on this cursor (on ``database``) with views whose text has its
    identifiers masked."""
    con.execute(_MASKED_VIEWS.format(db=_quoted(database), long=LONG_IDENTIFIER))


# Ways past the masked views: documents or sentences named through the warehouse's database (facts.documents,
# facts.main.sentences), and the functions that run SQL text or read files. Found in the statement's tokens, so
# comments and spacing do not hide them; column names (facts_by_region.documents) are not affected.
_TEXT_TABLES = frozenset({"documents", "sentences"})
_UNSAFE_FUNCTIONS = frozenset({"query", "query_table", "json_execute_serialized_sql", "read_blob", "read_text"})


def _words(sql: str) -> list[tuple[object, str]]:
    """The statement's tokens without comments: (token type, text); identifiers unquoted and lower-cased."""
    tokens = duckdb.tokenize(sql)
    ends = [position for position, _ in tokens[1:]] + [len(sql)]
    words = []
    for (position, kind), end in zip(tokens, ends):
        if kind == duckdb.token_type.comment:
            continue
        text = sql[position:end].strip()
        if kind in (duckdb.token_type.identifier, duckdb.token_type.keyword):
            text = text.strip('"').replace('""', '"').lower()
        words.append((kind, text))
    return words


def unmasked_access(sql: str, database: str) -> str | None:
    """The name in ``sql`` that would read identifiers unmasked (see above), or None."""
    words = _words(sql)
    names = (duckdb.token_type.identifier, duckdb.token_type.keyword)
    for i, (kind, text) in enumerate(words):
        following = words[i + 1][1] if i + 1 < len(words) else ""
        if kind in names and text in _UNSAFE_FUNCTIONS and following == "(":
            return text + "(…)"
        if kind in names and text == database.lower() and following == ".":
            chain = [text]
            j = i + 1
            while j + 1 < len(words) and words[j][1] == "." and words[j + 1][0] in names:
                chain.append(words[j + 1][1])
                j += 2
            if chain[-1] in _TEXT_TABLES:
                return ".".join(chain)
    return None


@dataclass(frozen=True, slots=True)
class QueryResult:
    frame: pd.DataFrame
    truncated: bool  # more rows than the limit


def run_read_only(con: duckdb.DuckDBPyConnection, sql: str, limit: int, timeout_s: float) -> QueryResult:
    """Run one read-only statement, keeping at most ``limit`` rows; interrupt it after ``timeout_s``.

    Raises ValueError when the statement is not read-only, duckdb.Error when it fails or is interrupted.
    """
    problem = read_only_problem(sql)
    if problem is not None:
        raise ValueError(problem)
    (database,) = con.execute("select current_database()").fetchone()
    reach = unmasked_access(sql, database)
    if reach is not None:
        raise ValueError(f"不能在控制台使用 {reach}：原文中的证件号、电话等标识在这里均已遮盖，"
                         "请直接查询 documents 或 sentences。")
    mask_identifiers(con, database)
    timer = threading.Timer(timeout_s, con.interrupt)
    timer.start()
    try:
        con.execute(sql)
        rows = con.fetchmany(limit + 1)
    finally:
        timer.cancel()
    names = [column[0] for column in con.description or ()]
    frame = pd.DataFrame.from_records(rows[:limit], columns=names)
    return QueryResult(frame, len(rows) > limit)
