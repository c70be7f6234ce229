"""Tables of projects: a row's entity is related to what its other cells name, as their column
headers say (| 项目名称 | 拟选址 | 建设单位 | → the project locatedIn the site, developedBy the builder)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import EntityType, Relation, RelationType
from .base import Doc, Resources, extractor, row_subject, table_header

# a column's header → the relation from the row's entity to the entities its cells name, and the
# types those may have
_COLUMNS = (
    (re.compile(r"选址|地点|位置|所在|落户|载体|园区|片区|区域|地址"), RelationType.LOCATED_IN,
     (EntityType.PLACE, EntityType.PARK)),
    (re.compile(r"建设单位|建设主体|实施主体|实施单位|投资方|投资主体|投资单位|业主|项目单位|签约企业|企业名称|承建"),
     RelationType.DEVELOPED_BY, (EntityType.ORGANIZATION,)),
)
_SUBJECTS = (EntityType.PROJECT, EntityType.PARK, EntityType.ORGANIZATION)


@extractor("tables", stage="facts")
class TableRows:
    def __init__(self, res: Resources):
        pass

    def __call__(self, doc: Doc) -> Iterator[Relation]:
        text = doc.parsed.text
        for si, sent in enumerate(doc.parsed.sentences):
            if not text.startswith("|", sent.start):
                continue
            header = table_header(text, sent.start)
            if not header:
                continue
            mentions = sorted((m for m in doc.by_sentence.get(si, ()) if m.source != "nested"), key=lambda m: m.start)
            subject = row_subject(text, sent.start, mentions)
            if subject is None or subject.type not in _SUBJECTS or subject.source == "reference":
                continue
            own = text.count("|", sent.start, subject.start)
            name = subject.canonical or subject.name
            for m in mentions:
                if m.source == "reference":
                    continue  # (a cell's short form, | 汽车产业园 |: the row does not name the entity)
                column = text.count("|", sent.start, m.start)
                if column == own or not 0 < column <= len(header):
                    continue
                for cue, predicate, types in _COLUMNS:
                    if cue.search(header[column - 1]) and m.type in types and (m.canonical or m.name) != name:
                        if predicate == RelationType.DEVELOPED_BY and subject.type == EntityType.ORGANIZATION:
                            continue  # (a company builds projects, not companies)
                        yield Relation(name, predicate, m.canonical or m.name, (doc.parsed.evidence(si),))
                        break
