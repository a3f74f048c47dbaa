"""schemathesis against /openapi.json of a running server: no input gives a server error."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.api.conftest import start_server, stop_server

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory):
    # writes stay disabled (no token), so fuzzing cannot delete what other cases read
    srv = start_server(tmp_path_factory.mktemp("fuzz"), POLGRAPH_UPDATE_TOKEN="", POLGRAPH_QUERY_TIMEOUT="3",
                       POLGRAPH_MAX_ROWS="200")
    yield srv
    stop_server(srv.process)


@pytest.mark.slow
def test_no_input_causes_a_server_error(fuzzed_server):
    schema = schemathesis.openapi.from_url(fuzzed_server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10  # the schema lists the routes we serve

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def no_server_error(case):
            case.call_and_validate(checks=[not_a_server_error], timeout=30)

        no_server_error()
