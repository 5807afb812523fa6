"""Agreements: letters of intent and contracts between two or more parties."""
