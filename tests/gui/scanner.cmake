# Tests of this area (placeholder: none yet).
