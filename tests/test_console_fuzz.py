"""The SQL console under attack: statements drawn from a grammar of SQL (the allowed surface and what lies
around it), run as a reader would, one after another on the same served warehouse. Whatever is sent, no private
identifier comes back, every failure is a refusal or a query error (never a crash), and the console still answers
the next reader. Also: every table function DuckDB has that is not on the allow-list is refused."""

from __future__ import annotations

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import db, queries
from etl.cli import main

ID_NUMBER, PHONE = "110101199003074514", "13912345678"
SECRETS = (ID_NUMBER, PHONE, ID_NUMBER[4:12], PHONE[3:9])  # nor the hidden middle digits
TEXT = f"申请人身份证号码{ID_NUMBER}，联系电话{PHONE}，2025年领取补贴3000元，12345热线受理诉求2580.2万件。"
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz_inputs")
    (folder / f"名单{ID_NUMBER}.txt").write_text(TEXT, encoding="utf-8")
    full = tmp_path_factory.mktemp("fuzz_warehouse") / "facts.duckdb"
    assert main(["ingest", str(folder), "--db", str(full)]) == 0
    return db.serving_path(full)


TABLES = ["facts", "documents", "sentences", "figures", "identifiers", "articles", "rejects", "regions", "topics",
          "facts_by_region", "changes", "main.documents", "warehouse.main.documents", "information_schema.columns"]
COLUMNS = ["*", "text", "doc_id", "doc_name", "sha256", "mention", "metric", "sentence", "value", "title",
           "source_path", "count(*)", "max(text)", "min(sha256)", "string_agg(text, '|')", "length(text)"]
EXPRESSIONS = ["1", "'x'", "repeat('x', 100000)", "current_setting('memory_limit')", "version()",
               "current_database()", "md5(text)", "sha256(text)", "substr(text, 9, 18)", "replace(text, '＊', '')",
               "regexp_extract(text, '[0-9]{6,}')", "getvariable('x')", "random()"]
TABLE_FUNCTIONS = ["range(5)", "generate_series(1, 3)", "unnest([1, 2])", "duckdb_tables()", "duckdb_columns()",
                   "duckdb_databases()", "duckdb_settings()", "pragma_storage_info('documents')",
                   "read_csv('/etc/hostname')", "read_duckdb('facts.duckdb', table_name = 'documents')",
                   "query('select 1')", "enable_logging()", "duckdb_logs()", "read_text('x')", "glob('*')",
                   "'/etc/hostname'"]
STATEMENTS = ["set memory_limit = '1MB'", "set global max_expression_depth = 1", "call enable_logging()",
              "pragma version", "attach 'x.duckdb' as x", "explain analyze set global threads = 1", "checkpoint",
              "load fts", "install fts", "copy documents to '/tmp/x.csv'", "detach warehouse", "use memory",
              "create table t as select 1", "reset all"]

select = st.builds(
    lambda column, expr, source, where, limit: (
        f"select {column}, {expr} from {source}{where}{limit}" if source[0] != "'" else f"select * from {source}"),
    st.sampled_from(COLUMNS), st.sampled_from(EXPRESSIONS), st.sampled_from(TABLES + TABLE_FUNCTIONS),
    st.sampled_from(["", " where text like '%1101%'", " where true", " where 1 = 0"]),
    st.sampled_from(["", " limit 1", " limit 100000"]),
)
statement = st.one_of(
    select,
    st.sampled_from(STATEMENTS),
    st.builds(lambda a, b: f"{a}; {b}", select, st.sampled_from(STATEMENTS)),
    st.builds(lambda s: f"with x as ({s}) select * from x", select),
    st.builds(lambda s, c: s + c, select, st.sampled_from([" -- )", " /* ; */", ";", "\n;  "])),
)


def _answer(path, sql: str) -> object:
    """What a reader gets: a frame, or the refusal or error message."""
    try:
        with db.console(path) as con:
            return queries.run_console(con, sql, 50, 5.0).frame
    except (ValueError, duckdb.Error) as refused:
        return str(refused)


@SETTINGS
@given(sql=statement)
def test_no_statement_gets_a_secret_out_or_breaks_the_console(served, sql):
    answer = _answer(served, sql)
    shown = answer if isinstance(answer, str) else answer.to_csv(index=False)
    assert not [secret for secret in SECRETS if secret in shown], sql
    canary = _answer(served, "select count(*) as n from facts")
    assert not isinstance(canary, str) and canary.iloc[0].n > 0, (sql, canary)


def _table_functions() -> list[str]:
    with duckdb.connect() as con:
        return sorted({name for (name,) in con.execute(
            "select function_name from duckdb_functions() where function_type = 'table'").fetchall()})


@pytest.mark.parametrize("name", [n for n in _table_functions() if n not in queries.CONSOLE_TABLE_FUNCTIONS])
def test_every_other_table_function_is_refused(served, name):
    with db.console(served) as con, pytest.raises(ValueError, match="表函数"):
        queries.console_sql(con, f"select * from {name}()")
