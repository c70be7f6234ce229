"""JSON-lines feeds: one article per line, a bad line rejected alone with its file and line."""

from __future__ import annotations

import json
from datetime import date

from bskg.errors import InputError
from bskg.ingest import read_file
from bskg.model import Article


def _feed(tmp_path, *lines):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_jsonl_reads_text_html_and_content_records(tmp_path):
    path = _feed(
        tmp_path,
        json.dumps({"id": "a", "title": "甲", "text": "临港新片区今日签约。", "published": "2025-03-02"}, ensure_ascii=False),
        json.dumps({"id": "b", "html": "<html><head><title>乙</title></head><body><p>园区今日开园。</p></body></html>"}),
        json.dumps({"id": "c", "title": "丙", "content": "张江科学城新增项目12个。", "published": "2025-04-01"},
                   ensure_ascii=False),
        json.dumps({"id": "d", "text": None, "content": "临港新片区新增企业。"}, ensure_ascii=False),
    )
    got = {a.id: a for a in read_file(path)}
    assert all(isinstance(a, Article) for a in got.values()), got
    assert "张江科学城新增项目12个" in got["c"].text and got["c"].published == date(2025, 4, 1)
    assert "园区今日开园" in got["b"].text
    assert "临港新片区新增企业" in got["d"].text  # (a null text falls back to the content)


def test_jsonl_a_bad_line_is_rejected_alone_naming_file_and_line(tmp_path):
    path = _feed(tmp_path, '{"id": "a", "text": "园区开园。"}', "{not json", '{"id": "c", "body": "x"}', '["x"]')
    got = list(read_file(path))
    assert [a.id for a in got if isinstance(a, Article)] == ["a"]
    errors = [str(e) for e in got if isinstance(e, InputError)]
    assert len(errors) == 3 and all(str(path) in e for e in errors), errors
    assert f"{path}:2: not valid JSON" in errors[0] and f"{path}:3:" in errors[1] and "'content'" in errors[1], errors


def test_jsonl_a_record_dated_under_another_key(tmp_path):
    path = _feed(
        tmp_path,
        json.dumps({"id": "a", "text": "今年3月，园区开园。", "date": "2026-05-04"}, ensure_ascii=False),
        json.dumps({"id": "b", "text": "园区开园。", "publish_time": "2025年7月8日 10:20"}, ensure_ascii=False),
        json.dumps({"id": "c", "text": "园区开园。", "published": "2024-01-02", "date": "2026-05-04"}, ensure_ascii=False),
        json.dumps({"id": "d", "text": "园区开园。", "date": "不详"}, ensure_ascii=False),
    )
    got = {a.id: a.published for a in read_file(path)}
    assert got == {"a": date(2026, 5, 4), "b": date(2025, 7, 8), "c": date(2024, 1, 2), "d": None}, got


def test_jsonl_text_loses_the_page_tail_and_editor_line_it_was_crawled_with(tmp_path):
    body = ("黔江新区今年签约项目18个，总投资约120亿元。\n"
            "新区管委会表示，将继续做好企业服务。\n"
            "（责任编辑：吴晓）\n"
            "相关阅读：\n"
            "石柱县西沱工业园新增规上企业4家\n"
            "彭水县城南片区改造提升工程完工")
    path = _feed(tmp_path, json.dumps({"id": "a", "title": "黔江新区签约", "text": body}, ensure_ascii=False))
    (article,) = read_file(path)
    assert "继续做好企业服务" in article.text
    assert "责任编辑" not in article.text and "相关阅读" not in article.text
    assert "西沱工业园" not in article.text and "城南片区" not in article.text
