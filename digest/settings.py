"""The settings of a build, shared by the MkDocs plugin and the command line."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from digest.publish.output import atomic_write
from digest.store.cache import CACHE_FILE
from digest.annotate.nlp import DEFAULT_MODEL

DEFAULT_CACHE_DIR = Path(".digest-cache")
RECORD = "settings.json"  # in the default cache folder: the settings a mkdocs.yml gave (`recorded_settings`)
# What makes MkDocs read more than mkdocs.yml's bytes: the environment, another file. Such a file is not recorded.
READS_BEYOND_THE_FILE = (b"!ENV", b"INHERIT")


@dataclass(frozen=True)
class Settings:
    root: Path  # the project folder (where mkdocs.yml is); relative paths below are taken from it
    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    model: str = DEFAULT_MODEL
    strict: bool = False
    jobs: int = 1
    topics: Path | None = None  # the topic taxonomy; None: topics.yml in the project folder if it exists
    cache_dir: Path | None = DEFAULT_CACHE_DIR  # annotations kept between builds; None: no cache
    registry: Path | None = None  # the actor registry; None: actors.yml in the project folder if it exists
    scheduler: str | None = None  # a Dask scheduler ("tcp://HOST:8786" or "local:N") to annotate on
    site_name: str = "News Digest"  # mkdocs.yml's site_name, site_url and use_directory_urls, for the feed
    site_url: str | None = None
    use_directory_urls: bool = True
    wait: float = 600.0  # seconds a build waits for another build of the same project before giving up

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.seeds

    @property
    def topics_file(self) -> Path | None:
        """The taxonomy to load: the configured file (which must exist), else topics.yml when present."""
        return self._project_file(self.topics, "topics.yml")

    @property
    def registry_file(self) -> Path | None:
        """The actor registry to load: the configured file (which must exist), else actors.yml when present."""
        return self._project_file(self.registry, "actors.yml")

    def _project_file(self, configured: Path | None, default_name: str) -> Path | None:
        if configured is not None:
            return self.root / configured
        default = self.root / default_name
        return default if default.is_file() else None

    @property
    def docs_dir(self) -> Path:
        return self.root / self.docs

    @property
    def cache_path(self) -> Path | None:
        """The annotation cache's database file, or None when caching is off."""
        return self.root / self.cache_dir / CACHE_FILE if self.cache_dir is not None else None

    @property
    def pages_dir(self) -> Path | None:
        """Where the MkDocs plugin keeps the generated pages between builds, or None when caching is off."""
        return self.root / self.cache_dir / "pages" if self.cache_dir is not None else None

    @property
    def converted_path(self) -> Path | None:
        """Where the MkDocs plugin keeps the HTML MkDocs made of the generated pages (`publish.converted`), or
        None when caching is off."""
        return self.root / self.cache_dir / "html.sqlite3" if self.cache_dir is not None else None


def recorded_settings(config_file: Path, config: bytes, code: str) -> Settings | None:
    """The settings MkDocs gave for this mkdocs.yml (`config`: its bytes) when the last command loaded it,
    recorded by `record_settings` with the same code (`code`); None when there is no such record."""
    try:
        record = json.loads((config_file.resolve().parent / DEFAULT_CACHE_DIR / RECORD).read_bytes())
        if record["config"] != config_identity(config_file, config, code):
            return None
        fields = {f.name: f.type for f in dataclasses.fields(Settings)}
        settings = Settings(**{name: Path(value) if isinstance(value, str) and "Path" in fields[name] else value
                               for name, value in record["settings"].items()})
        return settings if repr(settings) == record["repr"] else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def record_settings(config_file: Path, config: bytes, code: str, settings: Settings) -> None:
    """Record the settings MkDocs gave for this mkdocs.yml, so that the next command skips loading MkDocs
    (`recorded_settings`): in the project's default cache folder when the settings keep their cache there,
    and when nothing but the file's bytes decides them (no `!ENV` tag, no `INHERIT`)."""
    folder = config_file.resolve().parent
    if settings.root != folder or settings.cache_dir != DEFAULT_CACHE_DIR or any(
            word in config for word in READS_BEYOND_THE_FILE):
        return
    values = {f.name: str(value) if isinstance(value := getattr(settings, f.name), Path) else value
              for f in dataclasses.fields(settings)}
    text = json.dumps({"config": config_identity(config_file, config, code), "settings": values,
                       "repr": repr(settings)}, indent=1)
    target = folder / DEFAULT_CACHE_DIR / RECORD
    try:
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            atomic_write(target, text)
    except OSError:
        pass  # the next command loads MkDocs again


def config_identity(config_file: Path, config: bytes, code: str) -> str:
    return hashlib.sha256(b"\0".join([str(config_file.resolve()).encode(), config, code.encode()])).hexdigest()
