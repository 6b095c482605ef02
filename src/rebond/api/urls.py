from ninja import NinjaAPI
from ninja.security import django_auth

from rebond.api import applications, documents, errors, feedback, insights, network, prep
from rebond.api import bin as bin_api
from rebond.api import debrief as debrief_api
from rebond.api import plan as plan_api

api = NinjaAPI(
    title="Rebond API",
    version="1",
    description="The job search tracker's data. Every object belongs to the signed-in person.",
    auth=django_auth,
    urls_namespace="api",
)
errors.install(api)
api.add_router("/", applications.router)
api.add_router("/", insights.router)
api.add_router("/", prep.router)
api.add_router("/", documents.router)
api.add_router("/", network.router)
api.add_router("/", feedback.router)
api.add_router("/", debrief_api.router)
api.add_router("/", plan_api.router)
api.add_router("/", bin_api.router)
