"""The experiments operations: one module per operation, and `ExperimentsOperations` /
`AsyncExperimentsOperations`, which bind them to a client (`edx.<api>.experiments`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...client import AuthenticatedClient, Client
    from ...models.error_response import ErrorResponse
    from ...models.experiment_data import ExperimentData
    from ...models.experiment_data_create import ExperimentDataCreate
    from ...models.experiment_data_patch import ExperimentDataPatch
    from ...models.experiment_key_value import ExperimentKeyValue
    from ...models.experiment_key_value_patch import ExperimentKeyValuePatch
    from ...models.experiments_rev_934_upsell import ExperimentsRev934Upsell
    from ...models.experiments_user_metadata import ExperimentsUserMetadata
    from ...models.paginated_experiment_data_list import PaginatedExperimentDataList
    from ...models.paginated_experiment_key_value_list import (
        PaginatedExperimentKeyValueList,
    )
    from ...types import UNSET, Unset


def _experiments_custom_rev_934_retrieve(
    self: ExperimentsOperations,
    *,
    course_id: str | Unset = UNSET,
) -> ExperimentsRev934Upsell:
    """Tell whether to upsell a course in the mobile app: `GET /experiments/v0/custom/REV-934/`.

    See `experiments_custom_rev_934_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import experiments_custom_rev_934_retrieve

    return experiments_custom_rev_934_retrieve.sync(
        course_id=course_id,
        client=self._client,
    )


def _experiments_custom_user_metadata_retrieve(
    self: ExperimentsOperations,
    username: str,
    course_id: str,
) -> ExperimentsUserMetadata:
    """Get a user's metadata for a course: `GET /experiments/v0/custom/userMetadata/{username},{course_id}`.

    See `experiments_custom_user_metadata_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import experiments_custom_user_metadata_retrieve

    return experiments_custom_user_metadata_retrieve.sync(
        username=username,
        course_id=course_id,
        client=self._client,
    )


