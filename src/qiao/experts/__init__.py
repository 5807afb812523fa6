"""The expert think tank: experts, their fields and languages."""
