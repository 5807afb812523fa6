"""Pure domain engines: no Django import (enforced by import-linter)."""
