"""The digest-wide stage: one identity per actor across articles, topics, related coverage, statements."""
