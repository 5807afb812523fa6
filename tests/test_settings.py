"""Settings come from the environment; production values pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _check_deploy(extra_env):
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DATABASE_URL", "SECURE")}
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, "-m", "qiao.cli", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_deploy_is_clean_with_production_values(tmp_path):
    result = _check_deploy(
        {
            "SECRET_KEY": "x7!" + "k" * 60 + "Qz#9vL2pR",
            "DEBUG": "0",
            "SECURE": "1",
            "ALLOWED_HOSTS": "qiao.example.cn",
            "QIAO_VAR_DIR": str(tmp_path),
        }
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_complains_about_demo_defaults(tmp_path):
    result = _check_deploy({"DEBUG": "1", "QIAO_VAR_DIR": str(tmp_path)})

    assert result.returncode != 0
    assert "security.W" in result.stderr


def test_passwords_are_hashed_with_argon2_in_production_settings():
    from qiao import settings as production

    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
