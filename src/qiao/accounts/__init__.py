"""People, their roles and preferences, and their memberships in organisations."""
