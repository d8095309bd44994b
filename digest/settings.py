"""The settings of a build, shared by the MkDocs plugin and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from digest.store.cache import CACHE_FILE
from digest.annotate.nlp import DEFAULT_MODEL


@dataclass(frozen=True)
class Settings:
    root: Path  # the project folder (where mkdocs.yml is); relative paths below are taken from it
    seeds: Path = Path("seeds")
    docs: Path = Path("docs")
    model: str = DEFAULT_MODEL
    strict: bool = False
    jobs: int = 1
    topics: Path | None = None  # the topic taxonomy; None: topics.yml in the project folder if it exists
    cache_dir: Path | None = Path(".digest-cache")  # annotations kept between builds; None: no cache
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
