"""The project's own reading of OpenAPI documents, shared by the pipeline's scripts, its lint
and the fake edX (`edx_openapi.reader`)."""
