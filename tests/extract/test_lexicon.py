"""The shipped lexicon loads and is consistent (one owner per surface form, valid types)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bskg.extract.lexicon import load_lexicon, normalise
from bskg.model import EntityType
from bskg.resources import resource

HERE = Path(__file__).parent


def test_lexicon_files_are_consistent():
    result = subprocess.run([sys.executable, str(HERE / "check_lexicon.py"), str(resource("lexicon"))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lexicon_knows_general_names_and_aliases():
    lex = load_lexicon()
    assert lex.lookup("上大").name == "上海大学"
    assert lex.lookup("宝山").name == "宝山区"
    assert lex.lookup("宝山区").type == EntityType.PLACE
    assert lex.lookup("复旦大学").type == EntityType.ORGANIZATION
    assert lex.heads["产业园"] == EntityType.PARK and lex.heads["有限公司"] == EntityType.ORGANIZATION
    assert "科技园" in lex.generic_words and "头部企业" in lex.generic_words


def test_lexicon_normalise_folds_width_and_brackets():
    assert normalise("卡诺斯（上海）智能 装备") == "卡诺斯(上海)智能装备"
    assert normalise("ＡＢＣ１２３") == "ABC123"
