"""Matchmaking: the platform side of the cross-lingual matching engine."""
