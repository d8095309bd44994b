"""Reading: article files (and web pages, feeds) into `Article`s, with the problems of bad ones."""