def _experiments_data_list(
    self: ExperimentsOperations,
    *,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedExperimentDataList:
    """List experiment data: `GET /experiments/v0/data/`.

    See `experiments_data_list.sync` for the parameters and the errors it raises.
    """
    from . import experiments_data_list

    return experiments_data_list.sync(
        experiment_id=experiment_id,
        key=key,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _experiments_data_collection_update(
    self: ExperimentsOperations,
    *,
    body: ExperimentData,
) -> ExperimentData | ExperimentDataCreate:
    """Write an experiment data record without naming its id: `PUT /experiments/v0/data/`.

    See `experiments_data_collection_update.sync` for the parameters and the errors it raises.
    """
    from . import experiments_data_collection_update

    return experiments_data_collection_update.sync(
        body=body,
        client=self._client,
    )


def _experiments_data_create(
    self: ExperimentsOperations,
    *,
    body: ExperimentDataCreate,
) -> ExperimentDataCreate:
    """Create an experiment data record: `POST /experiments/v0/data/`.

    See `experiments_data_create.sync` for the parameters and the errors it raises.
    """
    from . import experiments_data_create

    return experiments_data_create.sync(
        body=body,
        client=self._client,
    )


def _experiments_data_retrieve(
    self: ExperimentsOperations,
    id: int,
) -> ExperimentData:
    """Get an experiment data record: `GET /experiments/v0/data/{id}/`.

    See `experiments_data_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import experiments_data_retrieve

    return experiments_data_retrieve.sync(
        id=id,
        client=self._client,
    )


def _experiments_data_update(
    self: ExperimentsOperations,
    id: int,
    *,
    body: ExperimentData,
) -> ExperimentData:
    """Replace an experiment data record: `PUT /experiments/v0/data/{id}/`.

    See `experiments_data_update.sync` for the parameters and the errors it raises.
    """
    from . import experiments_data_update

    return experiments_data_update.sync(
        id=id,
        body=body,
        client=self._client,
    )


def _experiments_data_delete(
    self: ExperimentsOperations,
    id: int,
) -> Any:
    """Delete an experiment data record: `DELETE /experiments/v0/data/{id}/`.

    See `experiments_data_delete.sync` for the parameters and the errors it raises.
    """
    from . import experiments_data_delete

    return experiments_data_delete.sync(
        id=id,
        client=self._client,
    )


def _experiments_data_partial_update(
    self: ExperimentsOperations,
    id: int,
    *,
    body: ExperimentDataPatch | Unset = UNSET,
) -> ExperimentData:
    """Update part of an experiment data record: `PATCH /experiments/v0/data/{id}/`.

    See `experiments_data_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import experiments_data_partial_update

    return experiments_data_partial_update.sync(
        id=id,
        body=body,
        client=self._client,
    )


def _experiments_key_value_list(
    self: ExperimentsOperations,
    *,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedExperimentKeyValueList:
    """List experiment key-value pairs: `GET /experiments/v0/key-value/`.

    See `experiments_key_value_list.sync` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_list

    return experiments_key_value_list.sync(
        experiment_id=experiment_id,
        key=key,
        page=page,
        page_size=page_size,
        client=self._client,
    )


def _experiments_key_value_create(
    self: ExperimentsOperations,
    *,
    body: ExperimentKeyValue,
) -> ExperimentKeyValue:
    """Create an experiment key-value pair: `POST /experiments/v0/key-value/`.

    See `experiments_key_value_create.sync` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_create

    return experiments_key_value_create.sync(
        body=body,
        client=self._client,
    )


def _experiments_key_value_retrieve(
    self: ExperimentsOperations,
    id: int,
) -> ExperimentKeyValue:
    """Get an experiment key-value pair: `GET /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_retrieve.sync` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_retrieve

    return experiments_key_value_retrieve.sync(
        id=id,
        client=self._client,
    )


def _experiments_key_value_update(
    self: ExperimentsOperations,
    id: int,
    *,
    body: ExperimentKeyValue,
) -> ExperimentKeyValue:
    """Replace an experiment key-value pair: `PUT /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_update.sync` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_update

    return experiments_key_value_update.sync(
        id=id,
        body=body,
        client=self._client,
    )


def _experiments_key_value_delete(
    self: ExperimentsOperations,
    id: int,
) -> Any:
    """Delete an experiment key-value pair: `DELETE /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_delete.sync` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_delete

    return experiments_key_value_delete.sync(
        id=id,
        client=self._client,
    )


def _experiments_key_value_partial_update(
    self: ExperimentsOperations,
    id: int,
    *,
    body: ExperimentKeyValuePatch | Unset = UNSET,
) -> ExperimentKeyValue:
    """Update part of an experiment key-value pair: `PATCH /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_partial_update.sync` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_partial_update

    return experiments_key_value_partial_update.sync(
        id=id,
        body=body,
        client=self._client,
    )


async def _async_experiments_custom_rev_934_retrieve(
    self: AsyncExperimentsOperations,
    *,
    course_id: str | Unset = UNSET,
) -> ExperimentsRev934Upsell:
    """Tell whether to upsell a course in the mobile app: `GET /experiments/v0/custom/REV-934/`.

    See `experiments_custom_rev_934_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_custom_rev_934_retrieve

    return await experiments_custom_rev_934_retrieve.asyncio(
        course_id=course_id,
        client=self._client,
    )


async def _async_experiments_custom_user_metadata_retrieve(
    self: AsyncExperimentsOperations,
    username: str,
    course_id: str,
) -> ExperimentsUserMetadata:
    """Get a user's metadata for a course: `GET /experiments/v0/custom/userMetadata/{username},{course_id}`.

    See `experiments_custom_user_metadata_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_custom_user_metadata_retrieve

    return await experiments_custom_user_metadata_retrieve.asyncio(
        username=username,
        course_id=course_id,
        client=self._client,
    )


async def _async_experiments_data_list(
    self: AsyncExperimentsOperations,
    *,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedExperimentDataList:
    """List experiment data: `GET /experiments/v0/data/`.

    See `experiments_data_list.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_data_list

    return await experiments_data_list.asyncio(
        experiment_id=experiment_id,
        key=key,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_experiments_data_collection_update(
    self: AsyncExperimentsOperations,
    *,
    body: ExperimentData,
) -> ExperimentData | ExperimentDataCreate:
    """Write an experiment data record without naming its id: `PUT /experiments/v0/data/`.

    See `experiments_data_collection_update.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_data_collection_update

    return await experiments_data_collection_update.asyncio(
        body=body,
        client=self._client,
    )


async def _async_experiments_data_create(
    self: AsyncExperimentsOperations,
    *,
    body: ExperimentDataCreate,
) -> ExperimentDataCreate:
    """Create an experiment data record: `POST /experiments/v0/data/`.

    See `experiments_data_create.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_data_create

    return await experiments_data_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_experiments_data_retrieve(
    self: AsyncExperimentsOperations,
    id: int,
) -> ExperimentData:
    """Get an experiment data record: `GET /experiments/v0/data/{id}/`.

    See `experiments_data_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_data_retrieve

    return await experiments_data_retrieve.asyncio(
        id=id,
        client=self._client,
    )


async def _async_experiments_data_update(
    self: AsyncExperimentsOperations,
    id: int,
    *,
    body: ExperimentData,
) -> ExperimentData:
    """Replace an experiment data record: `PUT /experiments/v0/data/{id}/`.

    See `experiments_data_update.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_data_update

    return await experiments_data_update.asyncio(
        id=id,
        body=body,
        client=self._client,
    )


async def _async_experiments_data_delete(
    self: AsyncExperimentsOperations,
    id: int,
) -> Any:
    """Delete an experiment data record: `DELETE /experiments/v0/data/{id}/`.

    See `experiments_data_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_data_delete

    return await experiments_data_delete.asyncio(
        id=id,
        client=self._client,
    )


async def _async_experiments_data_partial_update(
    self: AsyncExperimentsOperations,
    id: int,
    *,
    body: ExperimentDataPatch | Unset = UNSET,
) -> ExperimentData:
    """Update part of an experiment data record: `PATCH /experiments/v0/data/{id}/`.

    See `experiments_data_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_data_partial_update

    return await experiments_data_partial_update.asyncio(
        id=id,
        body=body,
        client=self._client,
    )


async def _async_experiments_key_value_list(
    self: AsyncExperimentsOperations,
    *,
    experiment_id: float | Unset = UNSET,
    key: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedExperimentKeyValueList:
    """List experiment key-value pairs: `GET /experiments/v0/key-value/`.

    See `experiments_key_value_list.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_list

    return await experiments_key_value_list.asyncio(
        experiment_id=experiment_id,
        key=key,
        page=page,
        page_size=page_size,
        client=self._client,
    )


async def _async_experiments_key_value_create(
    self: AsyncExperimentsOperations,
    *,
    body: ExperimentKeyValue,
) -> ExperimentKeyValue:
    """Create an experiment key-value pair: `POST /experiments/v0/key-value/`.

    See `experiments_key_value_create.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_create

    return await experiments_key_value_create.asyncio(
        body=body,
        client=self._client,
    )


async def _async_experiments_key_value_retrieve(
    self: AsyncExperimentsOperations,
    id: int,
) -> ExperimentKeyValue:
    """Get an experiment key-value pair: `GET /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_retrieve.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_retrieve

    return await experiments_key_value_retrieve.asyncio(
        id=id,
        client=self._client,
    )


async def _async_experiments_key_value_update(
    self: AsyncExperimentsOperations,
    id: int,
    *,
    body: ExperimentKeyValue,
) -> ExperimentKeyValue:
    """Replace an experiment key-value pair: `PUT /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_update.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_update

    return await experiments_key_value_update.asyncio(
        id=id,
        body=body,
        client=self._client,
    )


async def _async_experiments_key_value_delete(
    self: AsyncExperimentsOperations,
    id: int,
) -> Any:
    """Delete an experiment key-value pair: `DELETE /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_delete.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_delete

    return await experiments_key_value_delete.asyncio(
        id=id,
        client=self._client,
    )


async def _async_experiments_key_value_partial_update(
    self: AsyncExperimentsOperations,
    id: int,
    *,
    body: ExperimentKeyValuePatch | Unset = UNSET,
) -> ExperimentKeyValue:
    """Update part of an experiment key-value pair: `PATCH /experiments/v0/key-value/{id}/`.

    See `experiments_key_value_partial_update.asyncio` for the parameters and the errors it raises.
    """
    from . import experiments_key_value_partial_update

    return await experiments_key_value_partial_update.asyncio(
        id=id,
        body=body,
        client=self._client,
    )


class ExperimentsOperations:
    """The experiments operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    custom_rev_934_retrieve = _experiments_custom_rev_934_retrieve
    custom_user_metadata_retrieve = _experiments_custom_user_metadata_retrieve
    data_list = _experiments_data_list
    data_collection_update = _experiments_data_collection_update
    data_create = _experiments_data_create
    data_retrieve = _experiments_data_retrieve
    data_update = _experiments_data_update
    data_delete = _experiments_data_delete
    data_partial_update = _experiments_data_partial_update
    key_value_list = _experiments_key_value_list
    key_value_create = _experiments_key_value_create
    key_value_retrieve = _experiments_key_value_retrieve
    key_value_update = _experiments_key_value_update
    key_value_delete = _experiments_key_value_delete
    key_value_partial_update = _experiments_key_value_partial_update


class AsyncExperimentsOperations:
    """The experiments operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    custom_rev_934_retrieve = _async_experiments_custom_rev_934_retrieve
    custom_user_metadata_retrieve = _async_experiments_custom_user_metadata_retrieve
    data_list = _async_experiments_data_list
    data_collection_update = _async_experiments_data_collection_update
    data_create = _async_experiments_data_create
    data_retrieve = _async_experiments_data_retrieve
    data_update = _async_experiments_data_update
    data_delete = _async_experiments_data_delete
    data_partial_update = _async_experiments_data_partial_update
    key_value_list = _async_experiments_key_value_list
    key_value_create = _async_experiments_key_value_create
    key_value_retrieve = _async_experiments_key_value_retrieve
    key_value_update = _async_experiments_key_value_update
    key_value_delete = _async_experiments_key_value_delete
    key_value_partial_update = _async_experiments_key_value_partial_update
