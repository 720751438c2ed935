"""Pure-Python core: documents, segmentation, facts, summaries, annotations, storage. Never imports Qt."""
