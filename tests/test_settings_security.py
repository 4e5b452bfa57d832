"""Security settings: placeholder and short secrets, incomplete OpenID Connect configuration,
rate-limit strings, secrets read from files."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from pydantic import ValidationError

from api.config import Settings

pytestmark = [pytest.mark.unit]
STRONG = "0123456789abcdef0123456789abcdef"


def test_production_refuses_placeholder_and_short_secrets() -> None:
    with pytest.raises(ValidationError, match="production needs JINGZHI_JWT_SECRET"):
        Settings(environment="production")
    with pytest.raises(ValidationError, match="at least 32"):
        Settings(environment="production", jwt_secret="too-short")
    for field in ("jwt_secret", "qdrant_api_key", "eval_judge_api_key"):
        values = {"jwt_secret": STRONG, field: "changeme"}
        with pytest.raises(ValidationError, match="placeholder"):
            Settings(environment="production", **values)
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(environment="production", jwt_secret=STRONG, database_url="postgresql+psycopg://j:password@db/j")
    with pytest.raises(ValidationError, match="https"):
        Settings(
            environment="production",
            jwt_secret=STRONG,
            oidc_issuer="http://sso",
            oidc_jwks_url="http://sso/certs",
            oidc_audience="jingzhi",
        )
    assert Settings(environment="production", jwt_secret=STRONG).environment == "production"


def test_development_warns_about_placeholders_and_empty_means_unset() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Settings(qdrant_api_key="changeme")
    assert any("placeholder" in str(w.message) for w in caught)
    assert Settings(jwt_secret="").jwt_secret is None


def test_oidc_needs_issuer_jwks_and_audience_and_known_roles() -> None:
    with pytest.raises(ValidationError, match="JINGZHI_OIDC_AUDIENCE"):
        Settings(oidc_issuer="https://sso/realms/p", oidc_jwks_url="https://sso/certs")
    with pytest.raises(ValidationError, match="unknown roles"):
        Settings(oidc_role_map={"cops": "sheriff"})


def test_rate_limits_must_parse() -> None:
    with pytest.raises(ValidationError, match="not a rate limit"):
        Settings(rate_limit="lots")
    assert Settings(rate_limit_heavy="5/second;100/hour").rate_limit_heavy == "5/second;100/hour"


def test_secrets_from_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "jingzhi_jwt_secret").write_text(STRONG)
    (tmp_path / "jingzhi_database_url").write_text("postgresql+psycopg://jingzhi:s3cret-pw@db/jingzhi")
    # the secrets directory is read when the class is defined: build a subclass for this test
    from pydantic_settings import SettingsConfigDict

    class FromFiles(Settings):
        model_config = SettingsConfigDict(env_prefix="JINGZHI_", extra="ignore", secrets_dir=str(tmp_path))

    loaded = FromFiles(environment="production")
    assert loaded.jwt_secret is not None and loaded.jwt_secret.get_secret_value() == STRONG
    assert loaded.db_url.endswith("@db/jingzhi")
