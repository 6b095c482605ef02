from django.urls import path

from rebond.prep.views import checklists, drills, home, mocks, pitch, stories

app_name = "prep"
urlpatterns = [
    path("", home.home, name="home"),
    path("stories/", stories.story_list, name="stories"),
    path("stories/new/", stories.story_create, name="story-create"),
    path("stories/<int:pk>/", stories.story_detail, name="story"),
    path("stories/<int:pk>/edit/", stories.story_edit, name="story-edit"),
    path("stories/<int:pk>/delete/", stories.story_delete, name="story-delete"),
    path("stories/coverage/", stories.coverage, name="coverage"),
    path("pitch/", pitch.pitch, name="pitch"),
    path("pitch/check/", pitch.pitch_check, name="pitch-check"),
    path("pitch/compare/", pitch.pitch_compare, name="pitch-compare"),
    path("drill/", drills.drill_page, name="drills"),
    path("drill/<int:pk>/", drills.drill_detail, name="drill"),
    path("mock/", mocks.mock_list, name="mocks"),
    path("mock/<int:pk>/", mocks.mock_detail, name="mock"),
    path("mock/<int:pk>/reanalyze/", mocks.mock_reanalyze, name="mock-reanalyze"),
    path("mock/<int:pk>/recording/", mocks.mock_recording, name="mock-recording"),
    path("mock/<int:pk>/delete/", mocks.mock_delete, name="mock-delete"),
    path("interviews/<int:pk>/", checklists.checklist, name="checklist"),
    path("interviews/<int:pk>/ritual-done/", checklists.ritual_done, name="ritual-done"),
    path("interviews/<int:pk>/brief/", checklists.printable, name="brief"),
]
