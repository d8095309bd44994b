"""What is kept between builds: the annotation cache, its codec, the build lock."""
