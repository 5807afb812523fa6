"""Static files: hashed, compressed names once `qiao collectstatic` has run, plain names before."""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):  # type: ignore[misc]
    """WhiteNoise's manifest storage: cache-busting names and gzip copies (brotli too if installed).

    Before the first collectstatic there is no manifest: then names stay as they are (tests,
    `check`, a fresh checkout without DEBUG) instead of failing every `{% static %}`.
    After it, a file missing from the manifest still fails loudly: collectstatic is stale.
    """

    def stored_name(self, name: str) -> str:
        if not self.manifest_hash:
            return name
        return str(super().stored_name(name))
