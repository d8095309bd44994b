"""Rendering: the digest's pages as Markdown with YAML front matter, from Jinja2 templates."""
