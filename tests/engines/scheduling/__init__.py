"""Tests of qiao.engines.scheduling (no database, no Django)."""
