"""Topics: the taxonomy file and classify(metric, sentence, heading) on real sentences."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.context import topics as T
from etl.context.topics import _normal

SEED_STATION = "驿站负责人介绍，驿站现已覆盖该辖区82个快递、外卖站点和4110名劳动者，日均服务量达200人次。"
SEED_LIAONING = "辽宁新建和依托党群服务中心、工会驿站建成1.2万余个“爱心驿站”“司机之家”，让新就业群体更有归属感。"
SEED_JIANGSU = (
    "江苏开展“党建引领小区治理”专项行动，以小区为单元、单独组建为主要方式，672个试点小区普遍建立党支部，"
    "推动小区党支部深度嵌入到小区治理和物业服务管理，牵头开展议事协商，物业服务质量得到全面提升，"
    "小区环境更加优美，邻里关系更加和睦。"
)
SEED_BEIJING = (
    "在北京，接听即办渠道更加顺畅，2025年12345热线受理诉求2580.2万件，热线从“窗口”向“窗口+智库”升级，"
    "将海量的市民诉求转化为可视化、可分析的治理数据，推动接诉即办向主动治理、未诉先办升级。"
)
SEED_VOLUNTEER = (
    "聚焦“一老一小”、新就业群体等，“邻里守望”“关爱健康”“暖‘新’行动”等重点项目相继实施，"
    "1191个社区开展党建引领“专业社工+志愿服务”融合试点，志愿服务制度机制保障更加健全。"
)
SEED_EXAM = "全面修订《社会工作者职业资格考试大纲》，2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%，再创历史新高。"
SEED_HEADING_GROUPS = "管理服务向“新”，党在新兴领域的号召力凝聚力影响力不断增强"
SEED_HEADING_BASE = "工作重心下沉，国家治理的基层基础进一步夯实"
SEED_HEADING_SHARE = "共建共治共享，中国式现代化的力量源泉更加充盈"


def test_taxonomy_has_enough_topics():
    slugs = [topic.slug for topic in T.topics()]
    assert len(slugs) >= 25  # 24 topics and `other`
    assert slugs[-1] == T.OTHER
    assert len(set(slugs)) == len(slugs)


@pytest.mark.parametrize(
    "slug, name",
    [
        pytest.param("new_employment_groups", "新就业群体", id="new_employment_groups"),
        pytest.param("grassroots_governance", "基层治理", id="grassroots_governance"),
        pytest.param("complaints_hotline", "接诉即办", id="complaints_hotline"),
        pytest.param("volunteer_service", "志愿服务", id="volunteer_service"),
        pytest.param("social_work_talent", "社会工作人才", id="social_work_talent"),
        pytest.param("petitions_mediation", "信访与矛盾化解", id="petitions_mediation"),
        pytest.param("industry_associations", "行业协会商会", id="industry_associations"),
        pytest.param("economic_growth", "经济增长", id="economic_growth"),
        pytest.param("employment", "就业", id="employment"),
        pytest.param("income", "收入", id="income"),
        pytest.param("fiscal", "财政", id="fiscal"),
        pytest.param("investment", "投资", id="investment"),
        pytest.param("agriculture", "农业农村", id="agriculture"),
        pytest.param("other", "其他", id="other"),
    ],
)
def test_topic_names(slug, name):
    assert {topic.slug: topic.name for topic in T.topics()}[slug] == name


def test_every_topic_but_other_has_strong_keywords_and_a_description():
    for topic in T.topics():
        assert topic.description
        assert bool(topic.strong) == (topic.slug != T.OTHER), topic.slug


def _write(tmp_path, text):
    path = tmp_path / "topics.toml"
    path.write_text(text, encoding="utf-8")
    return path


WEIGHTS = "[weights]\nmetric = 6\nsentence = 2\nheading = 1\nstrong = 3\nweak = 1\nminimum = 1\n"


def test_loader_fails_on_a_keyword_in_two_topics(tmp_path):
    path = _write(
        tmp_path,
        WEIGHTS
        + '[[topic]]\nslug = "a"\nname = "甲"\ndescription = "a"\nstrong = ["就业"]\nweak = []\n'
        + '[[topic]]\nslug = "b"\nname = "乙"\ndescription = "b"\nstrong = []\nweak = ["就业"]\n'
        + '[[topic]]\nslug = "other"\nname = "其他"\ndescription = "o"\nstrong = []\nweak = []\n',
    )
    with pytest.raises(ValueError, match="already in"):
        T.load_taxonomy(path)


def test_loader_fails_on_a_duplicate_slug(tmp_path):
    topic = '[[topic]]\nslug = "a"\nname = "甲"\ndescription = "a"\nstrong = []\nweak = []\n'
    with pytest.raises(ValueError, match="duplicate topic slugs"):
        T.load_taxonomy(_write(tmp_path, WEIGHTS + topic + topic))


def test_loader_fails_without_other(tmp_path):
    topic = '[[topic]]\nslug = "a"\nname = "甲"\ndescription = "a"\nstrong = ["就业"]\nweak = []\n'
    with pytest.raises(ValueError, match="other"):
        T.load_taxonomy(_write(tmp_path, WEIGHTS + topic))


def test_longest_keyword_wins():
    assert T.keywords_in("新就业群体和老旧小区") == ["新就业群体", "老旧小区"]


def test_fullwidth_and_lower_case_are_normalised():
    assert T.classify("ｇｄｐ", "", None) == "economic_growth"


@pytest.mark.parametrize(
    "metric, sentence, heading, expected",
    [
        # the seed page (gold topic_hint)
        pytest.param("快递、外卖站点", SEED_STATION, SEED_HEADING_GROUPS, "new_employment_groups", id="seed-82个-站点"),
        pytest.param("劳动者", SEED_STATION, SEED_HEADING_GROUPS, "new_employment_groups", id="seed-4110名-劳动者"),
        pytest.param("日均服务量", SEED_STATION, SEED_HEADING_GROUPS, "new_employment_groups", id="seed-200人次-服务"),
        pytest.param("爱心驿站", SEED_LIAONING, SEED_HEADING_GROUPS, "new_employment_groups", id="seed-1.2万余个-驿站"),
        pytest.param("试点小区", SEED_JIANGSU, SEED_HEADING_BASE, "grassroots_governance", id="seed-672个-小区"),
        pytest.param("12345热线受理诉求", SEED_BEIJING, SEED_HEADING_BASE, "complaints_hotline", id="seed-2580.2万件-诉求"),
        pytest.param("社区", SEED_VOLUNTEER, SEED_HEADING_SHARE, "volunteer_service", id="seed-1191个-社区"),
        pytest.param("报名人数", SEED_EXAM, SEED_HEADING_SHARE, "social_work_talent", id="seed-223.6万人-报名"),
        pytest.param("报名人数增长", SEED_EXAM, SEED_HEADING_SHARE, "social_work_talent", id="seed-18.4%-报名"),
        # provincial government work reports 2026
        pytest.param("地区生产总值增长", "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；", None, "economic_growth", id="GDP增长"),
        pytest.param("全市生产总值", "一年来，全市经济社会发展稳中有进、进中提质。一是经济持续回升向好。全市生产总值达到5.67万亿元、增长5.4%，好于全国、好于预期。", None, "economic_growth", id="生产总值-上海"),
        pytest.param("城镇新增就业", "深化落实一次性扩岗补助、阶段性降低职工医保和失业保险费率等稳就业政策，城镇新增就业64.1万人。", None, "employment", id="城镇新增就业"),
        pytest.param("城镇调查失业率", "地方一般公共预算收入达到8500亿元、增长1.5%，居民消费价格上涨0.1%，城镇调查失业率平均为4.2%。", None, "employment", id="失业率"),
        pytest.param("居民人均可支配收入", "居民人均可支配收入达到9.2万元、增长4.1%。", None, "income", id="可支配收入"),
        pytest.param("粮食产量", "粮食产量超过840亿斤；", None, "agriculture", id="粮食产量"),
        pytest.param("地方一般公共预算收入", "地方一般公共预算收入达到8500亿元、增长1.5%，居民消费价格上涨0.1%，城镇调查失业率平均为4.2%。", None, "fiscal", id="一般公共预算收入"),
        pytest.param("全社会固定资产投资", "有效投资实现扩量提质，全社会固定资产投资增长4.6%，重大工程投资完成2510.1亿元、增长5.3%。", None, "investment", id="固定资产投资"),
        pytest.param("外贸进出口总额", "外贸进出口总额达到4.51万亿元、增长5.6%，其中出口增长10.8%。", None, "foreign_trade", id="进出口"),
        pytest.param("社会消费品零售总额", "促消费“政策+活动”效应明显，全市社会消费品零售总额增长4.6%。", None, "consumption", id="社零"),
        pytest.param("规上工业增加值", "规上工业增加值年均增长7%，稀土化合物、功能材料、煤制烯烃等80多种产品产能全国第一。", None, "industry", id="规上工业增加值"),
        pytest.param("森林覆盖率", "森林覆盖率达到22%，草原综合植被盖度稳定在45%以上，天然草原草畜平衡指数降至10%以下。", None, "environment", id="森林覆盖率"),
        pytest.param("常住人口城镇化率", "城镇新增就业累计106万人，常住人口城镇化率达到71.5%。", None, "population", id="城镇化率"),
        pytest.param("旅游总花费", "旅居云南入选中央财办新供给引领新消费新需求典型案例，“云南之夜”品牌影响力持续扩大，旅居人数增长41.4%，接待入境过夜游客增长51.8%，接待游客、实现旅游总花费分别增长11.8%、11.5%。", None, "culture_tourism", id="旅游总花费"),
        pytest.param("全社会研发投入强度", "全社会研发投入强度从全国第10位升至第7位，研发人员总量年均增长11.2%，吸纳技术合同成交额年均增长51.3%，每万人高价值发明专利拥有量年均增长28%，区域创新能力稳居全国第一方阵。", None, "science_tech", id="研发投入强度"),
        pytest.param("新能源装机", "电力总装机规模3.1亿千瓦，新能源装机1.7亿千瓦，电力外送量连续21年居全国首位。", None, "energy", id="新能源装机"),
        pytest.param("高速公路通车里程", "高速公路通车里程新增3000公里、突破1.1万公里、居全国第3位，通高速公路的县（市、区）达到152个；", None, "transport", id="高速公路"),
        pytest.param("高中阶段毛入学率", "高中阶段毛入学率达到96.9%，高于全国平均水平4.9个百分点。", None, "education", id="毛入学率"),
        pytest.param("人均预期寿命", "人均预期寿命达到79.4岁，主要健康指标高于全国平均水平。", None, "health", id="预期寿命"),
        pytest.param("城乡居民基础养老金最低标准", "连续10年提高企业和机关事业单位退休人员基本养老金，城乡居民基础养老金最低标准调增11.8%，福州获评“2025最具幸福感城市”。", None, "social_security", id="养老金"),
        pytest.param("城镇老旧小区", "开工改造城镇老旧小区9.8万户，新建改造城镇地下管网7761公里，“两污”处理率超98%。", None, "housing_urban", id="老旧小区-not-基层治理"),
        pytest.param("安全生产事故起数", "安全生产事故起数和死亡人数分别下降4.3%、5.6%。", None, "public_safety", id="安全生产事故"),
        pytest.param("本外币贷款余额", "本外币贷款余额首次突破5万亿元。", None, "finance", id="贷款余额"),
        pytest.param("新设民营经营主体", "配合出台民营经济促进条例，制定实施民营经济高质量发展“26条”，支持专精特新中小企业发展壮大，深化“政会银企”四方合作机制，加强政企常态化沟通，全年新设民营经营主体39.2万户。", None, "business_environment", id="经营主体"),
        pytest.param("城市空气质量优良天数比率", "城市空气质量优良天数比率98.9%、居全国第1位。", None, "environment", id="优良天数"),
        pytest.param("快递业务量", "现代服务业加快发展，高技术服务业投资增长16.4%、连续18个月保持两位数增长，马鞍山、宿州获批国家物流枢纽承载城市，新增5A级物流企业3家，快递业务量增长20.8%。", None, "transport", id="快递业务量-not-新就业群体"),
        pytest.param("一站式调解平台", "培育新就业形态劳动纠纷一站式调解平台超30个，为新就业形态劳动者提供与平台企业和用工合作企业之间因劳动报酬、奖惩、休息、职业伤害等发生的劳动纠纷调解服务。", None, "petitions_mediation", id="调解平台"),
        pytest.param("“西部计划”志愿者", "四是招募“西部计划”志愿者3000名、社区助理3000名，实施毕业生就业能力培训“万人计划”，促进高校毕业生就业。", None, "volunteer_service", id="志愿者"),
        pytest.param("财政援助资金", "五年来，天津、山东对口协作、倾力帮扶，累计投入财政援助资金161.15亿元、实施项目7956个；", None, "poverty_assistance", id="对口协作"),
        pytest.param("", "全省共有12个", None, "other", id="nothing-fits"),
        pytest.param("第33届", "长春市成功获得第33届世界大冬会举办权，成为全国第二个举办该赛事的城市。", None, "culture_tourism", id="sentence-alone"),
        pytest.param("", "新增5个", "（三）着力扩大内需", "consumption", id="heading-alone"),
    ],
)
def test_classify(metric, sentence, heading, expected):
    assert T.classify(metric, sentence, heading) == expected


def test_metric_outweighs_sentence():
    sentence = "城镇新增就业64.1万人，居民人均可支配收入增长4.1%。"
    assert T.classify("城镇新增就业", sentence, None) == "employment"
    assert T.classify("居民人均可支配收入", sentence, None) == "income"


def test_sentence_outweighs_heading():
    assert T.classify("", "粮食产量超过840亿斤", "（五）扩大高水平对外开放") == "agriculture"


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
       | st.text(alphabet="就业ＧＤＰgdp（）()，。、①⑴㈠〸℃㎡\u0301\u3099か１２３４５", max_size=30))
def test_keyword_normalisation_is_nfkc(text):
    """Normalising only the runs between ideographs is NFKC of the whole text (then upper case)."""
    assert _normal(text) == unicodedata.normalize("NFKC", text).upper()
