"""Rebond: turn a job-interview rejection into a measured plan."""
