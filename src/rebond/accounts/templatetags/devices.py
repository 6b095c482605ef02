from django import template

from rebond.accounts.devices import describe

register = template.Library()
register.filter("device", describe)
