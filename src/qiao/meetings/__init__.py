"""Meetings: 1:1 meeting requests and the hybrid summit scheduler's platform side."""
