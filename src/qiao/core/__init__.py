"""Shared building blocks: audit log, languages, translated text, middleware."""
