import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/api/v1/applications", "/api/v1/contacts", "/api/v1/feedback/items"]
)
@pytest.mark.parametrize("offset", ["-1", str(2**63)])
def test_it_refuses_an_offset_out_of_bounds_with_422(owner_client, url, offset):
    response = owner_client.get(f"{url}?offset={offset}")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid"
