"""Summits: events, their sessions and speakers, organisers, registrations, figures quoted."""
