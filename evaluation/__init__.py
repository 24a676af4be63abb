"""Evaluation harnesses: quality of the heuristics measured on labelled data."""
