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
    from ...models.paginated_experiment_data_list import PaginatedExperimentDataList
    from ...models.paginated_experiment_key_value_list import (
        PaginatedExperimentKeyValueList,
    )
    from ...types import UNSET, Unset


class ExperimentsOperations:
    """The experiments operations, bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def custom_rev_934_retrieve(
        self,
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

    def custom_user_metadata_retrieve(
        self,
        username: str,
        course_id: str,
    ) -> Any:
        """Get a user's metadata for a course: `GET /experiments/v0/custom/userMetadata/{username},{course_id}`.

        See `experiments_custom_user_metadata_retrieve.sync` for the parameters and the errors it raises.
        """
        from . import experiments_custom_user_metadata_retrieve

        return experiments_custom_user_metadata_retrieve.sync(
            username=username,
            course_id=course_id,
            client=self._client,
        )

    def data_list(
        self,
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

    def data_collection_update(
        self,
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

    def data_create(
        self,
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

    def data_retrieve(
        self,
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

    def data_update(
        self,
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

    def data_delete(
        self,
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

    def data_partial_update(
        self,
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

    def key_value_list(
        self,
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

    def key_value_create(
        self,
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

    def key_value_retrieve(
        self,
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

    def key_value_update(
        self,
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

    def key_value_delete(
        self,
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

    def key_value_partial_update(
        self,
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


class AsyncExperimentsOperations:
    """The experiments operations (async), bound to one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def custom_rev_934_retrieve(
        self,
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

    async def custom_user_metadata_retrieve(
        self,
        username: str,
        course_id: str,
    ) -> Any:
        """Get a user's metadata for a course: `GET /experiments/v0/custom/userMetadata/{username},{course_id}`.

        See `experiments_custom_user_metadata_retrieve.asyncio` for the parameters and the errors it raises.
        """
        from . import experiments_custom_user_metadata_retrieve

        return await experiments_custom_user_metadata_retrieve.asyncio(
            username=username,
            course_id=course_id,
            client=self._client,
        )

    async def data_list(
        self,
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

    async def data_collection_update(
        self,
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

    async def data_create(
        self,
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

    async def data_retrieve(
        self,
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

    async def data_update(
        self,
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

    async def data_delete(
        self,
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

    async def data_partial_update(
        self,
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

    async def key_value_list(
        self,
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

    async def key_value_create(
        self,
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

    async def key_value_retrieve(
        self,
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

    async def key_value_update(
        self,
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

    async def key_value_delete(
        self,
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

    async def key_value_partial_update(
        self,
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
