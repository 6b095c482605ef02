"""WSGI entry point (local server and production servers alike)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rebond.settings")
application = get_wsgi_application()
