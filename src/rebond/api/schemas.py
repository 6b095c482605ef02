from __future__ import annotations

from datetime import date, datetime

from ninja import Field, Schema

from rebond.api.inputs import In
from rebond.jobs.choices import Channel, CompanySize, InterviewFormat, Level, Stage


class ApplicationIn(In):
    company: str = Field(min_length=1, max_length=200)
    role: str = Field(min_length=1, max_length=200)
    channel: Channel = Channel.JOB_BOARD
    applied_on: date | None = None
    job_url: str = ""
    job_description: str = ""
    sector: str = ""
    company_size: CompanySize | None = None
    level: Level | None = None
    location: str = ""
    source: str = ""
    notes: str = ""


class ApplicationOut(Schema):
    id: int
    company: str = Field(alias="company.name")
    company_id: int
    role: str
    channel: Channel
    stage: Stage
    furthest_stage: Stage
    applied_on: date
    stage_changed_at: datetime
    job_url: str
    sector: str
    company_size: str
    level: str
    location: str
    source: str
    notes: str


class StageIn(In):
    stage: Stage
    at: datetime | None = None
    note: str = Field("", max_length=500)


class StageEventOut(Schema):
    stage: Stage
    occurred_at: datetime
    note: str


class InterviewIn(In):
    round: int = Field(1, ge=1, le=20)
    scheduled_at: datetime
    format: InterviewFormat = InterviewFormat.VIDEO
    interviewers: str = ""
    questions: str = ""
    notes: str = ""


class InterviewOut(InterviewIn):
    id: int


class OutcomeIn(In):
    result: Stage = Stage.REJECTED
    stage_reached: Stage | None = None
    decided_on: date | None = None
    reason: str = ""
    message: str = ""


class OutcomeOut(Schema):
    result: Stage
    stage_reached: Stage
    decided_on: date
    reason: str
    message: str
