"""The match graph of an event: organisations as nodes, their best matches as edges.

Pure layout: German organisations on the left arc, Chinese on the right, so every edge
crosses the middle like a bridge (桥); the SVG and the table are rendered by templates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Edge:
    """The best match between two organisations, with the profiles that made it."""

    a: str
    b: str
    score: float
    label: str


@dataclass(frozen=True)
class Node:
    key: str
    name: str
    side: str  # "left" or "right"
    x: float
    y: float
    degree: int

    @property
    def label_x(self) -> float:
        """Labels sit outside the two columns, so lines never cross them."""
        return self.x - 10 if self.side == "left" else self.x + 10

    @property
    def label_y(self) -> float:
        return self.y + 4

    @property
    def anchor(self) -> str:
        return "end" if self.side == "left" else "start"


@dataclass(frozen=True)
class Graph:
    nodes: list[Node]
    edges: list[tuple[Node, Node, Edge, float]]  # with stroke width
    width: int
    height: int


def strongest_edges(edges: list[Edge], per_node: int = 3) -> list[Edge]:
    """Keep, for each organisation, its `per_node` best edges (an edge stays if either end keeps it)."""
    best: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        pair = (min(edge.a, edge.b), max(edge.a, edge.b))
        if pair not in best or best[pair].score < edge.score:
            best[pair] = edge
    kept: set[tuple[str, str]] = set()
    by_node: dict[str, list[tuple[float, tuple[str, str]]]] = {}
    for pair, edge in best.items():
        for node in pair:
            by_node.setdefault(node, []).append((edge.score, pair))
    for ranked in by_node.values():
        ranked.sort(key=lambda item: (-item[0], item[1]))
        kept.update(pair for _, pair in ranked[:per_node])
    return sorted((best[pair] for pair in kept), key=lambda e: (-e.score, e.a, e.b))


def layout(names: dict[str, tuple[str, str]], edges: list[Edge], width: int = 900, row: int = 26) -> Graph:
    """Place nodes on two columns in order of their strongest edge; names maps key → (name, side)."""
    degree: dict[str, int] = {}
    strength: dict[str, float] = {}
    for edge in edges:
        for key in (edge.a, edge.b):
            degree[key] = degree.get(key, 0) + 1
            strength[key] = max(strength.get(key, 0.0), edge.score)
    used = [key for key in names if key in degree]
    columns: dict[str, list[str]] = {"left": [], "right": []}
    for key in sorted(used, key=lambda k: (-strength[k], names[k][0])):
        columns[names[key][1]].append(key)
    height = max(120, row * (max(len(columns["left"]), len(columns["right"]), 1) + 1))
    nodes: dict[str, Node] = {}
    for side, keys in columns.items():
        x = width * (0.3 if side == "left" else 0.7)
        for position, key in enumerate(keys, start=1):
            nodes[key] = Node(key, names[key][0], side, x, position * row, degree[key])
    lines = []
    low = min((e.score for e in edges), default=0.0)
    high = max((e.score for e in edges), default=1.0)
    for edge in edges:
        if edge.a in nodes and edge.b in nodes:
            share = 0.5 if math.isclose(high, low) else (edge.score - low) / (high - low)
            lines.append((nodes[edge.a], nodes[edge.b], edge, round(1 + 4 * share, 2)))
    return Graph(list(nodes.values()), lines, width, height)
