"""Privacy: consent, a person's data export and erasure, and retention periods (PIPL, GDPR)."""
