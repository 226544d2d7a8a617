"""The serving copy (etl/load/serving.py): what the dashboard opens holds no private identifier anywhere — text,
sentences, titles, metric labels, JSON Lines metadata, file names, rejects, ids, hashes, column statistics — while
the owner's full warehouse keeps the text as read, and offsets hold in both."""

from __future__ import annotations

import hashlib
import json

import duckdb
import pytest

from etl.cli import main
from etl.load.serving import serving_path

ID_A, ID_B = "110101199003074514", "440306199206151232"  # valid GB 11643 check digits
PHONE = "13912345678"
PLATE, STUDENT = "A12345", "2021301234"  # a vehicle plate (京A12345), a number after a label ending in 号 (学号)
SECRETS = (ID_A, ID_B, PHONE, PLATE, STUDENT)
BODY = (f"申请人张三，身份证号码{ID_A}，联系电话{PHONE}，车牌京{PLATE}，学号{STUDENT}，2025年领取创业补贴3000元。\n"
        f"经办人李四（身份证{ID_B}）审核，12345热线受理诉求2580.2万件。")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """Identifiers in the text, in JSON Lines metadata (id, title, url, source, region), in a file name and in a
    broken line's reject detail, ingested by the real command line."""
    folder = tmp_path_factory.mktemp("inputs")
    record = {"id": f"张三-{ID_A}", "title": f"关于{ID_B}的补贴公示", "url": f"https://example.com/u?id={ID_A}",
              "source": f"联系人{PHONE}", "region": "四川省", "date": "2025-03-01", "text": BODY}
    (folder / "corpus.jsonl").write_text(
        json.dumps(record, ensure_ascii=False) + "\n" + f'{{"text": "{ID_B}", broken\n', encoding="utf-8")
    (folder / f"名单{ID_A}.txt").write_text(BODY, encoding="utf-8")
    db = tmp_path_factory.mktemp("warehouse") / "facts.duckdb"
    assert main(["ingest", str(folder), "--db", str(db)]) == 2  # the broken line is rejected, the rest published
    return db


def _text_cells(path) -> list[str]:
    """Every non-null text value of every table of a warehouse file."""
    with duckdb.connect(str(path), read_only=True) as con:
        columns = con.execute(
            "select table_name, column_name from duckdb_columns() where data_type = 'VARCHAR' "
            "and database_name = current_database() and table_name in (select table_name from duckdb_tables())"
        ).fetchall()
        return [value for table, column in columns
                for (value,) in con.execute(f'select "{column}" from "{table}" where "{column}" is not null').fetchall()]


def test_the_full_warehouse_keeps_the_text_as_read(published):
    cells = _text_cells(published)
    assert all(any(secret in cell for cell in cells) for secret in SECRETS)


def test_no_private_identifier_anywhere_in_the_serving_copy(published):
    cells = _text_cells(serving_path(published))
    assert cells and not [cell for cell in cells if any(secret in cell for secret in SECRETS)]
    assert any("12345热线" in cell for cell in cells)  # a public hotline is shown


def test_no_folder_of_a_source_path_is_served(published):
    folder = str(published.parent.parent)  # the temporary folders of the inputs and the warehouse
    with duckdb.connect(str(published), read_only=True) as full:
        assert any(folder in path for (path,) in full.execute("select source_path from documents").fetchall())
    cells = _text_cells(serving_path(published))
    assert not [cell for cell in cells if folder in cell]
    with duckdb.connect(str(serving_path(published)), read_only=True) as served:
        paths = {p for (p,) in served.execute("select source_path from documents union select source_path from rejects")
                 .fetchall()}
    assert paths and all("/" not in p for p in paths) and any(p.startswith("corpus.jsonl:") for p in paths)


def test_no_hash_of_the_unredacted_text(published):
    hashes = {hashlib.sha256(BODY.encode("utf-8")).hexdigest()}
    prefixes = {h[:12] for h in hashes}
    for path in (published, serving_path(published)):
        cells = _text_cells(path)
        assert not [c for c in cells if c in hashes or any(p in c for p in prefixes)]


def test_column_statistics_hold_redacted_values_only(published):
    with duckdb.connect(str(serving_path(published)), read_only=True) as con:
        tables = [t for (t,) in con.execute("select table_name from duckdb_tables()").fetchall()]
        stats = [str(row[0]) for t in tables
                 for row in con.execute(f"select stats from pragma_storage_info('{t}')").fetchall()]
    pieces = {secret[i : i + 6] for secret in SECRETS for i in range(len(secret) - 5)}
    assert stats and not [s for s in stats if any(piece in s for piece in pieces)]


@pytest.mark.parametrize("copy", ["full", "serving"])
def test_offsets_hold_in_both_copies(published, copy):
    path = published if copy == "full" else serving_path(published)
    with duckdb.connect(str(path), read_only=True) as con:
        (bad,) = con.execute(
            "select count(*) from facts as f join documents as d using (doc_id) "
            "where substr(d.text, f.char_start + 1, f.char_end - f.char_start) <> f.mention").fetchone()
        (figures,) = con.execute("select count(*) from facts").fetchone()
        (kind,) = con.execute("select value from warehouse_info where key = 'copy'").fetchone()
    assert bad == 0 and figures > 0 and kind == copy


def test_both_copies_hold_the_same_facts(published):
    def facts(path):
        with duckdb.connect(str(path), read_only=True) as con:
            return con.execute("select fact_id, doc_id, value, unit, char_start from facts order by fact_id").fetchall()
    assert facts(published) == facts(serving_path(published))


def test_a_warehouse_with_nothing_private_is_its_own_serving_copy(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, [hand.social_work, hand.shandong])  # no identifier in either
    with duckdb.connect(str(serving_path(db)), read_only=True) as served, \
            duckdb.connect(str(db), read_only=True) as full:
        assert served.execute("select value from warehouse_info").fetchall() == [("serving",)]
        assert full.execute("select value from warehouse_info").fetchall() == [("full",)]
        query = "select fact_id, mention, sentence from facts order by fact_id"
        assert served.execute(query).fetchall() == full.execute(query).fetchall()
