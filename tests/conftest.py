"""Fixtures shared by the test suites: the fake edX's own pytest plugin (`edx_fake`,
`edx_client`, `edx_client_for`)."""

# The plugin an installed edx-api-mock registers through its entry point; loaded by name
# here, because the repository's own environment runs the mock from source.
pytest_plugins = ["edx_mock.pytest_plugin"]
