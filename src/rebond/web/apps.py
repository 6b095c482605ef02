from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "rebond.web"
    label = "web"

    def ready(self) -> None:
        from rebond import checks  # noqa: F401  (registers the system checks)
        from rebond.web import choice_labels

        choice_labels.install()
