"""Business rules about personal data: consent, export, erasure, retention."""
