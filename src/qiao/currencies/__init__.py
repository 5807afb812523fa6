"""Currencies and the dated exchange rates organisers maintain."""
