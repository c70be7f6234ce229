"""Colours and Chinese labels for entity types and relations, shared by the explorer and graph.graphml."""

from __future__ import annotations

from ..model import EntityType

TYPE_COLORS = {
    EntityType.PROJECT.value: "#e4572e",
    EntityType.PARK.value: "#29a36a",
    EntityType.ORGANIZATION.value: "#2e86de",
    EntityType.PLACE.value: "#f0a202",
    EntityType.PERSON.value: "#8e44ad",
}
TYPE_LABELS = {"Project": "项目", "Park": "园区", "Organization": "机构", "Place": "地点", "Person": "人物"}
PREDICATE_COLORS = {
    "locatedIn": "#7f8c8d", "partOf": "#16a085", "developedBy": "#c0392b", "cooperatesWith": "#2980b9",
    "adjacentTo": "#d35400", "hosts": "#8d6e63", "relatedTo": "#b0b7bd",
}
PREDICATE_LABELS = {"locatedIn": "位于", "partOf": "属于", "developedBy": "开发建设", "cooperatesWith": "合作",
                    "adjacentTo": "毗邻", "hosts": "承载", "relatedTo": "相关"}
