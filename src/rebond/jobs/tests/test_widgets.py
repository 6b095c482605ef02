"""The Python-written widgets give exactly the HTML of Django's own widget templates."""

from datetime import date

import pytest
from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy, override

from rebond.jobs import widgets
from rebond.jobs.forms import FilterForm, MoveStageForm, QuickAddForm

PAIRS = [
    (widgets.TextInput, forms.TextInput),
    (widgets.URLInput, forms.URLInput),
    (widgets.DateInput, forms.DateInput),
    (widgets.Select, forms.Select),
]
CHOICES = [
    ("", "All"),
    ("a&b", gettext_lazy("Stage")),
    ("safe", mark_safe("<b>bold</b>")),
    ("quote", 'He said "no" <again>'),
    (3, 1234),
    ("Group", [("g1", "First"), ("g2", "Second")]),
]


def render_both(fast_class, django_class, value, attrs=None, **kwargs):
    fast = fast_class(attrs=attrs, **kwargs)
    slow = django_class(attrs=attrs, **kwargs)
    if "choices" not in kwargs and isinstance(fast, forms.Select):
        fast.choices = slow.choices = CHOICES
    return fast.render("field", value, {"id": "id_field"}), slow.render(
        "field", value, {"id": "id_field"}
    )


@pytest.mark.parametrize(("fast_class", "django_class"), PAIRS)
@pytest.mark.parametrize("value", [None, "", "a&b", "g2", 3, date(2026, 3, 4), 'x"<y>'])
@pytest.mark.parametrize(
    "attrs",
    [
        None,
        {"required": True, "disabled": False, "aria-invalid": "true", "data-x": 'a"b'},
        {"type": "date", "class": mark_safe("a&amp;b"), "placeholder": gettext_lazy("Search")},
    ],
)
def test_it_writes_what_djangos_templates_write(fast_class, django_class, value, attrs):
    for language in ("en", "fr"):
        with override(language):
            fast, slow = render_both(fast_class, django_class, value, attrs)
            assert fast == slow
            assert fast.startswith(("<input", "<select")) and 'name="field"' in fast


def test_it_selects_several_values_and_renders_groups_like_django():
    fast = widgets.Select(choices=CHOICES).render("s", "g1", {"id": "s"})
    assert '<optgroup label="Group">' in fast
    assert '<option value="g1" selected>First</option>' in fast
    assert fast == forms.Select(choices=CHOICES).render("s", "g1", {"id": "s"})


def test_it_falls_back_to_django_for_an_option_with_its_own_template():
    class Custom(widgets.Select):
        option_template_name = "django/forms/widgets/input.html"

    class Plain(forms.Select):
        option_template_name = "django/forms/widgets/input.html"

    choices = [("a", "A"), ("b", "B")]
    rendered = Custom(choices=choices).render("s", "a")
    assert rendered == Plain(choices=choices).render("s", "a")
    assert "<input" in rendered


@pytest.mark.parametrize(
    ("form_class", "data"),
    [
        (FilterForm, {}),
        (FilterForm, {"text": "R&D <x>", "stage": "offer", "since": "not a date"}),
        (QuickAddForm, {}),
        (QuickAddForm, {"company": "A", "channel": "nope", "job_url": "x y"}),
        (MoveStageForm, {"stage": "final"}),
    ],
)
def test_the_jobs_forms_render_as_with_djangos_widgets(form_class, data):
    def as_django(form):
        for field in form.fields.values():
            fast = field.widget
            base = next(c for c in type(fast).__mro__ if c.__module__ == "django.forms.widgets")
            plain = base.__new__(base)
            plain.__dict__.update(fast.__dict__)
            field.widget = plain
        return form

    for language in ("en", "fr"):
        with override(language):
            bound = data or None
            fast = "".join(str(field) for field in form_class(bound))
            slow = "".join(str(field) for field in as_django(form_class(bound)))
            assert fast == slow
            assert "<select" in fast
            fields = form_class().fields.values()
            assert all(type(f.widget).__module__ == "rebond.jobs.widgets" for f in fields)
