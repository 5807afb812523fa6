"""German projects and Chinese offers: what each side brings to the summit."""
