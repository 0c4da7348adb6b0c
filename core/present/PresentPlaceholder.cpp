// replaced by the presentation implementation
