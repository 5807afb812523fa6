"""Accounts: signing up, approving officers and experts, and personal preferences."""
