{%- if cookiecutter.tasks == "arq" -%}
"""Enqueue the example background task and follow its job: a worker runs it (see tasks.py)."""

from arq.jobs import Job, JobStatus
from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, Field

from {{ cookiecutter.project_slug }}.dependencies import {% if cookiecutter.auth == "jwt" %}CurrentUser, {% endif %}QueueDep

router = APIRouter(prefix="/jobs", tags=["jobs"])


class GreetingJob(BaseModel):
    name: str = Field(min_length=1, max_length=100)


class JobRead(BaseModel):
    id: str
    status: JobStatus
    # The task's return value, once the job is complete.
    result: str | None = None


@router.post("", status_code=status.HTTP_202_ACCEPTED)
async def enqueue_greeting(body: GreetingJob, queue: QueueDep{% if cookiecutter.auth == "jwt" %}, user: CurrentUser{% endif %}) -> JobRead:
    job = await queue.enqueue_job("greet", body.name)
    if job is None:  # arq refuses a job id that is already queued; ids here are fresh
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Job already queued")
    return JobRead(id=job.job_id, status=await job.status())


@router.get("/{job_id}")
async def read_job(job_id: str, queue: QueueDep) -> JobRead:
    job = Job(job_id, queue, _queue_name=queue.default_queue_name)
    job_status = await job.status()
    if job_status is JobStatus.not_found:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Job not found")
    info = await job.result_info() if job_status is JobStatus.complete else None
    result = str(info.result) if info is not None and info.success else None
    return JobRead(id=job_id, status=job_status, result=result)
{%- endif %}
