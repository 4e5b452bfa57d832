"""Golden sets, retrieval and answer metrics, the regression suite and its report."""
