"""The deployment manifests parse and say what docs/deployment.md says: PostgreSQL by URL, a Qdrant
API key on both sides, TLS at nginx, secrets only from secret objects, nothing published but nginx.
(No Docker engine or Kubernetes here: the manifests are checked, not run.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = [pytest.mark.unit]
DEPLOY = Path(__file__).resolve().parent.parent / "docs" / "deploy"
SECRETISH = re.compile(r"(PASSWORD|SECRET|API_KEY|DATABASE_URL)$")


def _env(container: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e for e in container.get("env", [])}


def test_compose_reads_secrets_from_files_and_publishes_only_nginx() -> None:
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    declared = set(compose["secrets"])
    for name, service in services.items():
        for key in service.get("environment", {}):
            assert not SECRETISH.search(key) or key.endswith("_FILE"), f"{name} sets {key} as a plain value"
        assert set(service.get("secrets", [])) <= declared, name
        if name != "nginx":
            assert "ports" not in service, f"{name} is published"
    for api in ("api-1", "api-2", "ingest"):
        env = services[api]["environment"]
        assert env["JINGZHI_ENVIRONMENT"] == "production" and env["JINGZHI_SECRETS_DIR"] == "/run/secrets"
        assert {"jingzhi_database_url", "jingzhi_jwt_secret", "jingzhi_qdrant_api_key"} <= set(services[api]["secrets"])
    for node in ("qdrant-0", "qdrant-1", "qdrant-2"):
        assert "jingzhi_qdrant_api_key" in services[node]["secrets"]
        assert "QDRANT__SERVICE__API_KEY" in " ".join(services[node]["entrypoint"])
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD_FILE"].startswith("/run/secrets/")
    assert services["nginx"]["ports"] == ["443:443", "80:80"] and {"tls_cert", "tls_key"} <= set(
        services["nginx"]["secrets"]
    )
    assert compose["networks"]["backend"]["internal"] is True


def test_nginx_terminates_tls_and_limits_bodies() -> None:
    conf = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert re.search(r"listen 443 ssl", conf) and "ssl_certificate     /run/secrets/tls_cert" in conf
    assert "return 301 https://" in conf and "client_max_body_size 1m" in conf
    assert "X-Forwarded-For" in conf and "proxy_buffering off" in conf


def test_kubernetes_takes_every_secret_from_secret_objects() -> None:
    docs = [d for d in yaml.safe_load_all((DEPLOY / "kubernetes.yaml").read_text(encoding="utf-8")) if d]
    kinds = {(d["kind"], d["metadata"]["name"]): d for d in docs}
    assert not [d for d in docs if d["kind"] == "Secret"], "secret values do not belong in the manifest"
    containers = []
    for d in docs:
        spec = d.get("spec", {})
        template = spec.get("template", {}).get("spec", {})
        containers += template.get("containers", [])
    for c in containers:
        for name, entry in _env(c).items():
            if SECRETISH.search(name):
                assert "secretKeyRef" in entry.get("valueFrom", {}), f"{c['name']} sets {name} as a plain value"
    api = _env(kinds[("Deployment", "jingzhi-api")]["spec"]["template"]["spec"]["containers"][0])
    assert {"JINGZHI_DATABASE_URL", "JINGZHI_JWT_SECRET", "JINGZHI_QDRANT_API_KEY"} <= set(api)
    assert api["JINGZHI_ENVIRONMENT"]["value"] == "production"
    qdrant = _env(kinds[("StatefulSet", "qdrant")]["spec"]["template"]["spec"]["containers"][0])
    assert qdrant["QDRANT__SERVICE__API_KEY"]["valueFrom"]["secretKeyRef"] == {"name": "qdrant", "key": "api-key"}
    ingress = kinds[("Ingress", "jingzhi")]
    assert ingress["spec"]["tls"][0]["secretName"] == "jingzhi-tls"
    assert ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/ssl-redirect"] == "true"
    assert ("NetworkPolicy", "qdrant-from-jingzhi") in kinds
