"""Tests of qiao.engines.matching (no database, no Django)."""
