"""The insights use cases, shared by the web views, the API and the CLI.

Each lives in its own module (funnel, experiments, dashboard, reports); this is their index.
"""

from rebond.insights.dashboard import Panel, dashboard
from rebond.insights.experiments import (
    Evaluation,
    ExperimentError,
    create_experiment,
    delete_experiment,
    evaluate,
    evaluate_all,
    stop_experiment,
)
from rebond.insights.funnel import Breakdown, FunnelView, breakdown, by_period
from rebond.insights.funnel import overall as funnel_overview
from rebond.insights.reports import Report
from rebond.insights.reports import build as review
from rebond.insights.reports import pdf as report_pdf

__all__ = [
    "Breakdown",
    "Evaluation",
    "ExperimentError",
    "FunnelView",
    "Panel",
    "Report",
    "breakdown",
    "by_period",
    "create_experiment",
    "dashboard",
    "delete_experiment",
    "evaluate",
    "evaluate_all",
    "funnel_overview",
    "report_pdf",
    "review",
    "stop_experiment",
]
