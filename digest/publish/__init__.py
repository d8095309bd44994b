"""Publishing: writing the pages into a folder, knowing when nothing changed, the search index, the export."""
