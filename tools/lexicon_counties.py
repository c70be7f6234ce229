"""Make data/lexicon/counties_cn.txt: China's county-level divisions and prefectures that the
hand-written lexicon files do not list yet.

Source: the administrative-division table (adcodes.csv) shipped in the PyPI package cpca 0.5.5
(MIT licence, https://github.com/DQinYuan/chinese_province_city_area_mapper), names of the
national division codes. Run once by hand; the output is committed, nothing is fetched at run time:

    pip download --no-deps cpca==0.5.5 && unzip cpca-0.5.5-py3-none-any.whl 'cpca/resources/*'
    python tools/lexicon_counties.py cpca/resources/adcodes.csv > data/lexicon/counties_cn.txt

Full names only: the short forms (通江, 东至, 滨海, 新建 without their 县 or 区) are ordinary words
or phrases far more often than the county, even where jieba tags them as places. 城区, 郊区 and 西区
are not listed at all, and two-character names only when jieba knows them as places (南县 and 文县
are parts of words).
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from bskg.extract.lexicon import load_lexicon
from bskg.extract.segment import dictionary_tags
from bskg.resources import resource

# county names that are ordinary words in articles (a town's 城区 or 老城区, a city's 郊区 / 矿区 /
# 港口区, a station's 站前区) or phrases (比如|县域)
NOT_NAMES = {"城区", "郊区", "矿区", "市辖区", "西区", "东区", "新区", "城中区", "城北区", "城东区", "城西区",
             "城南区", "市中区", "开发区", "高新区", "老城区", "新市区", "港口区", "海港区", "站前区", "运河区",
             "解放区", "前进区", "友好区", "工农区", "红旗区", "复兴区", "宏伟区", "红星区", "比如县",
             "滨海新区"}  # (天津's; 绍兴滨海新区 and others share the name, which districts_cn.txt notes)


def main(path: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:  # the lexicon without this file's own (older) names
        for f in resource("lexicon").glob("*.txt"):
            if f.name != "counties_cn.txt":
                shutil.copy(f, tmp)
        lex = load_lexicon(Path(tmp))
    tags = dictionary_tags()
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    province_of = {r["adcode"][:2]: r["name"] for r in rows if r["adcode"][2:6] == "0000"}
    divisions = [r for r in rows if r["adcode"][2:6] != "0000"]
    by_province: dict[str, list[str]] = defaultdict(list)
    seen = set()
    for r in sorted(divisions, key=lambda r: r["adcode"]):
        name = r["name"]
        if name in seen or name in NOT_NAMES or lex.lookup(name) or len(name) < 2 \
                or (len(name) == 2 and tags.get(name) != "ns"):  # 南县, 文县: two characters that are parts of words
            continue
        seen.add(name)
        by_province[province_of.get(r["adcode"][:2], "?")].append(f"{name}\tPlace")
    print("# counties_cn.txt — county-level divisions (区, 县, 县级市, 旗) and prefectures of China not")
    print("# listed in the other files; made by tools/lexicon_counties.py from cpca 0.5.5's adcodes.csv")
    print("# (MIT licence). Full names only, no short forms; a name several divisions share is listed once.")
    for province in sorted(by_province):
        print(f"\n# {province}")
        print("\n".join(by_province[province]))


if __name__ == "__main__":
    main(sys.argv[1])
